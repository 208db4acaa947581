import { shellCommands } from './shellCommands';

describe('shellCommands', () => {
  it('splits on operators and lines, and unquotes words', () => {
    expect(
      shellCommands(
        'uv sync --frozen && uv run pytest -k "not slow"; echo \'a b\' | tee out\nalembic upgrade head',
      ),
    ).toEqual([
      { argv: ['uv', 'sync', '--frozen'], line: 0 },
      { argv: ['uv', 'run', 'pytest', '-k', 'not slow'], line: 0 },
      { argv: ['echo', 'a b'], line: 0 },
      { argv: ['tee', 'out'], line: 0 },
      { argv: ['alembic', 'upgrade', 'head'], line: 1 },
    ]);
  });

  it('joins continuation lines, drops comments, redirections and compound keywords', () => {
    expect(
      shellCommands(
        [
          '# set up',
          'pip install \\',
          '  -r requirements.lock  # pinned',
          'if [ -f alembic.ini ]; then alembic upgrade head 2>&1 >/dev/null; fi',
          'echo "#not a comment" $(date) > log.txt',
        ].join('\n'),
      ),
    ).toEqual([
      { argv: ['pip', 'install', '-r', 'requirements.lock'], line: 1 },
      { argv: ['[', '-f', 'alembic.ini', ']'], line: 3 },
      { argv: ['alembic', 'upgrade', 'head'], line: 3 },
      { argv: ['echo', '#not a comment', '$(date)'], line: 4 },
    ]);
  });
});
