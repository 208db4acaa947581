import { Entity } from '@backstage/catalog-model';

/** The annotation naming a service's runbook page inside its docs. */
export const ANNOTATION_RUNBOOK = 'golden-path/runbook';
const DEFAULT_RUNBOOK = 'docs/runbook.md';

/** The TechDocs page path of the entity's runbook: `docs/runbook.md` → `runbook`. */
export function runbookPagePath(entity: Entity): string {
  const file =
    entity.metadata.annotations?.[ANNOTATION_RUNBOOK] ?? DEFAULT_RUNBOOK;
  return file
    .replace(/^\.?\/?docs\//, '')
    .replace(/(^|\/)index\.md$/, '$1')
    .replace(/\.md$/, '')
    .replace(/\/$/, '');
}

/** One heading of the runbook, with the anchor mkdocs gave it. */
export type RunbookSection = { id: string; title: string; level: 2 | 3 };

/** The h2 and h3 headings of a built runbook page, in order. */
export function runbookSections(html: string): RunbookSection[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = doc.querySelector('article') ?? doc.body;
  return Array.from(article.querySelectorAll('h2[id], h3[id]')).map(
    heading => ({
      id: heading.id,
      title: (heading.textContent ?? '').replace(/¶$/, '').trim(),
      level: heading.tagName === 'H2' ? 2 : 3,
    }),
  );
}
