import { createExternalRouteRef } from '@backstage/frontend-plugin-api';

/** The fitness functions' docs pages, in TechDocs unless the app binds it elsewhere. */
export const docsRouteRef = createExternalRouteRef({
  params: ['namespace', 'kind', 'name'],
  defaultTarget: 'techdocs.docRoot',
});
