import { functionContext } from '../testUtils/functionContext';
import { newLayout, oldLayout } from '../testUtils/goldenPathLayouts';
import { ciWorkflowFunction } from './ciWorkflow';

const evaluate = async (files: Record<string, string>) =>
  ciWorkflowFunction.evaluate(await functionContext(files));

const messages = (outcome: {
  evidence: Array<{ line?: number; message: string }>;
}) => outcome.evidence.map(e => `${e.line} ${e.message}`);

const workflow = (...steps: string[]) =>
  `jobs:\n  test:\n    steps:\n${steps
    .map(s => `      - run: ${s}\n`)
    .join('')}`;

describe('ci-workflow: migrations before the tests', () => {
  it('passes the golden path, which runs alembic upgrade head before pytest', async () => {
    const outcome = await evaluate(newLayout);
    expect(outcome.summary).toBe(
      'CI migrates the database, runs pytest and checks the import contracts.',
    );
    expect(messages(outcome)).toEqual([
      '19 runs pytest',
      '16 checks the import contracts',
      '18 job test migrates the database before pytest',
    ]);
  });

  it('fails the old golden path, which has Alembic migrations and runs pytest without them', async () => {
    const outcome = await evaluate(oldLayout);
    expect(outcome).toMatchObject({
      status: 'fail',
      summary:
        'CI runs pytest before migrating the database with alembic upgrade.',
    });
    expect(messages(outcome)[2]).toBe(
      '12 job test runs pytest without an alembic upgrade before it',
    );
  });

  it('follows make targets to the migration', async () => {
    const outcome = await evaluate({
      'alembic.ini': '[alembic]\n',
      Makefile:
        'test: migrate\n\tuv run pytest\n\nmigrate:\n\tuv run alembic upgrade head\n',
      '.github/workflows/ci.yml': workflow('uv run lint-imports', 'make test'),
    });
    expect(outcome.status).toBe('pass');
    expect(messages(outcome)).toEqual([
      '5 runs pytest (through make test (Makefile:2))',
      '4 checks the import contracts',
      '5 job test migrates the database before pytest (through make migrate (Makefile:5))',
    ]);
  });

  it("reads GitLab's default before_script, and [tool.alembic] in pyproject.toml", async () => {
    const gitlab = (before: string) => `default:
  before_script:
    - ${before}
test:
  script:
    - |
      lint-imports
      python -m pytest
      python -m alembic upgrade head
`;
    const files = {
      'pyproject.toml': '[tool.alembic]\nscript_location = "migrations"\n',
      '.gitlab-ci.yml': gitlab('python -m alembic upgrade head'),
    };
    expect((await evaluate(files)).status).toBe('pass');
    const late = await evaluate({
      ...files,
      '.gitlab-ci.yml': gitlab('pip install -r requirements.txt'),
    });
    expect(messages(late)[2]).toBe(
      '8 job test runs alembic upgrade only after pytest (line 9)',
    );
  });

  it('wants every job that runs pytest to migrate first', async () => {
    const outcome = await evaluate({
      'migrations/env.py': '',
      'tests/unit/test_model.py': '',
      'tests/integration/test_repository.py': '',
      '.github/workflows/ci.yml': `jobs:
  unit:
    steps:
      - run: pytest tests/unit
  integration:
    steps:
      - run: alembic upgrade head && pytest tests/integration && lint-imports
`,
    });
    expect(messages(outcome).slice(2)).toEqual([
      '7 job integration migrates the database before pytest',
      '4 job unit runs pytest without an alembic upgrade before it',
    ]);
  });

  it("leaves out a job whose pytest names only paths outside the service (a monorepo's libraries)", async () => {
    const outcome = await evaluate({
      'migrations/env.py': '',
      'tests/test_api.py': '',
      '.github/workflows/ci.yml': `jobs:
  libs:
    steps:
      - run: uv run pytest libs -k "not slow"
  service:
    steps:
      - run: alembic upgrade head && pytest --cov-fail-under 90 && lint-imports
`,
    });
    expect(outcome.status).toBe('pass');
    expect(messages(outcome).slice(2)).toEqual([
      '7 job service migrates the database before pytest',
    ]);
  });

  it('reads commands, not text: a step named pytest that runs something else does not count', async () => {
    const outcome = await evaluate({
      '.github/workflows/ci.yml':
        'jobs:\n  t:\n    steps:\n      - name: pytest\n        run: echo "pytest later" # pytest\n      - run: lint-imports\n',
    });
    expect(outcome).toMatchObject({
      status: 'warn',
      summary: 'CI does not run pytest.',
    });
  });
});
