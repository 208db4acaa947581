import { from, imports, plain, src } from './__testUtils__/rawImports';

describe('extractImports: TYPE_CHECKING', () => {
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
});
