import { brokenDetails, checkOne, pathOf, testGraph } from './testGraph';

// Every expectation below is written by hand from import-linter's documentation
// (docs/contract_types/layers.md unless said otherwise), never from our output.

const MODULES = [
  'mypackage',
  'mypackage.high',
  'mypackage.high.two',
  'mypackage.medium',
  'mypackage.medium.three',
  'mypackage.low',
  'mypackage.low.one',
  'mypackage.utils',
];

const CONTRACT = `
[importlinter]
root_package = mypackage

[importlinter:contract:my-layers-contract]
name = My layers contract
type = layers
layers =
    mypackage.high
    mypackage.medium
    mypackage.low
`;

describe('layers contract', () => {
  it('is kept when higher layers import lower ones', () => {
    // "higher layers may depend on lower layers, but not the other way around"
    const graph = testGraph(MODULES, [
      ['mypackage.high.two', 'mypackage.medium.three', 4],
      ['mypackage.medium.three', 'mypackage.low.one', 6],
      ['mypackage.high.two', 'mypackage.low', 7],
    ]);
    expect(checkOne(graph, CONTRACT).status).toBe('kept');
  });

  it('is broken when a module of a lower layer imports a module of a higher one', () => {
    // "mypackage.low.one would not be allowed to import from mypackage.high.two"
    const graph = testGraph(MODULES, [
      ['mypackage.low.one', 'mypackage.high.two', 5],
    ]);
    const check = checkOne(graph, CONTRACT);
    expect(check.status).toBe('broken');
    expect(check.violations).toHaveLength(1);
    const [link] = check.violations[0].chains[0].links;
    expect(link.sites).toEqual([
      { path: pathOf('mypackage.low.one'), line: 5, typeCheckingOnly: false },
    ]);
    expect(brokenDetails(graph, CONTRACT)).toBe(
      [
        'mypackage.low is not allowed to import mypackage.high:',
        '',
        '- mypackage.low.one -> mypackage.high.two (l.5)',
      ].join('\n'),
    );
  });

  it('counts indirect imports through modules that are not layers', () => {
    // "if there was a module not listed here that imports high (say, utils) then low
    // wouldn't be allowed to import that either"
    const graph = testGraph(MODULES, [
      ['mypackage.low.one', 'mypackage.utils', 3],
      ['mypackage.utils', 'mypackage.high', 8],
    ]);
    expect(brokenDetails(graph, CONTRACT)).toBe(
      [
        'mypackage.low is not allowed to import mypackage.high:',
        '',
        '- mypackage.low.one -> mypackage.utils (l.3)',
        '  mypackage.utils -> mypackage.high (l.8)',
      ].join('\n'),
    );
  });

  it('lets the middle layer import the lowest but not the highest', () => {
    // "medium can import from low but not high"
    const graph = testGraph(MODULES, [
      ['mypackage.medium.three', 'mypackage.low.one', 2],
      ['mypackage.medium.three', 'mypackage.high.two', 9],
    ]);
    const check = checkOne(graph, CONTRACT);
    expect(check.violations.map(v => [v.importer, v.imported])).toEqual([
      ['mypackage.medium', 'mypackage.high'],
    ]);
  });

  it('reports a chain through another layer as the violations of its parts', () => {
    // grimp (import-linter's graph library) searches each pair of layers with the
    // other layers removed, so low -> medium -> high is reported as low -> medium
    // and medium -> high, not as low -> high.
    const graph = testGraph(MODULES, [
      ['mypackage.low.one', 'mypackage.medium.three', 1],
      ['mypackage.medium.three', 'mypackage.high.two', 2],
    ]);
    expect(
      checkOne(graph, CONTRACT).violations.map(
        v => `${v.importer} -> ${v.imported}`,
      ),
    ).toEqual([
      'mypackage.low -> mypackage.medium',
      'mypackage.medium -> mypackage.high',
    ]);
  });

  it('lists every route, merging the heads and tails of routes with one middle', () => {
    // import-linter prints fanned-in and fanned-out chains with "&" lines
    // (contracts/_common.py, render_chain_data); a direct import is its own route.
    const graph = testGraph(
      MODULES.concat(['mypackage.low.two', 'mypackage.high.one']),
      [
        ['mypackage.low.one', 'mypackage.utils', 1],
        ['mypackage.low.two', 'mypackage.utils', 2],
        ['mypackage.utils', 'mypackage.high.one', 3],
        ['mypackage.utils', 'mypackage.high.two', 4],
        ['mypackage.low.two', 'mypackage.high.one', 5],
      ],
    );
    expect(brokenDetails(graph, CONTRACT)).toBe(
      [
        'mypackage.low is not allowed to import mypackage.high:',
        '',
        '- mypackage.low.two -> mypackage.high.one (l.5)',
        '',
        '- mypackage.low.one (l.1)',
        '  & mypackage.low.two -> mypackage.utils (l.2)',
        '  mypackage.utils -> mypackage.high.one (l.3)',
        '                     & mypackage.high.two (l.4)',
      ].join('\n'),
    );
  });

  it('is an error when a listed layer does not exist, unless it is optional', () => {
    // "If a layer is listed in the contract, the contract will be broken if the layer
    // doesn't exist. You can make a layer optional by wrapping it in parentheses."
    // (import-linter raises an error for it, so no verdict is given.)
    const graph = testGraph(
      ['mypackage', 'mypackage.high', 'mypackage.low'],
      [],
    );
    const check = checkOne(graph, CONTRACT);
    expect(check.status).toBe('error');
    expect(check.error).toContain("Missing layer 'mypackage.medium'");
    const optional = CONTRACT.replace(
      '    mypackage.medium',
      '    (mypackage.medium)',
    );
    expect(checkOne(graph, optional).status).toBe('kept');
  });

  it('checks each container on its own, with optional layers', () => {
    // "it will not allow mypackage.foo.low to import mypackage.foo.high. However, it
    // will allow mypackage.foo.low to import mypackage.bar.high" and "if it is
    // missing from any of the containers, Import Linter won't complain."
    // mypackage.bar has no medium layer.
    const graph = testGraph(
      [
        'mypackage',
        ...['high', 'medium', 'low'].map(layer => `mypackage.foo.${layer}`),
        ...['high', 'low'].map(layer => `mypackage.bar.${layer}`),
      ],
      [['mypackage.foo.low', 'mypackage.bar.high', 3]],
    );
    const contract = `
[importlinter]
root_package = mypackage

[importlinter:contract:my-layers-contract]
name = My multiple package layers contract
type = layers
layers =
    high
    (medium)
    low
containers =
    mypackage.foo
    mypackage.bar
`;
    expect(checkOne(graph, contract).status).toBe('kept');
    graph.addImport('mypackage.foo.low', 'mypackage.foo.high', {
      path: pathOf('mypackage.foo.low'),
      line: 4,
      typeCheckingOnly: false,
    });
    expect(brokenDetails(graph, contract)).toBe(
      [
        'mypackage.foo.low is not allowed to import mypackage.foo.high:',
        '',
        '- mypackage.foo.low -> mypackage.foo.high (l.4)',
      ].join('\n'),
    );
  });

  it('is an error when a container is outside the root package', () => {
    // containers are "the parent modules of the layers"; import-linter rejects one
    // that is not in a root package.
    const graph = testGraph(
      ['mypackage', 'mypackage.high', 'mypackage.low'],
      [],
    );
    const check = checkOne(
      graph,
      `[importlinter]\nroot_package = mypackage\n[importlinter:contract:c]\nname = C\ntype = layers\nlayers = high\ncontainers = otherpackage\n`,
    );
    expect(check.status).toBe('error');
    expect(check.error).toContain("Invalid container 'otherpackage'");
  });

  describe('exhaustive', () => {
    const contract = `
[importlinter]
root_package = mypackage

[importlinter:contract:my-layers-contract]
name = My multiple package layers contract
type = layers
layers =
    high
    (medium)
    low
containers=
    mypackage.foo
exhaustive = true
exhaustive_ignores =
    utils
`;

    it('is broken by a child of a container that is not a layer', () => {
      // "If, say, a module existed called mypackage.foo.extra, the contract will fail
      // as it is not listed as a layer. However mypackage.foo.utils would be allowed"
      const graph = testGraph(
        ['high', 'low', 'utils', 'extra'].map(m => `mypackage.foo.${m}`),
        [],
      );
      const check = checkOne(graph, contract);
      expect(check.status).toBe('broken');
      expect(brokenDetails(graph, contract)).toBe(
        [
          'The following modules are not listed as layers:',
          '',
          '- mypackage.foo.extra',
          '',
          "(Since this contract is marked as 'exhaustive', every child of every container must be declared as a layer.)",
        ].join('\n'),
      );
    });

    it('is kept when every child is a layer or ignored', () => {
      const graph = testGraph(
        ['high', 'low', 'utils'].map(m => `mypackage.foo.${m}`),
        [],
      );
      expect(checkOne(graph, contract).status).toBe('kept');
    });
  });

  describe('multi-item layers', () => {
    const modules = ['high', 'blue', 'green', 'yellow', 'low'].map(
      m => `mypackage.${m}`,
    );
    const independent = `
[importlinter]
root_package = mypackage

[importlinter:contract:my-layers-contract]
name = Contract with sibling modules (independent)
type = layers
layers =
    mypackage.high
    mypackage.blue | mypackage.green | mypackage.yellow
    mypackage.low
`;

    it('forbids independent siblings to import each other', () => {
      // "blue, green and yellow are 'independent' in the same layer. This means that,
      // in addition to not being allowed to import from layers above them, they are
      // not allowed to import from each other."
      const graph = testGraph(modules, [
        ['mypackage.blue', 'mypackage.green', 2],
        ['mypackage.yellow', 'mypackage.high', 3],
        ['mypackage.green', 'mypackage.low', 4],
      ]);
      expect(
        checkOne(graph, independent).violations.map(
          v => `${v.importer} -> ${v.imported}`,
        ),
      ).toEqual([
        'mypackage.blue -> mypackage.green',
        'mypackage.yellow -> mypackage.high',
      ]);
    });

    it('lets siblings separated by colons import each other', () => {
      // "To allow siblings to depend on each other, use colons instead of pipes"
      const graph = testGraph(modules, [
        ['mypackage.blue', 'mypackage.green', 2],
        ['mypackage.green', 'mypackage.yellow', 3],
      ]);
      expect(checkOne(graph, independent.replace(/ \| /g, ' : ')).status).toBe(
        'kept',
      );
      expect(checkOne(graph, independent).status).toBe('broken');
    });
  });

  it('layers root packages', () => {
    // "Layering across root packages": high, medium and low are root packages.
    const graph = testGraph(
      ['high', 'medium', 'low', 'low.one'],
      [['low.one', 'high', 7]],
    );
    const contract = `
[importlinter]
root_packages=
    high
    medium
    low

[importlinter:contract:my-layers-contract]
name = My three-tier layers contract (multiple root packages)
type = layers
layers =
    high
    medium
    low
`;
    expect(brokenDetails(graph, contract)).toBe(
      [
        'low is not allowed to import high:',
        '',
        '- low.one -> high (l.7)',
      ].join('\n'),
    );
  });

  it('leaves out imports under TYPE_CHECKING when exclude_type_checking_imports is set', () => {
    // docs/get_started/configure.md: "If this is True, any import made under an
    // if TYPE_CHECKING: statement will not be added to the graph."
    const graph = testGraph(MODULES, [
      ['mypackage.low.one', 'mypackage.high.two', 5, true],
    ]);
    expect(checkOne(graph, CONTRACT).status).toBe('broken');
    const excluding = CONTRACT.replace(
      'root_package = mypackage',
      'root_package = mypackage\nexclude_type_checking_imports = True',
    );
    expect(checkOne(graph, excluding).status).toBe('kept');
  });

  it('is kept once the offending import is ignored, with a wildcard', () => {
    // docs/contract_types/index.md: ignore_imports "if the import would cause a
    // contract to be broken, adding it to the list will cause the contract be kept
    // instead"; "mypackage.*.baz" matches one module name in place of the star.
    const graph = testGraph(MODULES, [
      ['mypackage.low.one', 'mypackage.high.two', 5],
    ]);
    const check = checkOne(
      graph,
      `${CONTRACT}ignore_imports =\n    mypackage.*.one -> mypackage.high.**\n`,
    );
    expect(check.status).toBe('kept');
    expect(check.ignoredImportCount).toBe(1);
  });
});
