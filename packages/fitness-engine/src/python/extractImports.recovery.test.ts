import { extractImports } from './extractImports';
import { from, plain, src } from './__testUtils__/rawImports';

describe('extractImports: recovery', () => {
  describe('syntax errors', () => {
    it('reports an unterminated string at its line and reads on', () => {
      const result = extractImports(
        src([`import a`, `x = 1`, `y = "oops`, `import b`]),
      );
      expect(result.problems).toEqual([
        { line: 3, message: 'unterminated string literal' },
      ]);
      expect(result.imports).toEqual([plain('a', 1), plain('b', 4)]);
    });

    it('reports an unterminated triple-quoted string and reads on from the next line', () => {
      const result = extractImports(
        src([`import a`, `x = """never closed`, `import b`]),
      );
      expect(result.problems).toEqual([
        { line: 2, message: 'unterminated triple-quoted string literal' },
      ]);
      expect(result.imports).toEqual([plain('a', 1), plain('b', 3)]);
    });

    it('closes a bracket that was never closed at the next statement', () => {
      const result = extractImports(
        src([
          `from a import (b,`,
          `    c`,
          `def f(x,`,
          `    import d`,
          `import e`,
        ]),
      );
      expect(result.problems.map(p => p.line)).toEqual([1, 3]);
      expect(result.problems[0].message).toContain("'(' was never closed");
      expect(result.imports).toEqual([
        from('a', ['b', 'c'], 1),
        plain('d', 4),
        plain('e', 5),
      ]);
    });

    it('reports garbage in import statements and keeps the valid part', () => {
      const result = extractImports(
        src([
          `import 3x`,
          `from a import`,
          `from import b`,
          `import c as`,
          `from d import e f`,
          `from g import h,`,
          `import i`,
        ]),
      );
      expect(result.problems.map(p => p.line)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(
        result.problems.every(p =>
          p.message.startsWith('invalid import statement'),
        ),
      ).toBe(true);
      expect(result.imports).toEqual([
        from('d', ['e'], 5),
        from('g', ['h'], 6),
        plain('i', 7),
      ]);
    });

    it('reports stray brackets, characters and misplaced imports', () => {
      const result = extractImports(
        src([`x = (1]`, `y = $`, `z = import q`, `)`, `import a`]),
      );
      expect(result.problems.map(p => p.line)).toEqual([1, 2, 3, 4]);
      expect(result.problems.map(p => p.message)).toEqual([
        "closing parenthesis ']' does not match opening parenthesis '('",
        "invalid character '$' (U+0024)",
        "invalid syntax: 'import' can only start a statement",
        "unmatched ')'",
      ]);
      expect(result.imports).toEqual([plain('a', 5)]);
    });

    it('reports encoding declarations that Python refuses', () => {
      expect(
        extractImports(`# -*- coding: uft-8 -*-\nimport a\n`).problems,
      ).toEqual([
        {
          line: 1,
          message:
            'unknown encoding: uft-8; declare a real encoding (utf-8) on this line',
        },
      ]);
      expect(
        extractImports(`\uFEFF# coding: latin-1\n`).problems[0].message,
      ).toContain('with BOM');
      expect(
        extractImports(`#!/usr/bin/python\n# coding: latin-1\n`).problems,
      ).toEqual([]);
    });
  });

  describe('hostile input', () => {
    const cases: Array<[string, string]> = [
      ['100k open brackets', '('.repeat(100_000)],
      ['100k nested f-strings', 'f"{'.repeat(100_000)],
      ['nested format specs', `f"{x:${'{x:'.repeat(50_000)}`],
      ['10k lines opening triple quotes', '\\"""\n'.repeat(10_000)],
      ['10k unterminated f-strings', 'f"{(\n'.repeat(10_000)],
      ['a 1 MB line', `x = ${'a+'.repeat(500_000)}1; import a`],
      ['10k closing brackets', ')'.repeat(10_000)],
      ['control characters', '\u0000\u0001\u0007\u001b import a'],
    ];
    it.each(cases)('%s: no throw, no hang', (_name, source) => {
      const started = Date.now();
      const result = extractImports(source);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(Array.isArray(result.imports)).toBe(true);
    });

    it('gives up after too much re-reading, with a problem', () => {
      const result = extractImports('\\"""\n'.repeat(10_000));
      expect(
        result.problems.some(p =>
          p.message.endsWith('the rest of the file was not read'),
        ),
      ).toBe(true);
    });
  });
});
