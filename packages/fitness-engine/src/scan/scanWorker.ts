import type { SourceTree } from '@internal/source-tree';
import type { MessagePort } from 'node:worker_threads';
import { FileImportCache } from '../python/FileImportCache';
import { ImportCache, MemoryImportCache } from '../python/ImportCache';
import { FunctionSet, loadFunctionSet } from './FunctionSet';
import { memoizeReads } from './memoizeReads';
import { ScanRequest, scanInThread, TreeScan } from './scanInThread';

/** The file that defines {@link runScanWorker}, for worker threads to load (from a build, the bundle that holds it). */
export const SCAN_WORKER_MODULE_PATH = __filename;

/** A tree as it crosses to the worker: its listing; the worker asks for each file's text. */
export type TreeListing = Pick<
  SourceTree,
  'files' | 'warnings' | 'contentHash'
>;

/** What the thread that asks for a scan sends. */
export type ToWorker =
  | {
      type: 'scan';
      /** Numbers the scans of a worker; a read carries its scan's. */
      scan: number;
      functions: FunctionSet;
      request: ScanRequest;
      tree: TreeListing;
      workflows?: TreeListing;
      /** The CLI's --cache-dir; otherwise the worker keeps a cache in memory for its life. */
      cacheDir?: string;
      workerPreload: string[];
    }
  | { type: 'text'; id: number; text?: string; error?: string };

/** What the worker sends back. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | {
      type: 'read';
      scan: number;
      id: number;
      tree: 'tree' | 'workflows';
      path: string;
    }
  | { type: 'started'; functionId: string }
  | { type: 'result'; result: TreeScan['results'][number] }
  | { type: 'done'; scan: TreeScan }
  | { type: 'error'; message: string };

/**
 * The worker's side: runs one scan at a time as its parent asks, reading
 * files through the parent, and reports each function as it starts and ends
 * so that the parent knows where a scan that it had to stop was.
 */
export function runScanWorker(port: MessagePort): void {
  const memoryCache = new MemoryImportCache({ files: 200_000, trees: 16 });
  const pending = new Map<
    number,
    { resolve: (text: string) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  const send = (message: FromWorker) => port.postMessage(message);

  const remoteTree = (
    scanId: number,
    listing: TreeListing,
    which: 'tree' | 'workflows',
  ): SourceTree =>
    memoizeReads({
      ...listing,
      readText: path =>
        new Promise<string>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          send({ type: 'read', scan: scanId, id, tree: which, path });
        }),
    });

  async function scan(message: Extract<ToWorker, { type: 'scan' }>) {
    // Reads an earlier scan left unanswered (its parent stopped listening).
    for (const reader of pending.values()) {
      reader.reject(new Error('the scan that asked for it has ended'));
    }
    pending.clear();
    try {
      const cache: ImportCache = message.cacheDir
        ? await FileImportCache.create(message.cacheDir)
        : memoryCache;
      const result = await scanInThread(
        remoteTree(message.scan, message.tree, 'tree'),
        loadFunctionSet(message.functions),
        {
          ...message.request,
          repositoryWorkflows: message.workflows
            ? remoteTree(message.scan, message.workflows, 'workflows')
            : undefined,
          cache,
          workerPreload: message.workerPreload,
        },
        {
          started: functionId => send({ type: 'started', functionId }),
          result: r => send({ type: 'result', result: r }),
        },
      );
      send({ type: 'done', scan: result });
    } catch (error) {
      send({
        type: 'error',
        message: (error as Error)?.message ?? String(error),
      });
    }
  }

  port.on('message', (message: ToWorker) => {
    if (message.type === 'scan') {
      scan(message);
    } else {
      const reader = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) reader?.reject(new Error(message.error));
      else reader?.resolve(message.text ?? '');
    }
  });
  send({ type: 'ready' });
}
