/**
 * Keeps read answers for `ttlMs`, by key. Concurrent readers of a key share
 * one load; a failed load is not kept. `clear()` after every write through
 * the same process shows it at once; another replica's writes show after the
 * TTL. At most `maxEntries` keys are kept (all are dropped when it is full).
 */
export class ReadCache {
  private readonly entries = new Map<
    string,
    { at: number; value: Promise<unknown> }
  >();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) {
      return cached.value as Promise<T>;
    }
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { at: this.now(), value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
