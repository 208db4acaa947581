import { extractImports, RawImport } from '../extractImports';

// Expectations are written by hand from Python's grammar and `ast`; the
// sources valid in Python 3.11 were also checked against
// scripts/python_imports_oracle.py.

export const src = (lines: string[]) => lines.join('\n');

export function plain(
  module: string,
  line: number,
  typeCheckingOnly = false,
): RawImport {
  return {
    kind: 'import',
    module,
    level: 0,
    names: [],
    line,
    typeCheckingOnly,
  };
}

export function from(
  module: string,
  names: string[],
  line: number,
  level = 0,
  typeCheckingOnly = false,
): RawImport {
  return { kind: 'from', module, level, names, line, typeCheckingOnly };
}

export function imports(source: string) {
  const result = extractImports(source);
  expect(result.problems).toEqual([]);
  return result.imports;
}
