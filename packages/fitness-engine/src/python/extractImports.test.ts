import { extractImports, RawImport } from './extractImports';

// Expectations are written by hand from Python's grammar and `ast`; the
// sources valid in Python 3.11 were also checked against
// scripts/python_imports_oracle.py.

const src = (lines: string[]) => lines.join('\n');

function plain(
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

function from(
  module: string,
  names: string[],
  line: number,
  level = 0,
  typeCheckingOnly = false,
): RawImport {
  return { kind: 'from', module, level, names, line, typeCheckingOnly };
}

function imports(source: string) {
  const result = extractImports(source);
  expect(result.problems).toEqual([]);
  return result.imports;
}

describe('extractImports', () => {
  describe('strings and comments hide import-like text', () => {
    it('in single, double and triple-quoted strings', () => {
      expect(
        imports(
          src([
            `a = "import fake1"`,
            `b = 'from fake2 import x'`,
            `c = """`,
            `import fake3`,
            `"""`,
            `d = '''it's "quoted"`,
            `from fake4 import y'''`,
            `import real`,
          ]),
        ),
      ).toEqual([plain('real', 8)]);
    });

    it('in raw and bytes strings, where a backslash still keeps the quote', () => {
      expect(
        imports(
          src([
            `a = r"\\"; import fake1"`,
            `b = r'\\\\'; import real1`,
            `c = b'import fake2' + rb"\\" import fake3" + BR'x'`,
            `import real2`,
          ]),
        ),
      ).toEqual([plain('real1', 2), plain('real2', 4)]);
    });

    it('in f-strings: replacement fields, format specs and nested strings', () => {
      expect(
        imports(
          src([
            `a = f"{x!r:>{width}} import fake1"`,
            `b = f'{d["k"]} {f"{y}"} from fake2 import z'`,
            `c = f'{x:"^10} {{import fake3}}'`,
            `d = f"""{'''import fake4'''}`,
            `import fake5"""; import real1`,
            `e = rf"\\{x}" ; import real2`,
          ]),
        ),
      ).toEqual([plain('real1', 5), plain('real2', 6)]);
    });

    it('in f-strings that reuse their quotes inside fields (Python 3.12)', () => {
      expect(
        imports(
          src([
            `a = f"{x["import fake1"]}" ; import real1`,
            `b = f"{f"{f"{y}"}"}"`,
            `c = f"{ [`,
            `    1,  # a comment inside the field`,
            `] }"`,
            `import real2`,
          ]),
        ),
      ).toEqual([plain('real1', 1), plain('real2', 6)]);
    });

    it('in comments', () => {
      expect(
        imports(
          src([
            `# import fake1`,
            `x = 1  # from fake2 import y`,
            `import real  # import fake3`,
          ]),
        ),
      ).toEqual([plain('real', 3)]);
    });
  });

  describe('statements and continuations', () => {
    it('joins backslash continuations', () => {
      expect(
        imports(src([`import a, \\`, `    b`, `from c \\`, `    import d`])),
      ).toEqual([plain('a', 1), plain('b', 1), from('c', ['d'], 3)]);
    });

    it('continues inside brackets and allows a trailing comma there', () => {
      expect(
        imports(
          src([
            `from a import (`,
            `    b,  # note`,
            ``,
            `    c as d,`,
            `)`,
            `import e`,
          ]),
        ),
      ).toEqual([from('a', ['b', 'c'], 1), plain('e', 6)]);
    });

    it('splits statements at semicolons', () => {
      expect(
        imports(`import a; import b;from c import d ;x = 1; import e`),
      ).toEqual([
        plain('a', 1),
        plain('b', 1),
        from('c', ['d'], 1),
        plain('e', 1),
      ]);
    });

    it('reads dotted names, aliases and several modules per import', () => {
      expect(imports(`import a.b as c, d, e . f`)).toEqual([
        plain('a.b', 1),
        plain('d', 1),
        plain('e.f', 1),
      ]);
    });

    it('reads relative imports and their levels', () => {
      expect(
        imports(
          src([
            `from . import x`,
            `from .. import y`,
            `from ..a.b import (c, d as e,)`,
            `from ... import z`,
            `from .... import w`,
            `from .import v`,
            `from .m import *`,
          ]),
        ),
      ).toEqual([
        from('', ['x'], 1, 1),
        from('', ['y'], 2, 2),
        from('a.b', ['c', 'd'], 3, 2),
        from('', ['z'], 4, 3),
        from('', ['w'], 5, 4),
        from('', ['v'], 6, 1),
        from('m', ['*'], 7, 1),
      ]);
    });

    it('reads star imports', () => {
      expect(imports(`from a.b import *`)).toEqual([from('a.b', ['*'], 1)]);
    });

    it('finds imports nested in functions, classes and blocks', () => {
      expect(
        imports(
          src([
            `def f():`,
            `    import a`,
            `    class C:`,
            `        from b import c`,
            `try: import d`,
            `except ImportError:`,
            `    d = None`,
            `with x:`,
            `    while y:`,
            `        for z in w: import e`,
            `async def g():`,
            `    if x:`,
            `        import f`,
            `match v:`,
            `    case [1, *_]:`,
            `        import g`,
            `class D: x: int = 1; import h`,
            `k = lambda: 0; import i`,
          ]),
        ),
      ).toEqual([
        plain('a', 2),
        from('b', ['c'], 4),
        plain('d', 5),
        plain('e', 10),
        plain('f', 13),
        plain('g', 16),
        plain('h', 17),
        plain('i', 18),
      ]);
    });

    it('keeps soft keywords as names and `yield from` inside brackets', () => {
      expect(
        imports(
          src([
            `import match, case, type`,
            `def g():`,
            `    x = (yield`,
            `         from h)`,
            `    import i`,
          ]),
        ),
      ).toEqual([
        plain('match', 1),
        plain('case', 1),
        plain('type', 1),
        plain('i', 5),
      ]);
    });

    it('normalizes names to NFKC, as Python does', () => {
      expect(imports(`import \uFB01le`)).toEqual([plain('file', 1)]);
    });

    it('counts lines across CRLF and CR line ends and skips a byte-order mark', () => {
      expect(imports(`\uFEFF"""doc\r\n"""\r\nimport a\rimport b\r\n`)).toEqual([
        plain('a', 3),
        plain('b', 4),
      ]);
    });
  });

  describe('TYPE_CHECKING blocks', () => {
    it('marks imports in the body, not in else or after the block', () => {
      expect(
        imports(
          src([
            `from typing import TYPE_CHECKING`,
            `if TYPE_CHECKING:`,
            `    import a`,
            ``,
            `        # a comment at another column`,
            `    from b import c`,
            `else:`,
            `    import d`,
            `import e`,
          ]),
        ),
      ).toEqual([
        from('typing', ['TYPE_CHECKING'], 1),
        plain('a', 3, true),
        from('b', ['c'], 6, 0, true),
        plain('d', 8),
        plain('e', 9),
      ]);
    });

    it('accepts typing.TYPE_CHECKING, parentheses and elif', () => {
      expect(
        imports(
          src([
            `if typing.TYPE_CHECKING:`,
            `    import a`,
            `if (TYPE_CHECKING):`,
            `    import b`,
            `if x:`,
            `    import c`,
            `elif TYPE_CHECKING:`,
            `    import d`,
            `else:`,
            `    import e`,
          ]),
        ),
      ).toEqual([
        plain('a', 2, true),
        plain('b', 4, true),
        plain('c', 6),
        plain('d', 8, true),
        plain('e', 10),
      ]);
    });

    it('marks imports at any depth inside the body, including inner else branches', () => {
      expect(
        imports(
          src([
            `def f():`,
            `    if TYPE_CHECKING:`,
            `        try:`,
            `            import a`,
            `        except ImportError:`,
            `            if x:`,
            `                pass`,
            `            else:`,
            `                import b`,
            `    import c`,
          ]),
        ),
      ).toEqual([plain('a', 4, true), plain('b', 9, true), plain('c', 10)]);
    });

    it('marks one-line bodies', () => {
      expect(
        imports(
          src([`if TYPE_CHECKING: import a; import b`, `else: import c`]),
        ),
      ).toEqual([plain('a', 1, true), plain('b', 1, true), plain('c', 2)]);
    });

    it('leaves other conditions alone', () => {
      expect(
        imports(
          src([
            `if not TYPE_CHECKING:`,
            `    import a`,
            `if TYPE_CHECKING and x:`,
            `    import b`,
            `if TYPE_CHECKING_X:`,
            `    import c`,
          ]),
        ),
      ).toEqual([plain('a', 2), plain('b', 4), plain('c', 6)]);
    });
  });

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
