import { Entity } from '@backstage/catalog-model';
import { docsPageOfFile, docsPagePath } from '@internal/portal-common';
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
  return docsPageOfFile(runbookFilePath(entity)).replace(/\/$/, '');
}

/** The TechDocs page of the entity's runbook, and the anchor of a section when a heading is given. */
export function runbookSection(
  entity: Entity,
  heading?: string,
): { page: string; anchor?: string } {
  return {
    page: docsPageOfFile(runbookFilePath(entity)),
    anchor: heading === undefined ? undefined : headingAnchor(heading),
  };
}

/**
 * The TechDocs address of the entity's runbook page, or of one section of
 * it, for links made outside the app (notifications, search results).
 */
export function runbookDocsHref(entity: Entity, heading?: string): string {
  const { page, anchor } = runbookSection(entity, heading);
  return docsPagePath(entity, page, anchor);
}
