/** The statuses MADR and Nygard records state, in review order. */
export const ADR_STATUSES = [
  'proposed',
  'accepted',
  'rejected',
  'deprecated',
  'superseded',
] as const;

/**
 * Where an ADR stands: one of `ADR_STATUSES` (`superseded` carries the
 * number that replaced it), `unknown` for a status we do not recognise, or
 * `none` for a record that states no status, which MADR allows.
 */
export const ADR_STATUS_VALUES = [...ADR_STATUSES, 'unknown', 'none'] as const;
export type AdrStatus = (typeof ADR_STATUS_VALUES)[number];

/** The formats the parser reads. */
export type AdrFormat = 'madr2' | 'madr3' | 'madr4' | 'nygard';

/** One architecture decision record, as read from its Markdown file. */
export type Adr = {
  /** The file name, e.g. `0002-use-postgresql.md`. */
  file: string;
  /** From the file name's `NNNN-` prefix. */
  number?: number;
  title: string;
  /** ISO date (YYYY-MM-DD) when the record gives one. */
  date?: string;
  status: AdrStatus;
  /** The status as written, e.g. "superseded by ADR-0005"; empty when there is none. */
  statusText: string;
  supersededBy?: number;
  supersedes: number[];
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  format: AdrFormat;
  /** The Markdown after any front matter. */
  body: string;
};

/** A file that could not be read as an ADR: listed, never dropped. */
export type AdrParseFailure = { file: string; warning: string };

export type AdrParseResult =
  | { ok: true; adr: Adr }
  | { ok: false; failure: AdrParseFailure };

/** One row of the organisation-wide ADR index. */
export type IndexedAdr = Pick<
  Adr,
  | 'file'
  | 'number'
  | 'title'
  | 'status'
  | 'statusText'
  | 'date'
  | 'supersededBy'
  | 'supersedes'
  | 'decisionMakers'
> & { entityRef: string; owner?: string; system?: string; domain?: string };
