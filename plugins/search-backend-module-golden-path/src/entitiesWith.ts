import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SourceTreeService } from '@internal/plugin-source-tree-node';

/** What the collators read from. */
export type CollatorSources = {
  catalog: CatalogService;
  auth: AuthService;
  sourceTree: SourceTreeService;
  logger: LoggerService;
};

/** Every catalog entity that carries the annotation, read as the search plugin. */
export async function entitiesWith(
  annotation: string,
  catalog: CatalogService,
  auth: AuthService,
): Promise<Entity[]> {
  const { items } = await catalog.getEntities(
    {
      filter: { [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS },
    },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  return items;
}
