import type { SourceTree } from '@internal/source-tree';
import { ExtractedImports, extractImports } from './extractImports';
import { BATCH_CHARS, BATCH_FILES, ExtractorPool } from './ExtractorPool';
import {
  ImportCache,
  TreeImports,
  importCacheKey,
  treeImportsKey,
} from './ImportCache';

/** Something wrong with one file of a tree, at a 1-based line. */
export type FileProblem = { path: string; line: number; message: string };

export type ExtractTreeImportsOptions = {
  /** Worker threads besides this one; 0 extracts in this thread only. */
  workers: number;
  /** Workers start only once more files than this need extracting. */
  workerThreshold: number;
  /** Modules each worker requires first (see `ExtractorPoolOptions.preload`). */
  workerPreload?: string[];
  cache?: ImportCache;
};

export type TreeExtraction = {
  /** By path; a file that could not be read is missing, with a problem. */
  results: Map<string, ExtractedImports>;
  problems: FileProblem[];
  stats: {
    cacheHits: number;
    /** Worker threads that ran, and how many batches they extracted. */
    workers: number;
    workerBatches: number;
    /** Why a worker failed to start or died, if one did. */
    workerError?: string;
  };
};

const READ_CONCURRENCY = 32;

type Batch = { paths: string[]; sources: string[] };

/**
 * Reads the given files of a tree and extracts their imports: the whole
 * tree from the cache when it is unchanged, else each file from the cache by
 * content, else fresh. Fresh sources are gathered in batches. Once more than
 * `workerThreshold` need extracting, worker threads start and take batches
 * while files are still being read, and this thread joins them when it has
 * read every file; below that, this thread extracts them after reading.
 */
export async function extractTreeImports(
  tree: SourceTree,
  paths: readonly string[],
  options: ExtractTreeImportsOptions,
): Promise<TreeExtraction> {
  const { cache } = options;
  const results = new Map<string, ExtractedImports>();
  const problems: FileProblem[] = [];
  const treeKey = treeImportsKey(tree.contentHash);
  const whole = await cache?.getTree?.(treeKey).catch(() => undefined);
  if (whole && paths.every(path => whole[path])) {
    for (const path of paths) results.set(path, whole[path]);
    return {
      results,
      problems,
      stats: { cacheHits: paths.length, workers: 0, workerBatches: 0 },
    };
  }

  let cacheHits = 0;
  let misses = 0;
  let pool: ExtractorPool | undefined;
  const held: Batch[] = [];
  const running: Array<Promise<void>> = [];
  const fresh: Array<{ path: string; key: string }> = [];
  let batch: Batch = { paths: [], sources: [] };
  let chars = 0;

  const extractHere = (b: Batch) => {
    b.sources.forEach((source, i) =>
      results.set(b.paths[i], extractImports(source)),
    );
  };
  const dispatch = (b: Batch) => {
    running.push(
      pool!.extract(b.sources).then(extracted => {
        b.paths.forEach((path, i) => results.set(path, extracted[i]));
      }),
    );
  };
  const closeBatch = () => {
    if (batch.paths.length > 0) {
      if (pool) dispatch(batch);
      else held.push(batch);
    }
    batch = { paths: [], sources: [] };
    chars = 0;
  };

  let next = 0;
  const lane = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      let source: string;
      try {
        source = await tree.readText(path);
      } catch (error) {
        problems.push({
          path,
          line: 1,
          message: `could not read ${path} (${
            error instanceof Error ? error.message : String(error)
          }); its imports are missing. Rescan once the file is readable.`,
        });
        continue;
      }
      let key = '';
      if (cache) {
        key = importCacheKey(source);
        const hit = await cache.get(key).catch(() => undefined);
        if (hit) {
          results.set(path, hit);
          cacheHits++;
          continue;
        }
      }
      fresh.push({ path, key });
      batch.paths.push(path);
      batch.sources.push(source);
      chars += source.length;
      if (batch.paths.length >= BATCH_FILES || chars >= BATCH_CHARS)
        closeBatch();
      if (++misses > options.workerThreshold && options.workers > 0 && !pool) {
        pool = ExtractorPool.create({
          size: options.workers,
          preload: options.workerPreload,
        });
        held.splice(0).forEach(dispatch);
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, lane),
  );
  closeBatch();
  held.splice(0).forEach(extractHere);
  // This thread has read everything: it extracts queued batches alongside the workers.
  await pool?.helpUntilIdle();
  await Promise.all(running);
  const workerStats = pool
    ? {
        workers: pool.size,
        workerBatches: pool.batchesOnWorkers,
        workerError: pool.error,
      }
    : { workers: 0, workerBatches: 0 };
  await pool?.close();

  if (cache) {
    let written = 0;
    const writer = async () => {
      while (written < fresh.length) {
        const { path, key } = fresh[written++];
        await cache.set(key, results.get(path)!).catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, writer));
    if (problems.length === 0 && cache.setTree) {
      const value: TreeImports = {};
      for (const path of paths) value[path] = results.get(path)!;
      await cache.setTree(treeKey, value).catch(() => undefined);
    }
  }
  return { results, problems, stats: { cacheHits, ...workerStats } };
}
