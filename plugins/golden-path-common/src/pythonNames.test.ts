import { execFileSync } from 'node:child_process';
import {
  PYTHON_BUILTINS,
  PYTHON_KEYWORDS,
  PYTHON_SOFT_KEYWORDS,
  PYTHON_STDLIB_MODULES,
} from './pythonNames';

// The lists come from Python itself: the Python on this machine must find
// nothing of its own missing from them.
const python = (code: string): string[] =>
  JSON.parse(execFileSync('python3', ['-c', code], { encoding: 'utf8' }));

describe("the lists of Python's reserved names", () => {
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
      "import sys, json; print(json.dumps([m for m in sys.stdlib_module_names if not m.startswith('_')]))",
      PYTHON_STDLIB_MODULES,
    ],
    [
      'builtins',
      'import builtins, json; print(json.dumps([n for n in dir(builtins) if n[0].islower()]))',
      PYTHON_BUILTINS,
    ],
  ])('hold all of %s', (_what, code, list) => {
    expect(python(code).filter(name => !list.includes(name))).toEqual([]);
  });
});
