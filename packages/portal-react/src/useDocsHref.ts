import { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { ExternalRouteRef, useRouteRef } from '@backstage/frontend-plugin-api';
import { entityRouteParams } from '@internal/portal-common';

/** A plugin's route to an entity's TechDocs, bound to `techdocs.docRoot` by default. */
export type DocsRouteRef = ExternalRouteRef<{
  namespace: string;
  kind: string;
  name: string;
}>;

/**
 * Links into entities' TechDocs through the plugin's docs route: the page
 * (`runbook/`) and the section anchor. Undefined when the app binds no docs
 * route, so that the caller shows the text without a link.
 */
export function useDocsHref(
  docsRoute: DocsRouteRef,
): (
  entity: string | Entity | CompoundEntityRef,
  page?: string,
  anchor?: string,
) => string | undefined {
  const docRoot = useRouteRef(docsRoute);
  return (entity, page = '', anchor) =>
    docRoot &&
    `${docRoot(entityRouteParams(entity))}/${page}${
      anchor ? `#${anchor}` : ''
    }`;
}
