import { execFileSync } from 'node:child_process';
import { STANDARD_LIBRARY } from './standardLibrary';

describe('STANDARD_LIBRARY', () => {
  it("holds every top-level module of this machine's python3", () => {
    const names: string[] = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import json, sys; print(json.dumps(sorted(sys.stdlib_module_names)))',
        ],
        { encoding: 'utf8' },
      ),
    );
    expect(names.filter(name => !STANDARD_LIBRARY.has(name))).toEqual([]);
    expect(STANDARD_LIBRARY.has('__future__')).toBe(true);
    expect(STANDARD_LIBRARY.has('flask')).toBe(false);
  });
});
