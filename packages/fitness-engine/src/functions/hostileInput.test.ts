import { parseIni } from '../contracts/parseIni';
import { matchesModuleExpression } from '../contracts/moduleExpressions';
import { declaredStyle } from '../scan/declaredStyle';
import { functionContext } from '../testUtils/functionContext';
import { memorySourceTree } from '../testUtils/memorySourceTree';
import { ciWorkflowFunction } from './ciWorkflow';
import { hardcodedSecretsFunction } from './hardcodedSecrets';
import { imageImportsAppFunction } from './imageImportsApp';
import { pinnedDependenciesFunction } from './pinnedDependencies';
import { sloMetricsProducedFunction } from './sloMetricsProduced';

/*
 * Regex bombs from a hostile repository, each about 1 MB (the reader's
 * per-file limit). Every pattern these reach is linear, so each test takes
 * milliseconds; the patterns they replaced took minutes to hours on the same
 * input, which jest's default time-out (5 s) reports as a failure.
 */
const MB = 1_000_000;

describe('the functions on hostile input', () => {
  it('hardcoded-secrets: a 1 MB line of "secret", and the secret after it on the next line', async () => {
    const outcome = await hardcodedSecretsFunction.evaluate(
      await functionContext({
        'config/secrets.txt': `${'secret'.repeat(
          MB / 6,
        )}\nDB_PASSWORD = "hunter2-but-longer"\n`,
      }),
    );
    expect(outcome.evidence).toEqual([
      {
        path: 'config/secrets.txt',
        line: 2,
        message: 'a hard-coded credential: 18 characters, redacted',
      },
    ]);
  });

  it('hardcoded-secrets: a 1 MB line of "password = " without a value', async () => {
    const outcome = await hardcodedSecretsFunction.evaluate(
      await functionContext({
        'settings.py': `${'password = '.repeat(MB / 11)}\n`,
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('pinned-dependencies: a requirement followed by 1 MB of spaces', async () => {
    const outcome = await pinnedDependenciesFunction.evaluate(
      await functionContext({
        'requirements.txt': `fastapi==0.115.0${' '.repeat(
          MB,
        )}x\nuvicorn==0.30.0 # pinned\n`,
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.map(e => e.line)).toEqual([1]);
  });

  it('pinned-dependencies: a comment after a CRLF requirement is a comment', async () => {
    const outcome = await pinnedDependenciesFunction.evaluate(
      await functionContext({
        'requirements.txt':
          'fastapi==0.115.0  # the API\r\nuvicorn==0.30.0\r\n',
      }),
    );
    expect(outcome.status).toBe('pass');
  });
});

describe('the operability functions on hostile input', () => {
  it('ci-workflow: a script that runs itself on every line, and a Makefile rule that needs itself', async () => {
    const outcome = await ciWorkflowFunction.evaluate(
      await functionContext({
        'ci.sh': './ci.sh\n'.repeat(MB / 8),
        Makefile: 'test: test\n\tmake test\n',
        '.github/workflows/ci.yml':
          'jobs:\n  t:\n    steps:\n      - run: ./ci.sh && make test\n',
      }),
    );
    expect(outcome.summary).toBe('CI does not run pytest or lint-imports.');
  });

  it('image-imports-app: 300 stages that copy from each other, in a cycle', async () => {
    const stages = Array.from(
      { length: 300 },
      (_, i) =>
        `FROM python:3.12 AS s${i}\nCOPY --from=s${
          (i + 1) % 300
        } /app /app\nCOPY --from=s${i} /app /app\nRUN pip install .`,
    );
    const outcome = await imageImportsAppFunction.evaluate(
      await functionContext({
        'src/shop/__init__.py': '',
        Dockerfile: `${stages.join('\n')}\nCMD ["uvicorn", "shop:app"]\n`,
      }),
    );
    expect(outcome.status).toBe('fail');
  });

  it('slo-metrics-produced: a literal nested 100,000 deep, and a 1 MB query of open braces', async () => {
    const outcome = await sloMetricsProducedFunction.evaluate(
      await functionContext({
        'src/shop/metrics.py': `from prometheus_client import Counter\nX = ${'('.repeat(
          100_000,
        )}\nREQUESTS = Counter("requests", "d")\n`,
        'openslo.yaml': `apiVersion: openslo/v1\nkind: SLI\nmetadata: { name: s }\nspec:\n  thresholdMetric:\n    metricSource:\n      spec:\n        query: '${'{'.repeat(
          MB,
        )}'\n`,
      }),
    );
    expect(outcome.summary).toBe(
      "No metric of the SLOs' Prometheus queries could be checked (1 note).",
    );
  });
});

describe('the contract readers on hostile input', () => {
  it('reads an INI line of a key, 1 MB of spaces and no separator as an error', () => {
    expect(() =>
      parseIni(`[importlinter]\na${' '.repeat(MB)}b\n`, '.importlinter'),
    ).toThrow(/write options as "key = value"/);
    expect(
      parseIni(
        `[importlinter]\nroot_package ${' '.repeat(MB)}= shop\n`,
        'x',
      ).sections[0].options.get('root_package')?.value,
    ).toBe('shop');
  });

  it('matches four recursive wildcards against a module 400 packages deep', () => {
    const deep = ['pkg', ...Array(400).fill('x')].join('.');
    expect(
      matchesModuleExpression('pkg.**.x.**.x.**.x.**.y', `${deep}.z`),
    ).toBe(false);
    expect(matchesModuleExpression('pkg.**.x.**.x.**.x.**.x', deep)).toBe(true);
    expect(matchesModuleExpression('pkg.*.x', 'pkg.a.x')).toBe(true);
    expect(matchesModuleExpression('pkg.*.x', 'pkg.a.b.x')).toBe(false);
    expect(matchesModuleExpression('pkg.**', 'pkg')).toBe(false);
  });

  it('reads the style of a catalog-info.yaml that starts with 1 MB of blank lines', async () => {
    const tree = memorySourceTree({
      'catalog-info.yaml': `${'\n'.repeat(
        MB,
      )}metadata:\n  annotations:\n    golden-path/architecture: hexagonal-cqrs\n`,
    });
    await expect(declaredStyle(tree)).resolves.toBe('hexagonal-cqrs');
  });
});
