import { readLocalSourceTree } from '@internal/source-tree';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { scanTree } from '../scan/scanTree';
import { ScanWorkerPool } from '../scan/ScanWorkerPool';
import type { FitnessResult } from '@internal/plugin-fitness-common';

/*
 * The functions judged against the verdicts in debianCorpus.yaml, given by
 * hand, on projects Debian packages; then a copy of each project with a
 * violation planted for every function is checked for each one.
 */

type Verdict = string | { status: string; why: string };
type Corpus = {
  notApplicable: Record<string, string>;
  projects: Record<
    string,
    { debian: string; verdicts: Record<string, Verdict> }
  >;
};

const corpus: Corpus = parse(
  readFileSync(join(__dirname, 'debianCorpus.yaml'), 'utf8'),
);
const DIST_PACKAGES = '/usr/lib/python3/dist-packages';
const statusOf = (verdict: Verdict) =>
  typeof verdict === 'string' ? verdict : verdict.status;

/** One violation of each function, in files of their own. */
function plants(name: string): Record<string, string> {
  const framework = name === 'django' ? 'flask' : 'django';
  return {
    [`${name}/planted_cycle_a.py`]: `from ${name} import planted_cycle_b\n`,
    [`${name}/planted_cycle_b.py`]: `from ${name} import planted_cycle_a\n`,
    [`${name}/planted_settings.py`]: 'SMTP_PASSWORD = "q7Zp9vLx2Rt"\n',
    [`${name}/planted_high.py`]: '',
    [`${name}/planted_low.py`]: `import ${name}.planted_high\n`,
    [`${name}/domain/__init__.py`]: '',
    [`${name}/domain/model.py`]: `import ${framework}\n`,
    [`${name}/domain/ports.py`]:
      'from abc import ABC\n\n\nclass PlantedPaymentGateway(ABC):\n    pass\n',
    '.importlinter': `[importlinter]\nroot_package = ${name}\n\n[importlinter:contract:planted]\nname = Planted layers\ntype = layers\nlayers =\n    ${name}.planted_high\n    ${name}.planted_low\n`,
    '.github/workflows/ci.yml':
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
  };
}

describe('fitness functions on projects Debian packages, against verdicts given by hand', () => {
  const pool = new ScanWorkerPool({ size: 1 });
  const dirs: string[] = [];
  afterAll(async () => {
    await pool.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const functions = [
    ...new Set(
      Object.values(corpus.projects).flatMap(p => Object.keys(p.verdicts)),
    ),
  ];

  /** A copy of the installed package, as the only package of a tree. */
  function copy(name: string, debian: string): string {
    const source = join(DIST_PACKAGES, name);
    if (!existsSync(source)) {
      throw new Error(
        `${source} is missing: install Debian's ${debian} (scripts/install.sh does)`,
      );
    }
    const dir = mkdtempSync(join(tmpdir(), `corpus-${name}-`));
    dirs.push(dir);
    cpSync(source, join(dir, name), {
      recursive: true,
      dereference: true,
      filter: path => !path.endsWith('__pycache__'),
    });
    return dir;
  }

  async function scan(dir: string, name: string) {
    const result = await scanTree(await readLocalSourceTree(dir), {
      functions: { only: functions },
      rootPackage: name,
      pool,
      timeoutMs: 300_000,
    });
    return new Map<string, FitnessResult>(
      result.results.map(r => [r.functionId, r]),
    );
  }

  it.each(Object.entries(corpus.projects))(
    '%s: each verdict matches, and each planted violation is found',
    async (name, project) => {
      const dir = copy(name, project.debian);
      const results = await scan(dir, name);
      expect(
        Object.fromEntries(functions.map(id => [id, results.get(id)?.status])),
      ).toEqual(
        Object.fromEntries(
          Object.entries(project.verdicts).map(([id, v]) => [id, statusOf(v)]),
        ),
      );
      // Every not-applicable is one the documented rule gives.
      const notApplicable = Object.entries(project.verdicts)
        .filter(([, verdict]) => statusOf(verdict) === 'not-applicable')
        .map(([id]) => id);
      expect(notApplicable.filter(id => !corpus.notApplicable[id])).toEqual([]);

      for (const [path, content] of Object.entries(plants(name))) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      const planted = await scan(dir, name);
      const evidence = (id: string) =>
        (planted.get(id)?.evidence ?? [])
          .map(e => `${e.path}:${e.line ?? ''} ${e.message}`)
          .join('\n');
      expect(planted.get('import-cycles')?.status).toBe('fail');
      expect(evidence('import-cycles')).toContain('planted_cycle_');
      expect(planted.get('hardcoded-secrets')?.status).toBe('fail');
      expect(evidence('hardcoded-secrets')).toContain(
        `${name}/planted_settings.py:1 a hard-coded credential`,
      );
      expect(planted.get('layer-contracts')?.status).toBe('fail');
      expect(evidence('layer-contracts')).toContain(
        `${name}.planted_low is not allowed to import ${name}.planted_high`,
      );
      expect(planted.get('domain-purity')?.status).toBe('fail');
      expect(evidence('domain-purity')).toContain(`${name}/domain/model.py:1`);
      expect(planted.get('ports-have-adapters')?.status).toBe('fail');
      expect(evidence('ports-have-adapters')).toContain(
        'PlantedPaymentGateway has no implementation',
      );
      // The planted layer is untested (or, without any test file, all are).
      const layers = planted.get('tests-per-layer');
      expect(['fail', 'warn']).toContain(layers?.status);
      expect(
        layers?.summary === 'No test files (tests/**.py, test_*.py).' ||
          evidence('tests-per-layer').includes(
            `no test imports ${name}.planted_low`,
          ),
      ).toBe(true);
      expect(planted.get('ci-workflow')).toMatchObject({
        status: 'warn',
        summary: 'CI does not run lint-imports.',
      });
    },
    600_000,
  );
});
