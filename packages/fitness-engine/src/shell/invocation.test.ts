import { invocationOf } from './invocation';

const run = (command: string) => {
  const invocation = invocationOf(command.split(' '));
  return invocation && [invocation.program, ...invocation.args].join(' ');
};

describe('invocationOf', () => {
  it.each([
    ['pytest --cov', 'pytest --cov'],
    ['uv run pytest -x', 'pytest -x'],
    ['uv run --with pytest-xdist --frozen pytest', 'pytest'],
    ['poetry run alembic upgrade head', 'alembic upgrade head'],
    ['python -m pytest', 'pytest'],
    ['python3.11 -W error -m alembic upgrade head', 'alembic upgrade head'],
    ['/opt/venv/bin/python -m pip install .', 'pip install .'],
    ['coverage run -m pytest', 'pytest'],
    ['pipx run --spec import-linter>=2.3 lint-imports', 'lint-imports'],
    ['SERVICE_DATABASE_URL=sqlite:// env -u HOME exec pytest', 'pytest'],
    ['hatch run test:pytest', 'pytest'],
    ['uv run -m pytest', 'pytest'],
  ])('%s runs %s', (command, expected) => {
    expect(run(command)).toBe(expected);
  });

  it('keeps the path of the program, or of the interpreter of a module', () => {
    expect(invocationOf(['/opt/venv/bin/pip', 'install', '.'])?.path).toBe(
      '/opt/venv/bin/pip',
    );
    expect(
      invocationOf(['/opt/venv/bin/python', '-m', 'pip', 'install'])?.path,
    ).toBe('/opt/venv/bin/python');
  });

  it('runs nothing for an empty command or assignments alone', () => {
    expect(invocationOf([])).toBeUndefined();
    expect(invocationOf(['A=1'])).toBeUndefined();
  });
});
