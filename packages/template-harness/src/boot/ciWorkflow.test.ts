import { readCiJobs } from './ciWorkflow';

const workflow = (steps: string, extra = '') => `
on: push
jobs:
  test:
    runs-on: ubuntu-latest
${extra}    steps:
${steps}`;

describe('readCiJobs', () => {
  it('maps each step of the job in its order', () => {
    const [job] = readCiJobs(
      workflow(
        `      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version-file: .python-version }
      - run: python -m pip install --require-hashes --no-deps -r requirements-dev.lock
      - run: |
          uv run ruff check .
          mypy src
      - run: pipx run --spec 'import-linter>=2.3' lint-imports
        env: { PYTHONPATH: src }
      - run: uv pip sync requirements.lock
      - run: docker build .
`,
        `    services:
      db: { image: 'postgres:16' }
    env: { SERVICE_DATABASE_URL: 'postgresql+asyncpg://u:p@localhost:5432/db' }
`,
      ),
      '.',
    );
    expect(job).toMatchObject({
      name: 'test',
      workingDirectory: '.',
      postgres: true,
      env: {
        SERVICE_DATABASE_URL: 'postgresql+asyncpg://u:p@localhost:5432/db',
      },
    });
    expect(job.steps.map(s => s.step)).toEqual([
      { kind: 'checkout' },
      { kind: 'setup-python', version: { file: '.python-version' } },
      {
        kind: 'pip',
        args: [
          'install',
          '--require-hashes',
          '--no-deps',
          '-r',
          'requirements-dev.lock',
        ],
      },
      { kind: 'tool', name: 'ruff', args: ['check', '.'] },
      { kind: 'tool', name: 'mypy', args: ['src'] },
      { kind: 'import-contracts' },
      {
        kind: 'pip',
        args: [
          'install',
          '--require-hashes',
          '--no-deps',
          '-r',
          'requirements.lock',
        ],
      },
      { kind: 'docker-build', context: '.' },
    ]);
    expect(job.steps[5].env).toEqual({ PYTHONPATH: 'src' });
  });

  it('expands a matrix into one job per value and keeps those that run in the folder', () => {
    const jobs = readCiJobs(
      workflow(
        '      - run: pytest\n',
        `    strategy: { matrix: { service: [api, user] } }
    defaults: { run: { working-directory: 'services/\${{ matrix.service }}' } }
`,
      ),
      'services/user',
    );
    expect(jobs.map(j => [j.name, j.workingDirectory])).toEqual([
      ['test (user)', 'services/user'],
    ]);
  });

  it.each([
    [
      'an unknown action',
      '      - uses: astral-sh/setup-uv@v5\n',
      /astral-sh\/setup-uv@v5 is not in the proof's mapping/,
    ],
    [
      'uv sync, which needs uv.lock',
      '      - run: uv sync\n',
      /`uv sync` is not in the proof's mapping/,
    ],
    [
      'a shell pipeline',
      '      - run: pytest | tee log\n',
      /shell operators are not in the mapping/,
    ],
    [
      'a Python left unpinned',
      '      - uses: actions/setup-python@v5\n',
      /pins no Python version/,
    ],
    [
      'a script',
      '      - run: bash ci.sh\n',
      /`bash ci.sh` is not in the proof's mapping/,
    ],
  ])('refuses %s', (_what, steps, message) => {
    expect(() => readCiJobs(workflow(steps), '.')).toThrow(message);
  });
});
