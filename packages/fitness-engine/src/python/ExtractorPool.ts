import { Worker } from 'node:worker_threads';
import {
  EXTRACTOR_MODULE_PATH,
  ExtractedImports,
  extractImports,
} from './extractImports';

export type ExtractorPoolOptions = {
  /** How many worker threads. */
  size: number;
  /**
   * Modules each worker requires before the extractor. Workers inherit the
   * process's `execArgv`, so under the backend's dev transform (`--require`)
   * or from a build nothing is needed; where TypeScript sources are loaded by
   * some other means (jest), pass a require hook such as
   * `@backstage/cli/config/nodeTransform.cjs`.
   */
  preload?: string[];
  /** How long a worker may take to load the extractor. Default 20 s. */
  startTimeoutMs?: number;
};

type Reply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'done'; id: number; results: ExtractedImports[] };

type Job = {
  sources: string[];
  resolve: (results: ExtractedImports[]) => void;
};

// The worker is plain CommonJS, evaluated, so that it needs no file of its
// own next to the sources or in a build. It loads the module that defines
// extractImports by its absolute path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let extract;
try {
  for (const hook of workerData.preload) require(hook);
  extract = require(workerData.extractorPath).extractImports;
  if (typeof extract !== 'function') {
    throw new Error('extractImports is not exported by ' + workerData.extractorPath);
  }
} catch (error) {
  parentPort.postMessage({ type: 'failed', message: String((error && error.message) || error) });
}
if (extract) {
  parentPort.on('message', ({ id, sources }) => {
    parentPort.postMessage({ type: 'done', id, results: sources.map(s => extract(s)) });
  });
  parentPort.postMessage({ type: 'ready' });
}
`;

/** A batch takes milliseconds; a worker that needs this long is stuck, and its batch is redone here. */
const BATCH_TIMEOUT_MS = 60_000;

/** Files per batch, and characters: small enough to spread the work evenly. */
export const BATCH_FILES = 64;
export const BATCH_CHARS = 1_000_000;

function inProcess(sources: string[]): ExtractedImports[] {
  return sources.map(source => extractImports(source));
}

/**
 * Calls `worker.on` for each listener and returns a function that removes
 * exactly those. (Never `removeAllListeners()`: a Worker keeps listeners of
 * its own that keep its message port running.)
 */
function listen(
  worker: Worker,
  listeners: {
    message: (reply: Reply) => void;
    error: (error: Error) => void;
    exit: (code: number) => void;
  },
): () => void {
  worker.on('message', listeners.message);
  worker.on('error', listeners.error);
  worker.on('exit', listeners.exit);
  return () => {
    worker.off('message', listeners.message);
    worker.off('error', listeners.error);
    worker.off('exit', listeners.exit);
  };
}

function startWorker(preload: string[], timeoutMs: number): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { preload, extractorPath: EXTRACTOR_MODULE_PATH },
    });
    const fail = (error: Error) => {
      settle();
      worker.terminate().catch(() => undefined);
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error(`the worker did not start within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const unlisten = listen(worker, {
      message: reply => {
        if (reply.type === 'ready') {
          settle();
          resolve(worker);
        } else {
          fail(
            new Error(
              reply.type === 'failed' ? reply.message : 'unexpected reply',
            ),
          );
        }
      },
      error: fail,
      exit: code => fail(new Error(`the worker exited with code ${code}`)),
    });
    function settle() {
      clearTimeout(timer);
      unlisten();
    }
  });
}

/**
 * Worker threads that run {@link extractImports} on batches of sources.
 * Workers start in the background and take queued batches as they become
 * ready; the calling thread can take some too ({@link helpUntilIdle}). A
 * worker that fails has its batch redone in the calling thread, and when no
 * worker is left, or none starts, every queued batch is: results never go
 * missing.
 */
export class ExtractorPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private starting: number;
  private closed = false;
  private nextId = 0;
  private failure?: string;
  /** How many batches workers extracted. */
  batchesOnWorkers = 0;

  private constructor(options: ExtractorPoolOptions) {
    this.starting = Math.max(0, options.size);
    for (let i = 0; i < this.starting; i++) {
      startWorker(options.preload ?? [], options.startTimeoutMs ?? 20_000).then(
        worker => {
          this.starting--;
          if (this.closed) {
            worker.terminate().catch(() => undefined);
            return;
          }
          this.workers.push(worker);
          this.idle.push(worker);
          this.pump();
        },
        (error: Error) => {
          this.starting--;
          this.failure ??= error.message;
          this.pump();
        },
      );
    }
  }

  /** Starts `size` workers in the background. */
  static create(options: ExtractorPoolOptions): ExtractorPool {
    return new ExtractorPool(options);
  }

  /** Why a worker failed to start or died, if one did. */
  get error(): string | undefined {
    return this.failure;
  }

  /** Workers running now. */
  get size(): number {
    return this.workers.length;
  }

  /** The imports of each source of one batch, in order. */
  extract(sources: string[]): Promise<ExtractedImports[]> {
    return new Promise(resolve => {
      this.queue.push({ sources, resolve });
      this.pump();
    });
  }

  /** Extracts queued batches in this thread until none is left, letting workers take theirs meanwhile. */
  async helpUntilIdle(): Promise<void> {
    while (this.queue.length > 0) {
      const job = this.queue.pop()!;
      job.resolve(inProcess(job.sources));
      await new Promise(resolve => setImmediate(resolve));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.splice(0).map(w => w.terminate()));
    this.idle.length = 0;
  }

  private pump() {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.send(worker, job.sources).then(
        results => {
          this.batchesOnWorkers++;
          job.resolve(results);
          this.idle.push(worker);
          this.pump();
        },
        (error: Error) => {
          this.failure ??= error.message;
          this.workers.splice(this.workers.indexOf(worker), 1);
          worker.terminate().catch(() => undefined);
          job.resolve(inProcess(job.sources));
          this.pump();
        },
      );
    }
    if (this.workers.length === 0 && this.starting === 0) {
      for (const job of this.queue.splice(0)) {
        job.resolve(inProcess(job.sources));
      }
    }
  }

  private send(worker: Worker, sources: string[]): Promise<ExtractedImports[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        settle();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new Error(`the worker took over ${BATCH_TIMEOUT_MS} ms`)),
        BATCH_TIMEOUT_MS,
      );
      const unlisten = listen(worker, {
        message: reply => {
          if (reply.type === 'done' && reply.id === id) {
            settle();
            resolve(reply.results);
          }
        },
        error: fail,
        exit: () => fail(new Error('the worker exited')),
      });
      function settle() {
        clearTimeout(timer);
        unlisten();
      }
      worker.postMessage({ id, sources });
    });
  }
}
