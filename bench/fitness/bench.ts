/*
 * The fitness CLI's whole-process time to build the import graph of a large
 * Python codebase and check it, against a baseline measured in the same
 * run: packages/fitness-engine/scripts/python_imports_oracle.py, which
 * parses every file with CPython's `ast` and walks every node (how
 * import-linter's graph builder worked before it moved to Rust).
 * Default corpus: copies of Debian's python3-django and
 * libpython3.11-testsuite (about 1,800 files); BENCH_DIR takes any directory.
 * Cold: a fresh, empty --cache-dir; warm: the same again on that cache.
 * Both run the functions on the import graph (--only layer-contracts,
 * import-cycles). For information, `full` runs every function (secrets,
 * operability, tests per layer, …) on the warm cache.
 * The CLI runs from its bundle, as an installed CLI does: the benchmark
 * bundles it first (`yarn build:cli` in packages/fitness-engine).
 * Goal (issue 5, item 17): cold ≤ 0.25×, warm ≤ 0.05× the baseline.
 * Run: bash bench/run.sh fitness
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from '../load';
import { ROOT } from '../portal';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CORPUS = [
  '/usr/lib/python3/dist-packages/django',
  '/usr/lib/python3.11/test',
];
const ORACLE = join(
  ROOT,
  'packages/fitness-engine/scripts/python_imports_oracle.py',
);
const FITNESS = join(ROOT, 'packages/fitness-engine/bin/fitness');
const PACKAGE = process.env.BENCH_PACKAGE ?? 'django';

/** Hard copies, symlinks dereferenced, so both tools read the same plain files. */
function defaultCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fitness-corpus-'));
  for (const source of CORPUS) {
    cpSync(source, join(dir, source.split('/').pop()!), {
      recursive: true,
      dereference: true,
    });
  }
  return dir;
}

function countPythonFiles(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === '__pycache__') continue;
    if (entry.isDirectory()) count += countPythonFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.py')) count += 1;
  }
  return count;
}

/** Wall time of one whole process, in seconds; stdout is discarded. */
function time(command: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // fitness exits 1 when a contract is broken; 64 and 70 mean it did not run.
  if (result.status === null || result.status >= 64) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`,
    );
  }
  return seconds;
}

const fmt = (s: number) => `${s.toFixed(3).padStart(7)} s`;

/** Bundles the CLI (dist-cli/), which bin/fitness then runs. */
function buildCli() {
  const result = spawnSync('yarn', ['build:cli'], {
    cwd: join(ROOT, 'packages/fitness-engine'),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`building the fitness CLI failed: ${result.stderr}`);
  }
}

function main() {
  buildCli();
  const ownCorpus = !process.env.BENCH_DIR;
  const dir = process.env.BENCH_DIR ?? defaultCorpus();
  const files = countPythonFiles(dir);
  const caches = mkdtempSync(join(tmpdir(), 'bench-fitness-cache-'));
  const check = (cacheDir: string, only?: string) => [
    FITNESS,
    'check',
    dir,
    '--format',
    'json',
    '--package',
    PACKAGE,
    '--cache-dir',
    cacheDir,
    ...(only ? ['--only', only] : []),
  ];
  const GRAPH = 'layer-contracts,import-cycles';
  try {
    process.stdout.write(
      `Corpus ${dir}: ${files} .py files; ${RUNS} runs; node ${process.version}\n`,
    );
    const base: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    const full: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const cacheDir = join(caches, `run-${run}`);
      base.push(time('python3', [ORACLE, dir]));
      cold.push(time(process.execPath, check(cacheDir, GRAPH)));
      warm.push(time(process.execPath, check(cacheDir, GRAPH)));
      full.push(time(process.execPath, check(cacheDir)));
      process.stdout.write(
        `run ${run}: baseline ${fmt(base[run - 1])}  cold ${fmt(
          cold[run - 1],
        )}  warm ${fmt(warm[run - 1])}  full ${fmt(full[run - 1])}\n`,
      );
    }
    const b = median(base);
    const c = median(cold);
    const w = median(warm);
    const f = median(full);
    const line = (name: string, s: number, goal?: number) =>
      `${name.padEnd(9)} ${fmt(s)}  ${(files / s)
        .toFixed(0)
        .padStart(7)} files/s${
        goal === undefined
          ? ''
          : `  ${(s / b).toFixed(3)}× baseline (goal ≤ ${goal}×: ${
              s / b <= goal ? 'met' : 'NOT met'
            })`
      }\n`;
    process.stdout.write(
      `\nMedian of ${RUNS}:\n${line('baseline', b)}${line(
        'cold',
        c,
        0.25,
      )}${line('warm', w, 0.05)}${line('full', f)}`,
    );
  } finally {
    rmSync(caches, { recursive: true, force: true });
    if (ownCorpus) rmSync(dir, { recursive: true, force: true });
  }
}

main();
