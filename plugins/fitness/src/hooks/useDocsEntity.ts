import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { DEFAULT_DOCS_ENTITY } from '../links';

/** The entity whose TechDocs hold the fitness functions' pages. */
export function useDocsEntity(): string {
  return (
    useApi(configApiRef).getOptionalString('fitness.docsEntity') ??
    DEFAULT_DOCS_ENTITY
  );
}
