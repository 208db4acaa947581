import { createExternalRouteRef } from '@backstage/frontend-plugin-api';

/** The portal's docs page on bringing a service up to its golden path, in TechDocs. */
export const docsRouteRef = createExternalRouteRef({
  params: ['namespace', 'kind', 'name'],
  defaultTarget: 'techdocs.docRoot',
});

/** A template's form in the scaffolder. */
export const templateRouteRef = createExternalRouteRef({
  params: ['namespace', 'templateName'],
  defaultTarget: 'scaffolder.selectedTemplate',
});
