import { from, imports, plain, src } from './__testUtils__/rawImports';

describe('extractImports: statements', () => {
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
});
