import { functionContext } from '../testUtils/functionContext';
import { newLayout, oldLayout } from '../testUtils/goldenPathLayouts';
import { pinnedDependenciesFunction } from './pinnedDependencies';

const evaluate = async (files: Record<string, string>) =>
  pinnedDependenciesFunction.evaluate(await functionContext(files));

const messages = (outcome: {
  evidence: Array<{ path: string; line?: number; message: string }>;
}) => outcome.evidence.map(e => `${e.path}:${e.line} ${e.message}`);

const ci = (...steps: string[]) => ({
  '.github/workflows/ci.yml': `jobs:\n  test:\n    steps:\n${steps
    .map(s => `      - run: ${s}\n`)
    .join('')}`,
});
const dockerfile = (...runs: string[]) => ({
  Dockerfile: ['FROM python:3.12-slim', ...runs.map(r => `RUN ${r}`)].join(
    '\n',
  ),
});

describe('pinned-dependencies', () => {
  it('passes the golden path: hashed requirements locks, installed by CI and the image', async () => {
    const outcome = await evaluate(newLayout);
    expect(outcome.summary).toBe(
      'Locked by requirements-dev.lock (with hashes), requirements.lock (with hashes); CI and the image install from them.',
    );
    expect(messages(outcome)).toEqual([
      '.github/workflows/ci.yml:12 CI installs from requirements-dev.lock',
      'Dockerfile:6 the image installs from requirements.lock',
    ]);
  });

  it('fails the old golden path, which has no lock', async () => {
    expect(await evaluate(oldLayout)).toEqual({
      status: 'fail',
      summary:
        'No lock file: requirements*.lock or requirements*.txt pinned with ==, uv.lock, poetry.lock, pdm.lock, pylock.toml or Pipfile.lock.',
      evidence: [],
    });
  });

  it('passes uv.lock installed with --locked and --frozen', async () => {
    const outcome = await evaluate({
      'uv.lock': 'version = 1\n',
      ...ci('uv sync --locked'),
      ...dockerfile('uv sync --frozen --no-dev'),
    });
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: 'Locked by uv.lock; CI and the image install from it.',
    });
  });

  it('fails a lock that CI resolves anew, and says which command', async () => {
    const outcome = await evaluate({
      'uv.lock': 'version = 1\n',
      ...ci('uv sync', 'uv run pytest'),
      ...dockerfile('uv sync --frozen'),
    });
    expect(outcome.summary).toBe(
      'Locked by uv.lock, but CI does not install from it.',
    );
    expect(messages(outcome)).toEqual([
      '.github/workflows/ci.yml:4 CI installs without a lock: uv sync',
      'Dockerfile:2 the image installs from uv.lock',
    ]);
  });

  it('takes a requirements file pinned exactly as a lock, and says it has no hashes', async () => {
    const outcome = await evaluate({
      'requirements.txt':
        '# pinned\nfastapi==0.115.6  # web\nuvloop==0.21.0; sys_platform != "win32"\n-r requirements-dev.txt\n',
      'poetry.lock': '',
      ...ci('python -m pip install -r requirements.txt', 'poetry install'),
    });
    expect(outcome.summary).toBe(
      'Locked by poetry.lock, requirements.txt (no hashes); CI installs from them (no Dockerfile to check).',
    );
  });

  it('fails requirements that are not all pinned, at their lines, continuation lines joined', async () => {
    const outcome = await evaluate({
      'requirements.txt': [
        'redis==5.2.1 \\',
        '    --hash=sha256:abc',
        'celery',
        'httpx>=0.27',
        `fastapi${' '.repeat(3000)}x`,
      ].join('\n'),
      ...dockerfile('pip install -r requirements.txt'),
    });
    expect(outcome.status).toBe('fail');
    expect(messages(outcome)).toEqual([
      'requirements.txt:3 not pinned exactly: celery',
      'requirements.txt:4 not pinned exactly: httpx>=0.27',
      'requirements.txt:5 not read: a requirement of 3008 characters (over 2000) starting fastapi                                 …',
    ]);
  });

  it('fails an image that installs the project but not its lock', async () => {
    const outcome = await evaluate({
      'pdm.lock': '',
      ...ci('pdm sync --dev'),
      ...dockerfile(
        'pip install --no-deps -r requirements.lock',
        'pdm install',
        'pip install .',
      ),
    });
    expect(outcome.summary).toBe(
      'Locked by pdm.lock, but the image does not install from it.',
    );
    expect(messages(outcome).slice(1)).toEqual([
      // requirements.lock is not in the repository.
      'Dockerfile:2 the image installs without a lock: pip install --no-deps -r requirements.lock',
      'Dockerfile:3 the image installs without a lock: pdm install',
      'Dockerfile:4 the image installs without a lock: pip install .',
    ]);
  });
});
