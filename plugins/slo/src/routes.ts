import { createExternalRouteRef } from '@backstage/frontend-plugin-api';

/** Runbook sections in the entity's TechDocs, unless the app binds it elsewhere. */
export const docsRouteRef = createExternalRouteRef({
  params: ['namespace', 'kind', 'name'],
  defaultTarget: 'techdocs.docRoot',
});
