import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { ANNOTATION_ADR_LOCATION } from '@internal/plugin-adr-common';
import { SourceTreeService } from '@internal/plugin-source-tree-node';
import { AdrIndexStore, AdrOwnership } from '../database/AdrIndexStore';
import { notifyProposedAdrs } from './notifyProposedAdrs';
import { adrFolderOf, readAdrFolder } from '@internal/plugin-adr-node';

const relationTarget = (entity: Entity, type: string, kind: string) =>
  entity.relations?.find(
    r => r.type === type && parseEntityRef(r.targetRef).kind === kind,
  )?.targetRef;

/**
 * Keeps the organisation-wide index current: reads the ADR folder of every
 * entity with `backstage.io/adr-location`, and re-parses only the folders
 * whose content hash changed since the last refresh.
 */
export class AdrIndexer {
  constructor(
    private readonly options: {
      store: AdrIndexStore;
      catalog: CatalogService;
      sourceTree: SourceTreeService;
      auth: AuthService;
      logger: LoggerService;
      notifications?: NotificationService;
    },
  ) {}

  async refresh() {
    const { store, catalog, sourceTree, auth, logger } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const { items: entities } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${ANNOTATION_ADR_LOCATION}`]:
            CATALOG_FILTER_EXISTS,
        },
      },
      { credentials },
    );
    const { items: systems } = await catalog.getEntities(
      {
        filter: { kind: 'System' },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
      },
      { credentials },
    );
    const domainOf = new Map(
      systems.map(s => [
        stringifyEntityRef(s),
        relationTarget(s, RELATION_PART_OF, 'domain'),
      ]),
    );

    const stats = { parsed: 0, unchanged: 0, failed: 0 };
    for (const entity of entities) {
      const entityRef = stringifyEntityRef(entity);
      try {
        const tree = await adrFolderOf(entity, sourceTree);
        const indexedHash = await store.folderHash(entityRef);
        if (indexedHash === tree.contentHash) {
          stats.unchanged++;
          continue;
        }
        // A folder seen for the first time asks no one: its ADRs are not new.
        const wasProposed = new Set(
          indexedHash === undefined ? [] : await store.proposedFiles(entityRef),
        );
        const { adrs, failures } = await readAdrFolder(tree);
        const system = relationTarget(entity, RELATION_PART_OF, 'system');
        const ownership: AdrOwnership = {
          owner:
            relationTarget(entity, RELATION_OWNED_BY, 'group') ??
            relationTarget(entity, RELATION_OWNED_BY, 'user'),
          system,
          domain: system ? domainOf.get(system) : undefined,
        };
        await store.replaceEntity({
          entityRef,
          contentHash: tree.contentHash,
          ownership,
          adrs,
          failures,
        });
        if (indexedHash !== undefined) {
          await notifyProposedAdrs(
            this.options,
            entity,
            adrs.filter(
              a => a.status === 'proposed' && !wasProposed.has(a.file),
            ),
            credentials,
          );
        }
        stats.parsed++;
      } catch (error) {
        stats.failed++;
        logger.warn(`Could not index the ADRs of ${entityRef}: ${error}`);
      }
    }
    await store.retainOnly(entities.map(e => stringifyEntityRef(e)));
    logger.info(
      `ADR index refreshed: ${stats.parsed} folders parsed, ${stats.unchanged} unchanged, ${stats.failed} failed`,
    );
    return stats;
  }
}
