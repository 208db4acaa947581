import { functionContext } from '../testUtils/functionContext';
import { ciWorkflowFunction } from './ciWorkflow';

/*
 * CI that runs pytest and lint-imports through a task runner or another
 * workflow, each written as its tool's documentation shows: just
 * (just.systems/man), tox (tox.wiki: tox.ini, [tool.tox] legacy_tox_ini,
 * tox.toml), nox (nox.thea.codes: session.run), pre-commit
 * (pre-commit.com: a local hook's entry), GitHub's reusable workflows and
 * composite actions (docs.github.com: jobs.<id>.uses, runs.steps).
 */

const evaluate = async (files: Record<string, string>) =>
  ciWorkflowFunction.evaluate(await functionContext(files));

const ci = (...runs: string[]) => ({
  '.github/workflows/ci.yml': `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${runs
    .map(r => `      - run: ${r}\n`)
    .join('')}`,
});

const both = (outcome: {
  status: string;
  evidence: { message: string }[];
}) => ({
  status: outcome.status,
  messages: outcome.evidence.map(e => e.message),
});

describe('ci-workflow follows the task runners CI calls', () => {
  it('just: a recipe and its dependencies', async () => {
    const outcome = await evaluate({
      ...ci('just check'),
      justfile:
        '# Run everything CI runs\ncheck: lint test\n\nlint:\n    uv run lint-imports\n\ntest *args:\n    uv run pytest {{args}}\n',
    });
    expect(both(outcome)).toEqual({
      status: 'pass',
      messages: [
        'runs pytest (through just check (justfile:8))',
        'checks the import contracts (through just check (justfile:5))',
      ],
    });
  });

  it('tox: the env_list of tox.ini, with {posargs}', async () => {
    const outcome = await evaluate({
      ...ci('pip install tox', 'tox'),
      'tox.ini':
        '[tox]\nenv_list = py311, contracts\n\n[testenv]\ndeps = pytest\ncommands =\n    pytest {posargs:tests}\n\n[testenv:contracts]\ndeps = import-linter\ncommands = lint-imports\n',
    });
    expect(both(outcome).status).toBe('pass');
    expect(both(outcome).messages[0]).toBe(
      'runs pytest (through tox (tox.ini:7))',
    );
  });

  it('tox: -e with an environment in pyproject.toml legacy_tox_ini', async () => {
    const outcome = await evaluate({
      ...ci('python -m tox -e py312'),
      'pyproject.toml':
        '[tool.tox]\nlegacy_tox_ini = """\n[tox]\nenv_list = py312\n\n[testenv]\ncommands = {envpython} -m pytest\n"""\n',
    });
    expect(both(outcome)).toMatchObject({
      status: 'warn',
      messages: [expect.stringMatching(/^runs pytest \(through tox -e py312/)],
    });
  });

  it('tox: tox.toml environments', async () => {
    const outcome = await evaluate({
      ...ci('tox run -e lint,test'),
      'tox.toml':
        'env_list = ["test"]\n\n[env_run_base]\ncommands = [["pytest", "{posargs}"]]\n\n[env.lint]\ncommands = [["lint-imports"]]\n',
    });
    expect(both(outcome).status).toBe('pass');
  });

  it('nox: the session.run calls of the sessions named', async () => {
    const outcome = await evaluate({
      ...ci('pipx run nox -s tests contracts'),
      'noxfile.py':
        'import nox\n\n\n@nox.session(python=["3.11", "3.12"])\ndef tests(session):\n    session.install(".[test]")\n    session.run("pytest", "-q")\n\n\n@nox.session\ndef contracts(session):\n    session.install("import-linter")\n    session.run("lint-imports")\n\n\n@nox.session\ndef docs(session):\n    session.run("mkdocs", "build")\n',
    });
    expect(both(outcome)).toEqual({
      status: 'pass',
      messages: [
        'runs pytest (through nox -s tests contracts (noxfile.py:7))',
        'checks the import contracts (through nox -s tests contracts (noxfile.py:13))',
      ],
    });
  });

  it('pre-commit: the local hooks', async () => {
    const outcome = await evaluate({
      ...ci('pre-commit run --all-files'),
      '.pre-commit-config.yaml':
        'repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.6.0\n    hooks:\n      - id: ruff\n  - repo: local\n    hooks:\n      - id: import-contracts\n        name: import contracts\n        entry: lint-imports\n        language: system\n        pass_filenames: false\n      - id: tests\n        name: tests\n        entry: python -m pytest\n        args: [-x]\n        language: system\n        pass_filenames: false\n',
    });
    expect(both(outcome).status).toBe('pass');
  });

  it('make: a recipe that runs pytest through a variable-free command', async () => {
    const outcome = await evaluate({
      ...ci('make ci'),
      Makefile:
        'ci: contracts test\n\ncontracts:\n\tlint-imports\n\ntest:\n\tpython -m pytest -q\n',
    });
    expect(both(outcome).status).toBe('pass');
  });
});

describe('ci-workflow follows the workflows and actions CI calls', () => {
  it('a local reusable workflow', async () => {
    const outcome = await evaluate({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  checks:\n    uses: ./.github/workflows/checks.yml\n',
      '.github/workflows/checks.yml':
        'on: workflow_call\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n      - run: lint-imports\n',
    });
    expect(both(outcome).status).toBe('pass');
  });

  it('a local composite action, at the line of the step that uses it', async () => {
    const outcome = await evaluate({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/checks\n',
      '.github/actions/checks/action.yml':
        'name: checks\nruns:\n  using: composite\n  steps:\n    - run: pytest\n      shell: bash\n    - run: lint-imports\n      shell: bash\n',
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.map(e => e.line)).toEqual([7, 7]);
  });

  it("says it cannot tell when CI calls another repository's workflow", async () => {
    const outcome = await evaluate({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  python:\n    uses: acme/ci/.github/workflows/python.yml@v3\n',
    });
    expect(outcome).toMatchObject({
      status: 'warn',
      evidence: [
        {
          path: '.github/workflows/ci.yml',
          line: 4,
          message:
            'calls acme/ci/.github/workflows/python.yml@v3, which is in another repository and is not read here',
        },
      ],
    });
  });

  it('still fails CI that runs neither, whatever runner it uses', async () => {
    const outcome = await evaluate({
      ...ci('tox -e docs'),
      'tox.ini': '[testenv:docs]\ncommands = mkdocs build\n',
    });
    expect(outcome.status).toBe('fail');
  });
});
