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

/**
 * A `##` or `###` heading's level and title, without its closing #s. Found
 * by a scan: one regex with three optional runs is cubic on a long line of
 * spaces.
 */
function sectionHeading(
  line: string,
): { level: 2 | 3; title: string } | undefined {
  const match = /^(#{2,3})[ \t]+(\S[\s\S]*)$/.exec(line);
  if (!match) return undefined;
  const text = match[2].trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return {
    level: match[1].length as 2 | 3,
    title: text.slice(0, end).trimEnd() || text,
  };
}

/** Splits a runbook's Markdown into its sections, skipping fenced code. */
export function splitRunbook(markdown: string): RunbookSection[] {
  const sections: RunbookSection[] = [];
  let current: RunbookSection | undefined;
  let parent: string | undefined;
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? undefined : sectionHeading(line);
    if (heading) {
      const { level, title } = heading;
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
