import {
  Adr,
  AdrIndexFilter,
  AdrIndexPage,
  AdrParseFailure,
  AdrStatus,
  IndexedAdr,
} from '@internal/plugin-adr-common';
import type { PageRequest } from '@internal/portal-common';

export type { IndexedAdr };

/** Where an indexed ADR sits in the organisation. */
export type AdrOwnership = { owner?: string; system?: string; domain?: string };

/** The index's filter, with the statuses as a list, and the page. */
export type AdrIndexQuery = Omit<AdrIndexFilter, 'status'> & {
  status?: AdrStatus[];
} & PageRequest;

/** The organisation-wide ADR index. */
export interface AdrIndexStore {
  /** The content hash the entity's ADR folder had when it was last indexed. */
  folderHash(entityRef: string): Promise<string | undefined>;
  /** The files indexed as proposed for an entity. */
  proposedFiles(entityRef: string): Promise<string[]>;
  /** Replaces everything indexed for one entity, atomically. */
  replaceEntity(options: {
    entityRef: string;
    contentHash: string;
    ownership: AdrOwnership;
    adrs: Adr[];
    failures: AdrParseFailure[];
  }): Promise<void>;
  /** Forgets entities that no longer have an ADR folder. */
  retainOnly(entityRefs: string[]): Promise<void>;
  query(query: AdrIndexQuery): Promise<AdrIndexPage>;
}
