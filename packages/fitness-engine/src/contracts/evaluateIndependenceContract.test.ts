import { brokenDetails, checkOne, testGraph } from './testGraph';

// Expectations written by hand from import-linter's
// docs/contract_types/independence.md, never from our own output.

const MODULES = [
  'mypackage.foo',
  'mypackage.foo.purple',
  'mypackage.bar',
  'mypackage.bar.green',
  'mypackage.baz',
  'mypackage.baz.blue',
  'mypackage.utils',
];

const CONTRACT = `
[importlinter]
root_package = mypackage

[importlinter:contract:my-independence-contract]
name = My independence contract
type = independence
modules =
    mypackage.foo
    mypackage.bar
    mypackage.baz
`;

const IGNORES = `ignore_imports =
    mypackage.bar.green -> mypackage.utils
    mypackage.baz.blue -> mypackage.foo.purple
`;

const DOC_IMPORTS: Array<[string, string, number]> = [
  ['mypackage.bar.green', 'mypackage.utils', 1],
  ['mypackage.utils', 'mypackage.foo', 2],
  ['mypackage.baz.blue', 'mypackage.foo.purple', 3],
];

describe('independence contract', () => {
  it('is kept when the only imports between the modules are ignored', () => {
    // The documentation example, with its ignore_imports.
    const check = checkOne(testGraph(MODULES, DOC_IMPORTS), CONTRACT + IGNORES);
    expect(check.status).toBe('kept');
  });

  it('is broken by direct and indirect imports between the modules', () => {
    // "there are no imports in any direction between the modules, even indirectly"
    expect(brokenDetails(testGraph(MODULES, DOC_IMPORTS), CONTRACT)).toBe(
      [
        'mypackage.bar is not allowed to import mypackage.foo:',
        '',
        '- mypackage.bar.green -> mypackage.utils (l.1)',
        '  mypackage.utils -> mypackage.foo (l.2)',
        '',
        '',
        'mypackage.baz is not allowed to import mypackage.foo:',
        '',
        '- mypackage.baz.blue -> mypackage.foo.purple (l.3)',
      ].join('\n'),
    );
  });

  it('checks both directions', () => {
    // "in any direction"
    const graph = testGraph(MODULES, [
      ['mypackage.foo.purple', 'mypackage.bar', 4],
      ['mypackage.bar.green', 'mypackage.foo', 5],
    ]);
    expect(
      checkOne(graph, CONTRACT).violations.map(
        v => `${v.importer} -> ${v.imported}`,
      ),
    ).toEqual([
      'mypackage.bar -> mypackage.foo',
      'mypackage.foo -> mypackage.bar',
    ]);
  });

  it('reports a chain through a third listed module as its parts', () => {
    // import-linter checks the modules as one layer of independent siblings, and grimp
    // does not search a pair of them through another: foo -> bar -> baz is reported
    // as foo -> bar and bar -> baz.
    const graph = testGraph(MODULES, [
      ['mypackage.foo', 'mypackage.bar', 1],
      ['mypackage.bar', 'mypackage.baz', 2],
    ]);
    expect(
      checkOne(graph, CONTRACT).violations.map(
        v => `${v.importer} -> ${v.imported}`,
      ),
    ).toEqual([
      'mypackage.bar -> mypackage.baz',
      'mypackage.foo -> mypackage.bar',
    ]);
  });

  it('accepts wildcards', () => {
    // "modules: ... Supports wildcards." mypackage.* matches foo, bar, baz and utils.
    const graph = testGraph(MODULES, [
      ['mypackage.baz.blue', 'mypackage.utils', 1],
    ]);
    const wildcard = CONTRACT.replace(
      /modules =[^]*$/,
      'modules = mypackage.*\n',
    );
    expect(
      checkOne(graph, wildcard).violations.map(
        v => `${v.importer} -> ${v.imported}`,
      ),
    ).toEqual(['mypackage.baz -> mypackage.utils']);
  });

  it('is an error when a listed module does not exist', () => {
    const check = checkOne(
      testGraph(['mypackage.foo', 'mypackage.bar'], []),
      CONTRACT,
    );
    expect(check.status).toBe('error');
    expect(check.error).toContain("Module 'mypackage.baz' does not exist.");
  });
});
