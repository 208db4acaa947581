import { brokenDetails, checkOne, testGraph } from './testGraph';

// Expectations written by hand from import-linter's docs/contract_types/forbidden.md
// (and, where said, grimp's documentation of find_shortest_chains, which the
// forbidden contract uses), never from our own output.

const contract = (options: string, session = '') => `
[importlinter]
root_package = mypackage
${session}
[importlinter:contract:my-forbidden-contract]
name = My forbidden contract
type = forbidden
${options}
`;

const ONE_TWO = contract(
  `source_modules =\n    mypackage.one\nforbidden_modules =\n    mypackage.two`,
);

describe('forbidden contract', () => {
  describe('the documentation example with ignored imports', () => {
    const modules = [
      'mypackage.one',
      'mypackage.one.green',
      'mypackage.two',
      'mypackage.three.blue',
      'mypackage.four',
      'mypackage.four.x',
      'mypackage.five.green',
      'mypackage.utils',
    ];
    const imports: Array<[string, string, number]> = [
      ['mypackage.one.green', 'mypackage.utils', 3],
      ['mypackage.utils', 'mypackage.four.x', 7],
      ['mypackage.two', 'mypackage.four', 2],
    ];
    const options = `
source_modules =
    mypackage.one
    mypackage.two
    mypackage.three.blue
forbidden_modules =
    mypackage.four
    mypackage.five.green`;

    it('is kept when the offending imports are ignored', () => {
      // "ignore_imports = mypackage.one.green -> mypackage.utils, mypackage.two -> mypackage.four"
      const ignores = `
ignore_imports =
    mypackage.one.green -> mypackage.utils
    mypackage.two -> mypackage.four`;
      const check = checkOne(
        testGraph(modules, imports),
        contract(options + ignores),
      );
      expect(check.status).toBe('kept');
      expect(check.ignoredImportCount).toBe(2);
    });

    it('is broken without them, with the indirect chain and the direct import', () => {
      // "Indirect imports will also be checked."
      expect(
        brokenDetails(testGraph(modules, imports), contract(options)),
      ).toBe(
        [
          'mypackage.one is not allowed to import mypackage.four:',
          '',
          '-   mypackage.one.green -> mypackage.utils (l.3)',
          '    mypackage.utils -> mypackage.four.x (l.7)',
          '',
          '',
          'mypackage.two is not allowed to import mypackage.four:',
          '',
          '-   mypackage.two -> mypackage.four (l.2)',
        ].join('\n'),
      );
    });
  });

  it('checks descendants of the source and forbidden modules', () => {
    // "if mypackage.one is forbidden from importing mypackage.two, then mypackage.one.blue
    // will be forbidden from importing mypackage.two.green"
    const graph = testGraph(
      ['mypackage.one.blue', 'mypackage.two.green'],
      [['mypackage.one.blue', 'mypackage.two.green', 4]],
    );
    expect(brokenDetails(graph, ONE_TWO)).toBe(
      [
        'mypackage.one is not allowed to import mypackage.two:',
        '',
        '-   mypackage.one.blue -> mypackage.two.green (l.4)',
      ].join('\n'),
    );
  });

  it('checks only the listed modules when as_packages is false', () => {
    // "only explicitly listed modules will be checked, not their descendants"
    const graph = testGraph(
      ['mypackage.one.blue', 'mypackage.two.green'],
      [['mypackage.one.blue', 'mypackage.two.green', 4]],
    );
    expect(checkOne(graph, `${ONE_TWO}as_packages = False\n`).status).toBe(
      'kept',
    );
    graph.addImport('mypackage.one', 'mypackage.two', {
      path: 'src/mypackage/one/__init__.py',
      line: 1,
      typeCheckingOnly: false,
    });
    expect(checkOne(graph, `${ONE_TWO}as_packages = False\n`).status).toBe(
      'broken',
    );
  });

  it('reports one shortest chain per importing and imported module', () => {
    // grimp find_shortest_chains: "Only one chain per upstream/downstream pair will be
    // included." one.b imports two.y directly and through utils: only the direct one.
    const graph = testGraph(
      [
        'mypackage.one.a',
        'mypackage.one.b',
        'mypackage.two.x',
        'mypackage.two.y',
        'mypackage.utils',
      ],
      [
        ['mypackage.one.a', 'mypackage.two.x', 1],
        ['mypackage.one.b', 'mypackage.utils', 2],
        ['mypackage.utils', 'mypackage.two.y', 3],
        ['mypackage.one.b', 'mypackage.two.y', 4],
      ],
    );
    expect(brokenDetails(graph, ONE_TWO)).toBe(
      [
        'mypackage.one is not allowed to import mypackage.two:',
        '',
        '-   mypackage.one.a -> mypackage.two.x (l.1)',
        '',
        '-   mypackage.one.b -> mypackage.two.y (l.4)',
      ].join('\n'),
    );
  });

  it('allows indirect imports with allow_indirect_imports', () => {
    // "allow_indirect_imports: If True, allow indirect imports to forbidden modules
    // without interpreting them as a reason to mark the contract broken."
    const graph = testGraph(
      [
        'mypackage.one.a',
        'mypackage.one.b',
        'mypackage.two.x',
        'mypackage.utils',
      ],
      [
        ['mypackage.one.a', 'mypackage.utils', 1],
        ['mypackage.utils', 'mypackage.two.x', 2],
      ],
    );
    const allowing = `${ONE_TWO}allow_indirect_imports = True\n`;
    expect(checkOne(graph, allowing).status).toBe('kept');
    expect(checkOne(graph, ONE_TWO).status).toBe('broken');
    graph.addImport('mypackage.one.b', 'mypackage.two.x', {
      path: 'src/mypackage/one/b.py',
      line: 9,
      typeCheckingOnly: false,
    });
    expect(brokenDetails(graph, allowing)).toBe(
      [
        'mypackage.one is not allowed to import mypackage.two:',
        '',
        '-   mypackage.one.b -> mypackage.two.x (l.9)',
      ].join('\n'),
    );
  });

  describe('external packages', () => {
    const modules = [
      'mypackage.one.green',
      'mypackage.one.blue',
      'mypackage.two',
      'mypackage.three',
    ];
    const imports: Array<[string, string, number]> = [
      ['mypackage.one.green', 'sqlalchemy.orm', 1],
      ['mypackage.one.blue', 'django.db.models', 2],
      ['mypackage.two', 'requests', 5],
    ];
    const options = `
source_modules =
    mypackage.one
    mypackage.two
forbidden_modules =
    mypackage.three
    django
    requests`;

    it('forbids top-level external packages when include_external_packages is set', () => {
      // The second documentation example; "ignore_imports = mypackage.one.green -> sqlalchemy".
      const ini = contract(
        `${options}\nignore_imports =\n    mypackage.one.green -> sqlalchemy`,
        'include_external_packages = True',
      );
      expect(brokenDetails(testGraph(modules, imports), ini)).toBe(
        [
          'mypackage.one is not allowed to import django:',
          '',
          '-   mypackage.one.blue -> django (l.2)',
          '',
          '',
          'mypackage.two is not allowed to import requests:',
          '',
          '-   mypackage.two -> requests (l.5)',
        ].join('\n'),
      );
    });

    it('needs include_external_packages', () => {
      // "If external packages are included, the top level configuration must have
      // include_external_packages = True."
      const check = checkOne(testGraph(modules, imports), contract(options));
      expect(check.status).toBe('error');
      expect(check.error).toContain('include_external_packages=True');
    });

    it('accepts only top-level external packages', () => {
      // "These may include root level external packages (i.e. django, but not django.db.models)."
      const check = checkOne(
        testGraph(modules, imports),
        contract(
          'source_modules = mypackage.one\nforbidden_modules = django.db.models',
          'include_external_packages = True',
        ),
      );
      expect(check.status).toBe('error');
      expect(check.error).toContain(
        'subpackages of external packages are not valid',
      );
    });
  });

  it('is an error when a source module does not exist, and skips absent forbidden ones', () => {
    // import-linter raises "Module '...' does not exist." for source modules only.
    const graph = testGraph(['mypackage.one', 'mypackage.two'], []);
    const missingSource = contract(
      'source_modules = mypackage.nothere\nforbidden_modules = mypackage.two',
    );
    expect(checkOne(graph, missingSource).error).toBe(
      "Module 'mypackage.nothere' does not exist. Check the name against the package's modules.",
    );
    const missingForbidden = contract(
      'source_modules = mypackage.one\nforbidden_modules = mypackage.gone',
    );
    expect(checkOne(graph, missingForbidden).status).toBe('kept');
  });

  it('does not check a source module against a forbidden wildcard that matches it', () => {
    // importlinter/contracts/forbidden.py: "This allows a wildcard such as mypackage.* to
    // be used as a forbidden module even when a source module is one of the modules it
    // matches."
    const graph = testGraph(
      ['mypackage.one.a', 'mypackage.two'],
      [
        ['mypackage.one.a', 'mypackage.one', 1],
        ['mypackage.one.a', 'mypackage.two', 2],
      ],
    );
    const check = checkOne(
      graph,
      contract(
        'source_modules = mypackage.one\nforbidden_modules = mypackage.*',
      ),
    );
    expect(check.violations.map(v => `${v.importer} -> ${v.imported}`)).toEqual(
      ['mypackage.one -> mypackage.two'],
    );
  });
});
