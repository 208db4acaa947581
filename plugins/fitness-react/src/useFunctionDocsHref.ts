import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { docsPageOfFile } from '@internal/portal-common';
import { DocsRouteRef, useDocsHref } from '@internal/portal-react';

/** The entity whose TechDocs hold the fitness functions' pages, unless `fitness.docsEntity` names another. */
const DEFAULT_DOCS_ENTITY = 'component:default/golden-path-portal';

/**
 * Where a fitness function's docs page is: `docs/fitness/layer-contracts.md`
 * → that page of the docs entity's TechDocs, through the calling plugin's
 * docs route; undefined when the app binds none.
 */
export function useFunctionDocsHref(
  docsRoute: DocsRouteRef,
): (docsPath: string) => string | undefined {
  const docsEntity =
    useApi(configApiRef).getOptionalString('fitness.docsEntity') ??
    DEFAULT_DOCS_ENTITY;
  const docsHref = useDocsHref(docsRoute);
  return docsPath => docsHref(docsEntity, docsPageOfFile(docsPath));
}
