import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { headingAnchor } from './runbookSections';

/** The annotation naming a service's runbook page inside its docs. */
export const ANNOTATION_RUNBOOK = 'golden-path/runbook';
/** Where a service keeps its runbook when it does not say. */
export const DEFAULT_RUNBOOK_PATH = 'docs/runbook.md';

/** The repository path of the entity's runbook file. */
export function runbookFilePath(entity: Entity): string {
  return (
    entity.metadata.annotations?.[ANNOTATION_RUNBOOK] ?? DEFAULT_RUNBOOK_PATH
  );
}

/** The TechDocs page path of the entity's runbook: `docs/runbook.md` → `runbook`. */
export function runbookPagePath(entity: Entity): string {
  return runbookFilePath(entity)
    .replace(/^\.?\/?docs\//, '')
    .replace(/(^|\/)index\.md$/, '$1')
    .replace(/\.md$/, '')
    .replace(/\/$/, '');
}

/**
 * The TechDocs address of the entity's runbook page, or of one section of it
 * when a heading is given.
 */
export function runbookDocsHref(entity: Entity, heading?: string): string {
  const ref = getCompoundEntityRef(entity);
  const page = `/docs/${ref.namespace}/${ref.kind.toLocaleLowerCase('en-US')}/${
    ref.name
  }/${runbookPagePath(entity)}/`;
  return heading ? `${page}#${headingAnchor(heading)}` : page;
}
