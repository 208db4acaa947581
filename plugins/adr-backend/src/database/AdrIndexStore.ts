import {
  Adr,
  AdrParseFailure,
  AdrStatus,
  IndexedAdr,
} from '@internal/plugin-adr-common';

export type { IndexedAdr };

/** Where an indexed ADR sits in the organisation. */
export type AdrOwnership = { owner?: string; system?: string; domain?: string };

export type AdrIndexQuery = {
  /** Any of these statuses. */
  status?: AdrStatus[];
  owner?: string;
  system?: string;
  domain?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

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
  query(
    query: AdrIndexQuery,
  ): Promise<{ items: IndexedAdr[]; totalItems: number }>;
}
