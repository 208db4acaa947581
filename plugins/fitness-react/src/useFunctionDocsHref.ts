import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { docsPageOfFile, docsPagePath } from '@internal/portal-common';

/** The entity whose TechDocs hold the fitness functions' pages, unless `fitness.docsEntity` names another. */
const DEFAULT_DOCS_ENTITY = 'component:default/golden-path-portal';

/**
 * Where a fitness function's docs page is: `docs/fitness/layer-contracts.md`
 * → that page of the docs entity's TechDocs.
 */
export function useFunctionDocsHref(): (docsPath: string) => string {
  const docsEntity =
    useApi(configApiRef).getOptionalString('fitness.docsEntity') ??
    DEFAULT_DOCS_ENTITY;
  return docsPath => docsPagePath(docsEntity, docsPageOfFile(docsPath));
}
