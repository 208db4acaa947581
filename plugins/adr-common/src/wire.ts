import type { PagedList } from '@internal/portal-common';
import type { Adr, AdrParseFailure, AdrStatus, IndexedAdr } from './Adr';

/**
 * An entity's ADRs, the files that could not be read as one, and (from the
 * API) the decision-makers that match catalog Users (name → user entity ref).
 */
export type EntityAdrs = {
  adrs: Adr[];
  failures: AdrParseFailure[];
  people?: Record<string, string>;
};

/** What `GET /api/adr/index` filters by. */
export type AdrIndexFilter = {
  /** One status, or any of several. */
  status?: AdrStatus | AdrStatus[];
  owner?: string;
  system?: string;
  domain?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
};

/** A page of the organisation's ADR index. */
export type AdrIndexPage = PagedList<IndexedAdr>;

/** Where a review went: a commit to a hosted repository, or a pull request. */
export type ReviewOutcome = { adr: Adr } & (
  | { commit: string }
  | { pullRequestUrl: string }
);
