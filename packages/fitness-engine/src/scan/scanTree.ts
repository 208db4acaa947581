import type { SourceTree } from '@internal/source-tree';
import { FunctionSet, loadFunctionSet } from './FunctionSet';
import type { ScanRequest, TreeScan } from './scanInThread';
import { ScanWorkerPool } from './ScanWorkerPool';

export interface ScanTreeOptions extends ScanRequest {
  functions: FunctionSet;
  /** See FitnessContext.repositoryWorkflows. */
  repositoryWorkflows?: SourceTree;
  /** The most a scan may take; then it is stopped, and what had not run becomes errors. Default 60 s. */
  timeoutMs?: number;
  /** A folder for an import cache on disk (the CLI's --cache-dir). */
  cacheDir?: string;
  /** The workers to scan in; default one worker for the process. */
  pool?: ScanWorkerPool;
}

/** The scan time limit of the portal and the CLI alike. */
export const DEFAULT_SCAN_TIMEOUT_MS = 60_000;

let sharedPool: ScanWorkerPool | undefined;

/**
 * Scans one service's tree: builds its import graph and runs the functions,
 * in a worker thread that is stopped at the time limit. The one scan
 * pipeline of the portal, the CLI and the template harness. It never throws
 * for the tree's content: a function that fails is an error result, and a
 * scan that runs out of time keeps what finished, with error results that
 * say where it was stopped.
 */
export async function scanTree(
  tree: SourceTree,
  options: ScanTreeOptions,
): Promise<TreeScan> {
  const { functions, repositoryWorkflows, timeoutMs, cacheDir, pool } = options;
  const request: ScanRequest = {
    style: options.style,
    rootPackage: options.rootPackage,
    importLinterConfig: options.importLinterConfig,
    catalog: options.catalog,
    now: options.now,
  };
  const workers = pool ?? (sharedPool ??= new ScanWorkerPool({ size: 1 }));
  return workers.scan({
    tree,
    repositoryWorkflows,
    functions,
    loaded: loadFunctionSet(functions),
    request,
    timeoutMs: timeoutMs ?? DEFAULT_SCAN_TIMEOUT_MS,
    cacheDir,
  });
}
