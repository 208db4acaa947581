/** The program a command runs, with its arguments. */
export interface Invocation {
  /** The program's file name (`/opt/venv/bin/pip` → `pip`), or the module of `python -m`. */
  program: string;
  /**
   * The word that names the program, as written (`/opt/venv/bin/pip`); for
   * `python -m module`, the interpreter (`/opt/venv/bin/python`).
   */
  path: string;
  args: string[];
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PYTHON = /^python(\d+(\.\d+)?)?$/;

/** Programs that run the rest of the command line as another command. */
const PREFIXES = new Set(['env', 'exec', 'time', 'nohup', 'command', 'nice']);

/**
 * Runners of a project's tools (`uv run pytest`), each with the options that
 * take a value; any other option is read as a flag.
 */
const RUNNERS: Record<string, Set<string>> = {
  'uv run': new Set([
    '--with',
    '--with-editable',
    '--with-requirements',
    '--python',
    '-p',
    '--env-file',
    '--extra',
    '--group',
    '--only-group',
    '--no-group',
    '--package',
    '--directory',
    '--project',
    '--index',
    '--index-url',
    '--extra-index-url',
  ]),
  'uv tool run': new Set(['--from', '--with', '--python', '-p']),
  uvx: new Set(['--from', '--with', '--python', '-p']),
  'pipx run': new Set(['--spec', '--python', '--index-url', '--pip-args']),
  'poetry run': new Set(['--directory', '-C', '--project', '-P']),
  'pdm run': new Set(['--project', '-p', '--venv']),
  'pipenv run': new Set(),
  'hatch run': new Set(),
  'rye run': new Set(['--pyproject']),
};

/** Python's options that take a value. */
const PYTHON_VALUE_OPTIONS = new Set(['-W', '-X', '--check-hash-based-pycs']);

/**
 * What a command runs, through the wrappers that run another program:
 * variable assignments, `env`, `exec`, the project runners (`uv run`,
 * `poetry run`, `pipx run --spec x`, …), `python -m module` and
 * `coverage run -m module`. Undefined for an empty command.
 */
export function invocationOf(argv: readonly string[]): Invocation | undefined {
  let words = [...argv];
  for (;;) {
    while (words.length > 0 && ASSIGNMENT.test(words[0])) words.shift();
    if (words.length === 0) return undefined;
    const program = baseName(words[0]);
    if (PREFIXES.has(program)) {
      words = skipOptions(words.slice(1), new Set(['-u', '-n']));
      continue;
    }
    const runner = runnerOf(words);
    if (runner) {
      const rest = words.slice(runner.split(' ').length);
      if (rest[0] === '-m' || rest[0] === '--module') {
        return moduleInvocation(runner, rest.slice(1));
      }
      words = skipOptions(rest, RUNNERS[runner]);
      if (runner === 'hatch run' && words[0]?.includes(':')) {
        words[0] = words[0].slice(words[0].indexOf(':') + 1);
      }
      continue;
    }
    if (PYTHON.test(program) || program === 'coverage') {
      const rest =
        program === 'coverage' && words[1] === 'run'
          ? words.slice(2)
          : words.slice(1);
      for (let i = 0; i < rest.length; i++) {
        if (rest[i] === '-m')
          return moduleInvocation(words[0], rest.slice(i + 1));
        if (rest[i] === '-c' || !rest[i].startsWith('-')) break;
        if (PYTHON_VALUE_OPTIONS.has(rest[i])) i++;
      }
    }
    return { program, path: words[0], args: words.slice(1) };
  }
}

/** The runner a command starts with (`uv run`), if any. */
function runnerOf(words: string[]): string | undefined {
  return Object.keys(RUNNERS).find(runner =>
    runner
      .split(' ')
      .every((w, i) => (i === 0 ? baseName(words[0]) : words[i]) === w),
  );
}

function moduleInvocation(
  interpreter: string,
  rest: string[],
): Invocation | undefined {
  return rest.length > 0
    ? { program: rest[0], path: interpreter, args: rest.slice(1) }
    : undefined;
}

/** The words after the leading options (and the values of those that take one). */
function skipOptions(words: string[], withValue: Set<string>): string[] {
  let i = 0;
  while (i < words.length && words[i].startsWith('-')) {
    if (words[i] === '--') return words.slice(i + 1);
    i += withValue.has(words[i]) ? 2 : 1;
  }
  return words.slice(i);
}
