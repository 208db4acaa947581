import { Readable } from 'node:stream';
import {
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import { readEntityAdrs } from '@internal/plugin-adr-node';
import { adrLabel, ANNOTATION_ADR_LOCATION } from '@internal/plugin-adr-common';
import { CollatorSources, entitiesWith } from './entitiesWith';
import { entityPagePath } from '@internal/portal-common';

/** A decision record in the search index. */
export type AdrDocument = IndexableDocument & {
  status: string;
  date?: string;
  owner?: string;
  system?: string;
  entityRef: string;
};

/** Indexes every ADR of every entity with `backstage.io/adr-location` (type `adr`). */
export class AdrCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'adr';
  readonly visibilityPermission = catalogEntityReadPermission;

  constructor(private readonly options: CollatorSources) {}

  async getCollator() {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<AdrDocument> {
    const { catalog, auth, sourceTree, logger } = this.options;
    for (const entity of await entitiesWith(
      ANNOTATION_ADR_LOCATION,
      catalog,
      auth,
    )) {
      const entityRef = stringifyEntityRef(entity);
      let adrs;
      try {
        ({ adrs } = await readEntityAdrs(entity, sourceTree));
      } catch (error) {
        logger.warn(`Could not index the ADRs of ${entityRef}: ${error}`);
        continue;
      }
      const related = (type: string, kind: string) =>
        entity.relations?.find(
          r => r.type === type && r.targetRef.startsWith(`${kind}:`),
        )?.targetRef;
      for (const adr of adrs) {
        yield {
          title: `${adrLabel(adr.number)} ${adr.title}`,
          text: adr.body,
          location: entityPagePath(entity, 'decisions'),
          status: adr.status,
          date: adr.date,
          owner: related(RELATION_OWNED_BY, 'group'),
          system: related(RELATION_PART_OF, 'system'),
          entityRef,
          authorization: { resourceRef: entityRef },
        };
      }
    }
  }
}
