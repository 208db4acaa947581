import {
  brokenDetails,
  checkOne,
  testGraph,
  type TestImport,
} from './testGraph';

// Expectations written by hand from import-linter's docs/contract_types/acyclic_siblings.md.
// Which dependencies are nominated follows the heuristic that grimp's documentation of
// nominate_cycle_breakers describes (Eades-Lin-Smyth, edges weighted by the number of
// module-to-module dependencies), worked out by hand for each graph.

const contract = (options = '') => `
[importlinter]
root_package = mypackage

[importlinter:contract:my-contract]
name = Minimal acyclic siblings contract
type = acyclic_siblings
ancestors = mypackage
${options}`;

// The documentation's diagram: blue -> green -> red -> yellow -> blue between the
// children of mypackage, with no cycle between individual modules; and a cycle
// between the children of blue.
const MODULES = [
  'mypackage.blue.one',
  'mypackage.blue.six',
  'mypackage.blue.alpha.x',
  'mypackage.blue.beta',
  'mypackage.green.two',
  'mypackage.green.three',
  'mypackage.red',
  'mypackage.yellow.four',
  'mypackage.yellow.five',
];
const CYCLE: TestImport[] = [
  ['mypackage.blue.one', 'mypackage.green.two', 1],
  ['mypackage.green.three', 'mypackage.red', 2],
  ['mypackage.red', 'mypackage.yellow.four', 3],
  ['mypackage.yellow.five', 'mypackage.blue.six', 4],
];
const BLUE_CYCLE: TestImport[] = [
  ['mypackage.blue.alpha.x', 'mypackage.blue.beta', 5],
  ['mypackage.blue.beta', 'mypackage.blue.alpha', 6],
];

describe('acyclic_siblings contract', () => {
  it('is kept when the siblings have no cycle', () => {
    const graph = testGraph(MODULES, CYCLE.slice(0, 3));
    expect(checkOne(graph, contract()).status).toBe('kept');
  });

  it('finds the cycle between the children, and the one between the grandchildren', () => {
    // "an acyclic_siblings contract running on mypackage will detect a cycle between the
    // children of mypackage ... When it drills down a generation, it will also find a
    // cycle between the children of blue."
    // mypackage: every child has weighted out-degree minus in-degree 0, so blue (first
    // by name) is placed first; yellow -> blue is the only edge pointing backwards.
    // blue: one and six have no incoming edge (sources); alpha precedes beta by name.
    const graph = testGraph(MODULES, [...CYCLE, ...BLUE_CYCLE]);
    expect(brokenDetails(graph, contract())).toBe(
      [
        'No cycles are allowed in mypackage.',
        'It could be made acyclic by removing 1 dependency:',
        '',
        '- .yellow -> .blue (1 import)',
        '',
        'No cycles are allowed in mypackage.blue.',
        'It could be made acyclic by removing 1 dependency:',
        '',
        '- .beta -> .alpha (1 import)',
      ].join('\n'),
    );
    const [, blue] = checkOne(graph, contract()).cycles;
    expect(
      blue.dependencies[0].imports.map(i => [
        i.importer,
        i.imported,
        i.lineNumbers,
      ]),
    ).toEqual([['mypackage.blue.beta', 'mypackage.blue.alpha', [6]]]);
  });

  it('checks only the children of the ancestors with depth 0', () => {
    // "If depth is 0, only children of the ancestors will be checked"
    const graph = testGraph(MODULES, [...CYCLE, ...BLUE_CYCLE]);
    expect(
      checkOne(graph, contract('depth = 0')).cycles.map(c => c.package),
    ).toEqual(['mypackage']);
    expect(
      checkOne(graph, contract('depth = 1')).cycles.map(c => c.package),
    ).toEqual(['mypackage', 'mypackage.blue']);
  });

  it('counts deep imports towards their ancestors whatever the depth', () => {
    // "if .blue.some.deep.module imports .green.another.deep.module, that could still
    // contribute to a cycle between .blue and .green, even if the depth is 0"
    const graph = testGraph(
      [
        'mypackage.blue.some.deep.module',
        'mypackage.green.another.deep.module',
        'mypackage.green.x',
        'mypackage.blue.y',
      ],
      [
        [
          'mypackage.blue.some.deep.module',
          'mypackage.green.another.deep.module',
          1,
        ],
        ['mypackage.green.x', 'mypackage.blue.y', 2],
      ],
    );
    expect(brokenDetails(graph, contract('depth = 0'))).toBe(
      [
        'No cycles are allowed in mypackage.',
        'It could be made acyclic by removing 1 dependency:',
        '',
        '- .green -> .blue (1 import)',
      ].join('\n'),
    );
  });

  it('does not drill into skipped descendants', () => {
    // "if mypackage.foo.purple is a skipped descendant, then the children of that
    // package won't be checked for cycles"
    const graph = testGraph(MODULES, BLUE_CYCLE);
    expect(checkOne(graph, contract()).status).toBe('broken');
    expect(
      checkOne(graph, contract('skip_descendants = mypackage.blue')).status,
    ).toBe('kept');
  });

  it('removes the lighter dependency of a two-way cycle, counting module pairs', () => {
    // grimp: edges are "weighted according to the number of dependencies they represent
    // ... if a module imports another module in multiple places, it will be treated as a
    // single dependency". blue -> green weighs 3 (blue.a imports green.b twice), green ->
    // blue weighs 1: blue goes first (3 - 1 > 1 - 3), so green -> blue is removed.
    const graph = testGraph(
      [
        'mypackage.blue.a',
        'mypackage.blue.b',
        'mypackage.green.a',
        'mypackage.green.b',
      ],
      [
        ['mypackage.blue.a', 'mypackage.green.a', 1],
        ['mypackage.blue.a', 'mypackage.green.b', 2],
        ['mypackage.blue.a', 'mypackage.green.b', 3],
        ['mypackage.blue.b', 'mypackage.green.b', 4],
        ['mypackage.green.a', 'mypackage.blue.b', 5],
      ],
    );
    const [cycles] = checkOne(graph, contract()).cycles;
    expect(
      cycles.dependencies.map(d => [
        d.downstream,
        d.upstream,
        d.imports.length,
      ]),
    ).toEqual([['mypackage.green', 'mypackage.blue', 1]]);
    graph.addImport('mypackage.green.b', 'mypackage.blue.a', {
      path: 'src/mypackage/green/b.py',
      line: 6,
      typeCheckingOnly: false,
    });
    expect(brokenDetails(graph, contract())).toContain(
      '- .green -> .blue (2 imports)',
    );
  });

  it('lists five dependencies and says how many more there are', () => {
    // Sample output: "(and 6 more)." after five dependencies. Six two-way cycles a1 <-> a2
    // ... f1 <-> f2: by name, each x1 precedes its x2, so each x2 -> x1 is removed.
    const pairs = ['a', 'b', 'c', 'd', 'e', 'f'];
    const graph = testGraph(
      pairs.flatMap(p => [`mypackage.${p}1`, `mypackage.${p}2`]),
      pairs.flatMap((p, i): TestImport[] => [
        [`mypackage.${p}1`, `mypackage.${p}2`, i + 1],
        [`mypackage.${p}2`, `mypackage.${p}1`, i + 10],
      ]),
    );
    expect(brokenDetails(graph, contract())).toBe(
      [
        'No cycles are allowed in mypackage.',
        'It could be made acyclic by removing 6 dependencies:',
        '',
        '- .a2 -> .a1 (1 import)',
        '- .b2 -> .b1 (1 import)',
        '- .c2 -> .c1 (1 import)',
        '- .d2 -> .d1 (1 import)',
        '- .e2 -> .e1 (1 import)',
        '(and 1 more).',
      ].join('\n'),
    );
  });

  it('is kept once an import of the cycle is ignored', () => {
    // "If you want to ignore an import altogether, use ignore_imports instead."
    const graph = testGraph(MODULES, CYCLE);
    const ignoring = contract(
      'ignore_imports =\n    mypackage.yellow.five -> mypackage.blue.six',
    );
    expect(checkOne(graph, ignoring).status).toBe('kept');
  });

  it('is an error when an ancestor is also skipped, or matches nothing', () => {
    const graph = testGraph(MODULES, CYCLE);
    expect(
      checkOne(graph, contract('skip_descendants = mypackage')).error,
    ).toBe("Cannot skip 'mypackage' as it is also an ancestor.");
    const unmatched = contract().replace(
      'ancestors = mypackage',
      'ancestors = mypackage.*.nothing',
    );
    expect(checkOne(graph, unmatched).error).toBe(
      "The expression 'mypackage.*.nothing' did not match any modules.",
    );
  });
});
