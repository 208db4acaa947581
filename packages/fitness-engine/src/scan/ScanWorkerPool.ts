import type { SourceTree } from '@internal/source-tree';
import { Worker } from 'node:worker_threads';
import { resultOf } from '../functions/evaluateFunctions';
import type { FitnessFunction } from '../functions/FitnessFunction';
import type { FitnessResult } from '@internal/plugin-fitness-common';
import type { FunctionSet } from './FunctionSet';
import { ScanRequest, TreeScan } from './scanInThread';
import { readerWarnings } from './skippedFiles';
import {
  FromWorker,
  SCAN_WORKER_MODULE_PATH,
  ToWorker,
  TreeListing,
} from './scanWorker';

// Plain CommonJS, evaluated, so that it needs no file of its own next to the
// sources or in a build. From TypeScript sources (tests, the CLI without its
// bundle) it loads Backstage's transform first, unless the process already
// has one (the backend in development passes it to its workers).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  if (workerData.modulePath.endsWith('.ts') && !require.extensions['.ts']) {
    require(workerData.transform);
  }
  require(workerData.modulePath).runScanWorker(parentPort);
} catch (error) {
  parentPort.postMessage({ type: 'failed', message: String((error && error.message) || error) });
}
`;

/** How long a worker may take to load the engine before it counts as broken. */
const START_TIMEOUT_MS = 60_000;

/** What one scan needs, beside its request. */
export interface ScanJob {
  tree: SourceTree;
  repositoryWorkflows?: SourceTree;
  functions: FunctionSet;
  /** The same set, loaded here: for the results of functions that never ran. */
  loaded: readonly FitnessFunction[];
  request: ScanRequest;
  timeoutMs: number;
  cacheDir?: string;
}

type Slot = { worker?: Worker; busy: boolean };

function transformHook(): string | undefined {
  if (!SCAN_WORKER_MODULE_PATH.endsWith('.ts')) return undefined;
  return require.resolve('@backstage/cli-node/config/nodeTransform.cjs');
}

const listing = (tree: SourceTree): TreeListing => ({
  files: tree.files,
  warnings: tree.warnings,
  contentHash: tree.contentHash,
});

/**
 * Worker threads that run scans, at most `size` at a time, so that the
 * functions never hold up the thread that serves requests, and a scan that
 * passes its time limit is really stopped: its worker is terminated and a
 * fresh one takes the next scan. Idle workers do not keep the process alive.
 */
export class ScanWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<() => void> = [];
  private closed = false;
  private scans = 0;

  constructor(private readonly options: { size: number }) {}

  async scan(job: ScanJob): Promise<TreeScan> {
    const slot = await this.acquire();
    try {
      return await this.run(slot, job);
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(this.slots.splice(0).map(s => s.worker?.terminate()));
  }

  private async acquire(): Promise<Slot & { worker: Worker }> {
    for (;;) {
      if (this.closed) throw new Error('the scan workers are closed');
      const idle = this.slots.find(s => !s.busy && s.worker);
      if (idle?.worker) {
        idle.busy = true;
        idle.worker.ref();
        return idle as Slot & { worker: Worker };
      }
      if (this.slots.length < this.options.size) {
        // Taken before the worker starts, so that scans that ask meanwhile
        // wait rather than start more workers than the pool's size.
        const slot: Slot = { busy: true };
        this.slots.push(slot);
        try {
          slot.worker = await startWorker();
        } catch (error) {
          this.discard(slot);
          throw error;
        }
        if (this.closed) {
          this.discard(slot);
          throw new Error('the scan workers are closed');
        }
        // A worker that fails or exits while idle leaves the pool.
        slot.worker.on('error', () => this.discard(slot));
        slot.worker.on('exit', () => this.discard(slot));
        return slot as Slot & { worker: Worker };
      }
      await new Promise<void>(resolve => this.waiting.push(resolve));
    }
  }

  private release(slot: Slot) {
    slot.busy = false;
    slot.worker?.unref();
    this.waiting.shift()?.();
  }

  /** Drops a worker that was stopped or died; the next scan starts a new one. */
  private discard(slot: Slot) {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.worker?.terminate().catch(() => undefined);
    this.waiting.shift()?.();
  }

  private run(
    slot: Slot & { worker: Worker },
    job: ScanJob,
  ): Promise<TreeScan> {
    const { worker } = slot;
    const scanId = ++this.scans;
    const results: FitnessResult[] = [];
    let running: string | undefined;
    const discard = () => this.discard(slot);
    return new Promise<TreeScan>(resolve => {
      const timer = setTimeout(
        () =>
          stop(
            'limit reached',
            `the scan passed its ${job.timeoutMs / 1000} s limit ${
              running
                ? `while ${running} was running`
                : 'while reading the tree and building the import graph'
            } and was stopped`,
          ),
        job.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({
        type: 'scan',
        scan: scanId,
        functions: job.functions,
        request: job.request,
        tree: listing(job.tree),
        workflows: job.repositoryWorkflows
          ? listing(job.repositoryWorkflows)
          : undefined,
        cacheDir: job.cacheDir,
        workerPreload: [transformHook()].filter((h): h is string => !!h),
      } satisfies ToWorker);

      function finish(scan: TreeScan) {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(scan);
      }
      /** Ends the scan where it is; the worker is dropped, so nothing of it runs on. */
      function stop(label: 'limit reached' | 'the scan failed', cause: string) {
        discard();
        finish(stoppedScan(job, results, running, cause, label));
      }
      function onError(error: Error) {
        stop('the scan failed', `its worker failed: ${error.message}`);
      }
      function onExit(code: number) {
        stop('the scan failed', `its worker exited with code ${code}`);
      }
      function reply(id: number, answer: Promise<string> | undefined) {
        (answer ?? Promise.reject(new Error('no such tree'))).then(
          text =>
            worker.postMessage({ type: 'text', id, text } satisfies ToWorker),
          (error: Error) =>
            worker.postMessage({
              type: 'text',
              id,
              error: error?.message ?? String(error),
            } satisfies ToWorker),
        );
      }
      function onMessage(message: FromWorker) {
        switch (message.type) {
          case 'read': {
            if (message.scan !== scanId) break;
            const tree =
              message.tree === 'tree' ? job.tree : job.repositoryWorkflows;
            reply(message.id, tree?.readText(message.path));
            break;
          }
          case 'started':
            running = message.functionId;
            break;
          case 'result':
            results.push(message.result);
            running = undefined;
            break;
          case 'done':
            finish(message.scan);
            break;
          case 'error':
            // The worker is sound; the scan could not run (a function
            // module that failed to load, say).
            finish(
              stoppedScan(
                job,
                results,
                running,
                message.message,
                'the scan failed',
              ),
            );
            break;
          default:
            break;
        }
      }
    });
  }
}

/** The scan as far as it got: what ran keeps its result, the rest are errors that say why. */
function stoppedScan(
  job: ScanJob,
  done: FitnessResult[],
  running: string | undefined,
  cause: string,
  label: 'limit reached' | 'the scan failed',
): TreeScan {
  const byId = new Map(done.map(r => [r.functionId, r]));
  const reader = readerWarnings(job.tree);
  return {
    results: job.loaded.map(
      fn =>
        byId.get(fn.id) ??
        resultOf(fn, {
          status: 'error',
          summary:
            fn.id === running ? `Stopped: ${cause}.` : `Not run: ${cause}.`,
          evidence: [],
        }),
    ),
    warnings: [...reader.warnings, `${label}: ${cause}`],
    skipped: reader.skipped,
    rootPackage: job.request.rootPackage,
    style: job.request.style,
  };
}

function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        modulePath: SCAN_WORKER_MODULE_PATH,
        transform: transformHook(),
      },
    });
    const timer = setTimeout(
      () => fail(new Error(`it took over ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    worker.on('message', onMessage);
    worker.on('error', fail);
    worker.on('exit', onExit);

    function settle() {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', fail);
      worker.off('exit', onExit);
    }
    function fail(error: Error) {
      settle();
      worker.terminate().catch(() => undefined);
      reject(new Error(`a scan worker did not start: ${error.message}`));
    }
    function onMessage(message: FromWorker) {
      if (message.type === 'ready') {
        settle();
        resolve(worker);
      } else if (message.type === 'failed') {
        fail(new Error(message.message));
      }
    }
    function onExit(code: number) {
      fail(new Error(`it exited with code ${code}`));
    }
  });
}
