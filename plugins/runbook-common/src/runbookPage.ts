import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';

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

/** The anchor mkdocs (python-markdown's toc) gives a heading. */
export function headingAnchor(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0080-\uffff]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/[-\s]+/g, '-');
}

/** One `##` or `###` section of a runbook's Markdown. */
export type RunbookSection = {
  anchor: string;
  title: string;
  level: 2 | 3;
  /** The `##` section a `###` one sits in, e.g. "Alerts". */
  parent?: string;
  text: string;
};

/** Splits a runbook's Markdown into its sections, skipping fenced code. */
export function splitRunbook(markdown: string): RunbookSection[] {
  const sections: RunbookSection[] = [];
  let current: RunbookSection | undefined;
  let parent: string | undefined;
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1].length as 2 | 3;
      const title = heading[2];
      if (level === 2) parent = title;
      current = {
        anchor: headingAnchor(title),
        title,
        level,
        parent: level === 3 ? parent : undefined,
        text: '',
      };
      sections.push(current);
    } else if (current) {
      current.text += `${line}\n`;
    }
  }
  return sections.map(s => ({ ...s, text: s.text.trim() }));
}
