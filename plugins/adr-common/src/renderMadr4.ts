import { stringify } from 'yaml';
import { adrLabel } from './collectAdrs';

/** What a new MADR 4 record says; the form of the ADR golden path fills it. */
export type NewAdr = {
  title: string;
  status: 'proposed' | 'accepted';
  /** ISO date, YYYY-MM-DD. */
  date: string;
  decisionMakers: string[];
  consulted?: string[];
  informed?: string[];
  context: string;
  options: string[];
  /** The chosen option; one of `options`. */
  chosen: string;
  because: string;
  consequences: string;
  /** The number of the record this one replaces. */
  supersedes?: number;
};

/** The file name of ADR `number`: `NNNN-slug-of-the-title.md`. */
export function adrFileName(number: number, title: string) {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${String(number).padStart(4, '0')}-${slug || 'decision'}.md`;
}

/** A MADR 4 record: front matter, then the template's sections. */
export function renderMadr4(adr: NewAdr): string {
  const frontMatter = stringify(
    {
      status: adr.status,
      date: adr.date,
      'decision-makers': adr.decisionMakers,
      consulted: adr.consulted ?? [],
      informed: adr.informed ?? [],
    },
    { flowCollectionPadding: false },
  );
  const lines = [
    '---',
    frontMatter.trimEnd(),
    '---',
    '',
    `# ${adr.title}`,
    '',
    ...(adr.supersedes ? [`Supersedes ${adrLabel(adr.supersedes)}.`, ''] : []),
    '## Context and Problem Statement',
    '',
    adr.context.trim(),
    '',
    '## Considered Options',
    '',
    ...adr.options.map(option => `* ${option}`),
    '',
    '## Decision Outcome',
    '',
    `Chosen option: "${adr.chosen}", because ${adr.because.trim()}`,
    '',
    '### Consequences',
    '',
    adr.consequences.trim(),
    '',
  ];
  return lines.join('\n');
}
