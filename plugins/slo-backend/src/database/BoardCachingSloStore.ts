import { SloBoardPage } from '@internal/plugin-slo-common';
import { BoardQuery, SloStore, StoredEvaluation } from './SloStore';

const MAX_PAGES = 500;

/**
 * Keeps board pages for a few seconds: the board is read far more often
 * than SLOs are evaluated (every few minutes). Any write through this store
 * clears the pages at once; another replica's writes show after the TTL.
 */
export class BoardCachingSloStore implements SloStore {
  private readonly pages = new Map<
    string,
    { at: number; page: Promise<SloBoardPage> }
  >();

  constructor(
    private readonly store: SloStore,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  board(query: BoardQuery): Promise<SloBoardPage> {
    const key = JSON.stringify([
      query.ownerRef,
      query.systemRef,
      query.offset,
      query.limit,
    ]);
    const cached = this.pages.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) {
      return cached.page;
    }
    if (this.pages.size >= MAX_PAGES) {
      this.pages.clear();
    }
    const page = this.store.board(query);
    this.pages.set(key, { at: this.now(), page });
    page.catch(() => this.pages.delete(key));
    return page;
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
