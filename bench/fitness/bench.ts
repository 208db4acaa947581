/*
 * The fitness CLI's whole-process time to build the import graph of a large
 * Python codebase and check it, against a baseline measured in the same
 * run: packages/fitness-engine/scripts/python_imports_oracle.py, which
 * parses every file with CPython's `ast` and walks every node (how
 * import-linter's graph builder worked before it moved to Rust).
 * Default corpus: copies of Debian's python3-django, python3-sympy,
 * python3-twisted, python3-sqlalchemy, python3-celery and
 * libpython3.11-testsuite (over 4,000 files), and a generated package of
 * 1,200 modules that import one another in one strongly connected
 * component, as real codebases have; BENCH_DIR takes any directory.
 * Graph: the functions on the import graph (--only layer-contracts,
 * import-cycles); all: every function. Cold: a fresh, empty --cache-dir;
 * warm: the same again on that cache.
 * The CLI runs from its bundle, as an installed CLI does: the benchmark
 * bundles it first (`yarn build:cli` in packages/fitness-engine).
 * Goals (issue 18, item 4): graph cold ≤ 0.25×, warm ≤ 0.05×; all cold
 * ≤ 0.35×, warm ≤ 0.10× the baseline.
 * Run: bash bench/run.sh fitness
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from '../load';
import { ROOT } from '../portal';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CORPUS = [
  '/usr/lib/python3/dist-packages/django',
  '/usr/lib/python3/dist-packages/sympy',
  '/usr/lib/python3/dist-packages/twisted',
  '/usr/lib/python3/dist-packages/sqlalchemy',
  '/usr/lib/python3/dist-packages/celery',
  '/usr/lib/python3.11/test',
];
/** Modules of the generated package that form one strongly connected component. */
const TANGLE_MODULES = 1_200;
const ORACLE = join(
  ROOT,
  'packages/fitness-engine/scripts/python_imports_oracle.py',
);
const FITNESS = join(ROOT, 'packages/fitness-engine/bin/fitness');
const PACKAGE = process.env.BENCH_PACKAGE ?? 'django';

/**
 * `tangle`: module i imports module i+1 (the last imports the first), so
 * all are one cycle, and each also imports two others chosen by a fixed
 * rule, as a real tangle of a large application does.
 */
function writeTangle(dir: string) {
  const root = join(dir, 'tangle');
  mkdirSync(root);
  writeFileSync(join(root, '__init__.py'), '');
  const name = (i: number) => `m${String(i % TANGLE_MODULES).padStart(4, '0')}`;
  for (let i = 0; i < TANGLE_MODULES; i++) {
    const imports = [i + 1, i * 7 + 3, i * 13 + 5].map(
      j => `from tangle import ${name(j)}\n`,
    );
    writeFileSync(
      join(root, `${name(i)}.py`),
      `${imports.join('')}\n\ndef f${i}(x):\n    return ${name(i + 1)}.f${
        (i + 1) % TANGLE_MODULES
      }(x) if x else x\n`,
    );
  }
}

/** Hard copies, symlinks dereferenced, so both tools read the same plain files. */
function defaultCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fitness-corpus-'));
  for (const source of CORPUS) {
    cpSync(source, join(dir, source.split('/').pop()!), {
      recursive: true,
      dereference: true,
      filter: path => !path.endsWith('__pycache__'),
    });
  }
  writeTangle(dir);
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
    const kinds = ['graph cold', 'graph warm', 'all cold', 'all warm'];
    const goals = [0.25, 0.05, 0.35, 0.1];
    const base: number[] = [];
    const times: number[][] = kinds.map(() => []);
    for (let run = 1; run <= RUNS; run++) {
      const graphCache = join(caches, `graph-${run}`);
      const allCache = join(caches, `all-${run}`);
      base.push(time('python3', [ORACLE, dir]));
      times[0].push(time(process.execPath, check(graphCache, GRAPH)));
      times[1].push(time(process.execPath, check(graphCache, GRAPH)));
      times[2].push(time(process.execPath, check(allCache)));
      times[3].push(time(process.execPath, check(allCache)));
      process.stdout.write(
        `run ${run}: baseline ${fmt(base[run - 1])}${kinds
          .map((kind, i) => `  ${kind} ${fmt(times[i][run - 1])}`)
          .join('')}\n`,
      );
    }
    const b = median(base);
    const line = (name: string, s: number, goal?: number) =>
      `${name.padEnd(11)} ${fmt(s)}  ${(files / s)
        .toFixed(0)
        .padStart(7)} files/s${
        goal === undefined
          ? ''
          : `  ${(s / b).toFixed(3)}× baseline (goal ≤ ${goal}×: ${
              s / b <= goal ? 'met' : 'NOT met'
            })`
      }\n`;
    process.stdout.write(
      `\nMedian of ${RUNS}:\n${line('baseline', b)}${kinds
        .map((kind, i) => line(kind, median(times[i]), goals[i]))
        .join('')}`,
    );
  } finally {
    rmSync(caches, { recursive: true, force: true });
    if (ownCorpus) rmSync(dir, { recursive: true, force: true });
  }
}

main();
