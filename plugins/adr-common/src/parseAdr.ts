import { parseDocument } from 'yaml';
import { ADR_STATUSES, Adr, AdrFormat, AdrParseResult } from './Adr';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FILE_NUMBER = /^(\d{1,5})-[^/]*\.md$/i;

type Fields = {
  title?: string;
  date?: string;
  status?: string;
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  supersedes: number[];
  format: AdrFormat;
  body: string;
};

function list(value: unknown): string[] {
  if (Array.isArray(value))
    return value.map(v => String(v).trim()).filter(Boolean);
  if (typeof value === 'string')
    return value
      .split(/[,;]/)
      .map(v => v.trim())
      .filter(Boolean);
  return [];
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !isNaN(value.valueOf()))
    return value.toISOString().slice(0, 10);
  const match =
    typeof value === 'string' ? /\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return match?.[0];
}

/** The number an ADR reference points at: "ADR-0005", "5", "[5. Title](0005-x.md)". */
function referencedNumber(text: string): number | undefined {
  const match = /\b(?:adr[-\s]?)?0*(\d{1,5})\b(?=[.\]\s)-]|$)/i.exec(text);
  if (match) return Number(match[1]);
  // A link to a record's file: the number before the first "-" of a
  // "<n>-….md" word, found word by word (one pattern across the text is
  // quadratic on a long run of "1-").
  for (const word of text.split(/[)\s]+/)) {
    const md = word.lastIndexOf('.md');
    const file = md < 0 ? undefined : /(\d{1,5})-/.exec(word.slice(0, md));
    if (file) return Number(file[1]);
  }
  return undefined;
}

function statusOf(text: string): Pick<Adr, 'status' | 'supersededBy'> {
  const lower = text.trim().toLocaleLowerCase('en-US');
  const status = ADR_STATUSES.find(s => lower.startsWith(s)) ?? 'unknown';
  if (status !== 'superseded') return { status };
  return {
    status,
    supersededBy: referencedNumber(lower.replace(/^superseded(\s+by)?/, '')),
  };
}

/**
 * `Title` of `# Title #`: the closing #s and spaces cut by a scan (one
 * regex with three optional runs is cubic on a long line of spaces).
 */
function headingText(rest: string): string {
  const text = rest.trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  const cut = text.slice(0, end).trimEnd();
  return cut || text;
}

function firstHeading(markdown: string): string | undefined {
  for (const line of markdown.split(/\r\n?|\n|\u2028|\u2029/)) {
    const heading = /^#[ \t]+(\S[\s\S]*)$/.exec(line);
    if (heading) return headingText(heading[1]);
  }
  return undefined;
}

function section(markdown: string, name: string): string | undefined {
  const match = new RegExp(
    `^##[ \\t]+${name}[ \\t]*$([\\s\\S]*?)(?=^##\\s|(?![\\s\\S]))`,
    'mi',
  ).exec(markdown);
  return match?.[1].trim();
}

function fromFrontMatter(yamlText: string, body: string): Fields {
  const doc = parseDocument(yamlText, { schema: 'core' });
  // Unknown tags (e.g. !!python/name:) are only warnings to the YAML library.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw problem;
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('its front matter is not a mapping');
  }
  const fm = data as Record<string, unknown>;
  return {
    title: typeof fm.title === 'string' ? fm.title : firstHeading(body),
    date: isoDate(fm.date),
    status: fm.status === undefined ? undefined : String(fm.status),
    decisionMakers: list(fm['decision-makers'] ?? fm.deciders),
    consulted: list(fm.consulted),
    informed: list(fm.informed),
    supersedes: [],
    format: madrVersion(body, fm),
    body,
  };
}

/**
 * MADR 3 or 4, by what only one of them has: 4 names `decision-makers` and
 * confirms the outcome (`### Confirmation`); 3 names `deciders` and has a
 * `## Validation` section. A record with neither (every field is optional)
 * is read as the current version, 4.
 */
function madrVersion(
  body: string,
  fm: Record<string, unknown> = {},
): AdrFormat {
  if ('decision-makers' in fm || /^###[ \t]+Confirmation[ \t]*$/m.test(body)) {
    return 'madr4';
  }
  if ('deciders' in fm || /^##[ \t]+Validation[ \t]*$/m.test(body)) {
    return 'madr3';
  }
  return 'madr4';
}

const MADR_SECTIONS = [
  'Context and Problem Statement',
  'Considered Options',
  'Decision Outcome',
];

/** A MADR record that keeps no metadata at all: its sections say what it is. */
function fromMadrSections(markdown: string): Fields | undefined {
  const found = MADR_SECTIONS.filter(
    name => section(markdown, name) !== undefined,
  );
  if (found.length < 2) return undefined;
  return {
    title: firstHeading(markdown),
    date: undefined,
    status: undefined,
    decisionMakers: [],
    consulted: [],
    informed: [],
    supersedes: [],
    // MADR 2 had no front matter and split the consequences in two;
    // MADR 3 merged them.
    format: /^###[ \t]+(Positive|Negative) Consequences/m.test(markdown)
      ? 'madr2'
      : madrVersion(markdown),
    body: markdown,
  };
}

// MADR 2 keeps its metadata as the first list items under the title:
// "* Status: accepted", "* Deciders: …", "* Date: …".
function fromMadr2(markdown: string): Fields | undefined {
  const item = (name: string) =>
    new RegExp(`^[*-]\\s+${name}:\\s*(.+)$`, 'mi').exec(markdown)?.[1].trim();
  const status = item('Status');
  const deciders = item('Deciders');
  const date = item('Date');
  if (status === undefined && deciders === undefined && date === undefined) {
    return undefined;
  }
  return {
    title: firstHeading(markdown),
    date: isoDate(date),
    status,
    decisionMakers: list(deciders),
    consulted: [],
    informed: [],
    supersedes: [],
    format: 'madr2',
    body: markdown,
  };
}

// Nygard / adr-tools: "# 1. Title", "Date: …", then "## Status" whose lines may
// say "Supersedes [1. Title](0001-title.md)" or "Superseded by …".
function fromNygard(markdown: string): Fields | undefined {
  const statusSection = section(markdown, 'Status');
  if (
    statusSection === undefined &&
    !['Context', 'Decision', 'Consequences'].every(
      name => section(markdown, name) !== undefined,
    )
  ) {
    return undefined;
  }
  const lines = (statusSection ?? '')
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(Boolean);
  const supersedes = lines
    .filter(l => /^supersedes\b/i.test(l))
    .map(l => referencedNumber(l.replace(/^supersedes/i, '')))
    .filter((n): n is number => n !== undefined);
  const status =
    lines.find(l => /^superseded by\b/i.test(l)) ??
    lines.find(
      l => !/^(supersedes|amends|amended by|clarifies|clarified by)\b/i.test(l),
    );
  return {
    title: firstHeading(markdown)?.replace(/^\d+\.\s*/, ''),
    date: isoDate(/^Date:\s*(.+)$/m.exec(markdown)?.[1]),
    status,
    decisionMakers: [],
    consulted: [],
    informed: [],
    supersedes,
    format: 'nygard',
    body: markdown,
  };
}

/**
 * Reads one ADR in MADR 2, 3 or 4, or Nygard (adr-tools) format, recognised
 * by its front matter and structure. Status, date and decision-makers are
 * optional, as MADR makes them; a record without a status has status
 * `none`. A file that is not recognisable as an ADR comes back as a failure
 * with the reason.
 */
export function parseAdr(file: string, markdown: string): AdrParseResult {
  const fail = (warning: string): AdrParseResult => ({
    ok: false,
    failure: { file, warning: `${file} is not a readable ADR: ${warning}` },
  });
  let fields: Fields | undefined;
  const frontMatter = FRONT_MATTER.exec(markdown);
  try {
    fields = frontMatter
      ? fromFrontMatter(frontMatter[1], markdown.slice(frontMatter[0].length))
      : fromMadr2(markdown) ??
        fromNygard(markdown) ??
        fromMadrSections(markdown);
  } catch (error) {
    return fail(
      `its front matter is malformed (${
        (error as Error).message.split('\n')[0]
      })`,
    );
  }
  if (!fields) {
    return fail(
      'it is neither MADR (front matter, "* Status:"-style lines, or two of the sections Context and Problem Statement, Considered Options and Decision Outcome) nor Nygard (a "## Status" section, or Context, Decision and Consequences)',
    );
  }
  if (!fields.title) {
    return fail('it has no "# Title" heading');
  }
  const numberMatch = FILE_NUMBER.exec(file.split('/').pop() ?? file);
  return {
    ok: true,
    adr: {
      file,
      number: numberMatch ? Number(numberMatch[1]) : undefined,
      title: fields.title,
      date: fields.date,
      statusText: fields.status ?? '',
      ...(fields.status === undefined
        ? { status: 'none' as const }
        : statusOf(fields.status)),
      supersedes: fields.supersedes,
      decisionMakers: fields.decisionMakers,
      consulted: fields.consulted,
      informed: fields.informed,
      format: fields.format,
      body: fields.body,
    },
  };
}
