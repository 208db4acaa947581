import { execFileSync } from 'node:child_process';
import {
  PYTHON_BUILTINS,
  PYTHON_KEYWORDS,
  PYTHON_SOFT_KEYWORDS,
  PYTHON_STANDARD_LIBRARY,
} from '.';

// The lists come from Python itself: the Python on this machine must find
// nothing of its own missing from them.
const python = (code: string): string[] =>
  JSON.parse(execFileSync('python3', ['-c', code], { encoding: 'utf8' }));

describe("Python's own names", () => {
  it.each([
    [
      'keyword.kwlist',
      'import keyword, json; print(json.dumps(keyword.kwlist))',
      PYTHON_KEYWORDS,
    ],
    [
      'keyword.softkwlist',
      'import keyword, json; print(json.dumps(keyword.softkwlist))',
      PYTHON_SOFT_KEYWORDS,
    ],
    [
      'sys.stdlib_module_names',
      'import sys, json; print(json.dumps(sorted(sys.stdlib_module_names)))',
      PYTHON_STANDARD_LIBRARY,
    ],
    [
      'builtins',
      'import builtins, json; print(json.dumps([n for n in dir(builtins) if n[0].islower()]))',
      PYTHON_BUILTINS,
    ],
  ])('hold all of %s', (_what, code, names) => {
    expect(python(code).filter(name => !names.has(name))).toEqual([]);
  });

  it('hold no third-party package', () => {
    expect(PYTHON_STANDARD_LIBRARY.has('__future__')).toBe(true);
    expect(PYTHON_STANDARD_LIBRARY.has('flask')).toBe(false);
    expect(PYTHON_KEYWORDS.has('match')).toBe(false);
  });
});
