import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'smol-toml';
import { Check, GeneratedService, HarnessFailure } from '../HarnessFailure';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const MIN_COVERAGE = 90;

type CoverageJson = {
  totals: { percent_covered: number };
  files: Record<string, { summary: { percent_covered: number } }>;
};

// What the service's own coverage gate measures: [tool.coverage.run] source.
async function coverageSources(service: GeneratedService) {
  const pyproject = parse(await service.read('pyproject.toml')) as {
    tool?: { coverage?: { run?: { source?: string[] } } };
  };
  const sources = pyproject.tool?.coverage?.run?.source ?? [];
  if (sources.length === 0) {
    throw new Error(
      'pyproject.toml names no [tool.coverage.run] source for the coverage gate',
    );
  }
  return sources;
}

/** Every Python file compiles on the OS Python (3.11 here). */
export const pythonCompiles: Check = async service => {
  const failures: HarnessFailure[] = [];
  for (const file of service.files.filter(f => f.endsWith('.py'))) {
    try {
      await run(PYTHON, ['-m', 'py_compile', file], { cwd: service.dir });
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? error);
      failures.push({
        check: 'python-compile',
        file,
        line: Number(/line (\d+)/.exec(stderr)?.[1]) || undefined,
        message: stderr.trim().split('\n').slice(-1)[0],
      });
    }
  }
  return failures;
};

/**
 * The unit tests pass with Debian's pytest alone, and cover at least
 * MIN_COVERAGE % of the lines the service's coverage gate measures (the
 * domain and application layers, or each module's services and types).
 */
export const unitTests: Check = async service => {
  let sources: string[];
  try {
    sources = await coverageSources(service);
  } catch (error) {
    return [
      { check: 'coverage', file: 'pyproject.toml', message: String(error) },
    ];
  }
  const out = await mkdtemp(join(tmpdir(), 'harness-coverage-'));
  const report = join(out, 'coverage.json');
  const env = { ...process.env, COVERAGE_FILE: join(out, '.coverage') };
  try {
    try {
      await run(
        PYTHON,
        [
          '-m',
          'pytest',
          '-q',
          '-p',
          'no:cacheprovider',
          'tests/unit',
          ...sources.map(source => `--cov=${source}`),
          '--cov-report=',
        ],
        { cwd: service.dir, env },
      );
    } catch (error) {
      const { stdout = '', stderr = '' } = error as {
        stdout?: string;
        stderr?: string;
      };
      return [
        {
          check: 'pytest',
          file: 'tests/unit',
          message: `${stdout}\n${stderr || String(error)}`
            .trim()
            .split('\n')
            .slice(-15)
            .join('\n'),
        },
      ];
    }
    // Debian's pytest-cov 4.0 cannot write JSON; coverage itself can.
    await run(PYTHON, ['-m', 'coverage', 'json', '-q', '-i', '-o', report], {
      cwd: service.dir,
      env,
    });
    const coverage: CoverageJson = JSON.parse(await readFile(report, 'utf8'));
    if (coverage.totals.percent_covered >= MIN_COVERAGE) return [];
    const weakest = Object.entries(coverage.files)
      .filter(([, f]) => f.summary.percent_covered < MIN_COVERAGE)
      .map(([file, f]) => `${file} ${f.summary.percent_covered.toFixed(0)} %`);
    return [
      {
        check: 'coverage',
        file: sources.join(', '),
        message: `lines covered: ${coverage.totals.percent_covered.toFixed(
          1,
        )} %, under ${MIN_COVERAGE} % (${weakest.join(', ')})`,
      },
    ];
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};
