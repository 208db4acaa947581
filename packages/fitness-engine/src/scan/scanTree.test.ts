import { fitnessFunctionModule } from '@internal/backend-test-kit';
import { memorySourceTree } from '../testUtils/memorySourceTree';
import { scanTree } from './scanTree';
import { ScanWorkerPool } from './ScanWorkerPool';

const tree = memorySourceTree({
  'src/shop/__init__.py': '',
  'src/shop/domain.py': 'import os\n',
});

const pass = (summary: string) =>
  `async () => ({ status: 'pass', summary: ${JSON.stringify(
    summary,
  )}, evidence: [] })`;

describe('scanTree', () => {
  const pool = new ScanWorkerPool({ size: 1 });
  afterAll(() => pool.close());

  it('turns a function that throws into an error result and runs the rest', async () => {
    const module = fitnessFunctionModule([
      { id: 'broken', evaluate: `async () => { throw new Error('boom'); }` },
      {
        id: 'fine',
        evaluate: `async ({ rootPackage }) => ({ status: 'pass', summary: 'root ' + rootPackage, evidence: [] })`,
      },
    ]);
    const scan = await scanTree(tree, {
      functions: { noDefaults: true, modules: [module] },
      pool,
    });
    expect(scan.results.map(r => [r.functionId, r.status, r.summary])).toEqual([
      ['broken', 'error', 'broken failed: boom'],
      ['fine', 'pass', 'root shop'],
    ]);
    expect(scan.rootPackage).toBe('shop');
  }, 60_000);

  it('stops a function that never returns at the time limit, keeps what finished, and scans again afterwards', async () => {
    const module = fitnessFunctionModule([
      { id: 'first', evaluate: pass('done') },
      { id: 'endless', evaluate: `async () => { for (;;) {} }` },
      { id: 'later', evaluate: pass('later') },
    ]);
    const scan = await scanTree(tree, {
      functions: { noDefaults: true, modules: [module] },
      timeoutMs: 2_000,
      pool,
    });
    expect(scan.results.map(r => [r.functionId, r.status, r.summary])).toEqual([
      ['first', 'pass', 'done'],
      [
        'endless',
        'error',
        'Stopped: the scan passed its 2 s limit while endless was running and was stopped.',
      ],
      [
        'later',
        'error',
        'Not run: the scan passed its 2 s limit while endless was running and was stopped.',
      ],
    ]);
    expect(scan.warnings).toContain(
      'limit reached: the scan passed its 2 s limit while endless was running and was stopped',
    );

    const next = await scanTree(tree, {
      functions: { noDefaults: true, modules: [module], only: ['first'] },
      pool,
    });
    expect(next.results.map(r => r.status)).toEqual(['pass']);
  }, 60_000);

  it('names each file the reader left out, with its reason', async () => {
    const limited = {
      ...tree,
      warnings: [
        {
          path: 'big.py',
          reason: 'too-large' as const,
          message:
            'big.py is 2000000 bytes, over the 1000000-byte limit per file; skipped',
        },
      ],
    };
    const scan = await scanTree(limited, {
      functions: { noDefaults: true },
      pool,
    });
    expect(scan.warnings).toEqual([
      'not read: big.py is 2000000 bytes, over the 1000000-byte limit per file; skipped',
    ]);
    expect(scan.skipped).toEqual([
      {
        path: 'big.py',
        reason: 'too-large',
        message:
          'big.py is 2000000 bytes, over the 1000000-byte limit per file; skipped',
      },
    ]);
  }, 60_000);

  it('refuses a module that exports no functions, before any scan', async () => {
    const module = fitnessFunctionModule([]).replace(
      'functions.js',
      'missing.js',
    );
    await expect(
      scanTree(tree, { functions: { modules: [module] }, pool }),
    ).rejects.toThrow(/missing\.js/);
  });

  it('queues scans beyond its size, and settles queued ones when closed', async () => {
    const small = new ScanWorkerPool({ size: 1 });
    const module = fitnessFunctionModule([
      {
        id: 'slow',
        evaluate: `() => new Promise(r => setTimeout(() => r({ status: 'pass', summary: 'slow', evidence: [] }), 300))`,
      },
    ]);
    const functions = { noDefaults: true, modules: [module] };
    const scans = await Promise.all(
      [1, 2, 3].map(() => scanTree(tree, { functions, pool: small })),
    );
    expect(scans.map(s => s.results[0].status)).toEqual([
      'pass',
      'pass',
      'pass',
    ]);

    const outcome = (scan: Promise<unknown>) =>
      scan.then(
        () => 'done',
        (error: Error) => error.message,
      );
    const running = outcome(scanTree(tree, { functions, pool: small }));
    const queued = outcome(scanTree(tree, { functions, pool: small }));
    await small.close();
    expect(await queued).toBe('the scan workers are closed');
    expect(await running).toBe('done');
  }, 60_000);
});
