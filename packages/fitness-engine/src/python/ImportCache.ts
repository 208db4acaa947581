import { createHash } from 'node:crypto';
import { EXTRACTOR_VERSION, ExtractedImports } from './extractImports';

/** The extraction results of a whole tree, by file path. */
export type TreeImports = Record<string, ExtractedImports>;

/**
 * Extraction results by content, so that a file seen before is not
 * extracted again. Keys come from {@link importCacheKey}: equal content gives
 * equal keys whatever the path, and a new extractor version misses.
 *
 * A cache may also keep whole trees by {@link treeImportsKey} (from the
 * tree's content hash): a rescan of an unchanged tree then reads no file.
 */
export interface ImportCache {
  get(key: string): Promise<ExtractedImports | undefined>;
  set(key: string, value: ExtractedImports): Promise<void>;
  getTree?(key: string): Promise<TreeImports | undefined>;
  setTree?(key: string, value: TreeImports): Promise<void>;
}

function sha1(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The cache key of one Python source. */
export function importCacheKey(source: string): string {
  return sha1(EXTRACTOR_VERSION, source);
}

/** The cache key of a whole tree, from `SourceTree.contentHash`. */
export function treeImportsKey(contentHash: string): string {
  return sha1(EXTRACTOR_VERSION, 'tree', contentHash);
}

/** Keeps at most `max` entries in `map`, dropping the oldest; re-setting a key makes it newest. */
function setBounded<T>(
  map: Map<string, T>,
  key: string,
  value: T,
  max: number,
) {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    map.delete(map.keys().next().value!);
  }
}

/** An {@link ImportCache} in memory, for one process. */
export class MemoryImportCache implements ImportCache {
  private readonly files = new Map<string, ExtractedImports>();
  private readonly trees = new Map<string, TreeImports>();

  constructor(
    private readonly limits: { files: number; trees: number } = {
      files: 500_000,
      trees: 64,
    },
  ) {}

  async get(key: string) {
    return this.files.get(key);
  }

  async set(key: string, value: ExtractedImports) {
    setBounded(this.files, key, value, this.limits.files);
  }

  async getTree(key: string) {
    return this.trees.get(key);
  }

  async setTree(key: string, value: TreeImports) {
    setBounded(this.trees, key, value, this.limits.trees);
  }
}
