import { ReadCache } from '@internal/read-cache';
import { SloBoardPage } from '@internal/plugin-slo-common';
import { BoardQuery, SloStore, StoredEvaluation } from './SloStore';

/**
 * Keeps board pages for a few seconds: the board is read far more often
 * than SLOs are evaluated (every few minutes). Any write through this store
 * clears the pages at once; another replica's writes show after the TTL.
 */
export class BoardCachingSloStore implements SloStore {
  private readonly pages: ReadCache;

  constructor(
    private readonly store: SloStore,
    ttlMs: number,
    now: () => number = Date.now,
  ) {
    this.pages = new ReadCache(ttlMs, 500, now);
  }

  board(query: BoardQuery): Promise<SloBoardPage> {
    const key = JSON.stringify([
      query.owner,
      query.system,
      query.status,
      query.offset,
      query.limit,
    ]);
    return this.pages.get(key, () => this.store.board(query));
  }
  async save(entry: StoredEvaluation) {
    this.pages.clear();
    return this.store.save(entry);
  }

  async prune(options: { keep: string[]; before: Date }) {
    this.pages.clear();
    return this.store.prune(options);
  }

  latest(sloRefs: string[]) {
    return this.store.latest(sloRefs);
  }

  history(sloRef: string, since: Date) {
    return this.store.history(sloRef, since);
  }
}
