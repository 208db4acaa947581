import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  ANNOTATION_RUNBOOK,
  runbookDocsHref,
  splitRunbook,
} from '@internal/plugin-runbook-common';
import { CollatorSources, entitiesWith } from './entitiesWith';

/** One runbook section in the search index. */
export type RunbookDocument = IndexableDocument & {
  entityRef: string;
  section: string;
};

/**
 * Indexes each section of every runbook (type `runbook`), pointing at the
 * section's anchor, so that an alert name or a symptom finds its section.
 */
export class RunbookCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'runbook';
  readonly visibilityPermission = catalogEntityReadPermission;

  constructor(private readonly options: CollatorSources) {}

  async getCollator() {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<RunbookDocument> {
    const { catalog, auth, sourceTree, logger } = this.options;
    for (const entity of await entitiesWith(
      ANNOTATION_RUNBOOK,
      catalog,
      auth,
    )) {
      const entityRef = stringifyEntityRef(entity);
      const file = entity.metadata.annotations![ANNOTATION_RUNBOOK];
      let markdown;
      try {
        const tree = await sourceTree.forEntity(entity, {
          folder: posix.dirname(file),
        });
        markdown = await tree.readText(posix.basename(file));
      } catch (error) {
        logger.warn(`Could not index the runbook of ${entityRef}: ${error}`);
        continue;
      }
      for (const section of splitRunbook(markdown)) {
        yield {
          title: `${entity.metadata.name} runbook: ${section.title}`,
          text: `${section.title}\n${section.parent ?? ''}\n${section.text}`,
          location: runbookDocsHref(entity, section.title),
          section: section.title,
          entityRef,
          authorization: { resourceRef: entityRef },
        };
      }
    }
  }
}
