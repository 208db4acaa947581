import { ContractGraph } from './ContractGraph';
import { testGraph } from './testGraph';

const session = (overrides = {}) => ({
  rootPackages: ['mypackage'],
  includeExternalPackages: false,
  excludeTypeCheckingImports: false,
  ...overrides,
});

describe('ContractGraph', () => {
  const graph = testGraph(
    ['mypackage', 'mypackage.a', 'mypackage.b.c', 'tests', 'tests.test_a'],
    [
      ['mypackage.a', 'mypackage.b.c.Thing', 1],
      ['mypackage.a', 'django.db.models', 2],
      ['mypackage.a', 'django.http', 3],
      ['mypackage.a', 'tests.test_a', 4],
      ['mypackage.b.c', 'mypackage.a', 5, true],
      ['tests.test_a', 'mypackage.a', 6],
    ],
  );

  it('keeps the root packages, their parent packages and their imports only', () => {
    // configure.md: root_package is "the name of the Python package to validate".
    const view = ContractGraph.fromImportGraph(graph, session());
    expect([...view.modules].sort()).toEqual([
      'mypackage',
      'mypackage.a',
      'mypackage.b',
      'mypackage.b.c',
    ]);
    expect(view.children('mypackage')).toEqual(['mypackage.a', 'mypackage.b']);
    // An imported name inside the package resolves to its nearest module.
    expect(view.importsOf('mypackage.a')).toEqual(['mypackage.b.c']);
    expect(view.importersOf('mypackage.a')).toEqual(['mypackage.b.c']);
  });

  it('squashes external packages to their top-level name when they are included', () => {
    // configure.md: with include_external_packages, "imports *of* external packages will
    // be available for checking"; grimp adds each as a squashed top-level module.
    const view = ContractGraph.fromImportGraph(
      graph,
      session({ includeExternalPackages: true }),
    );
    expect(view.importsOf('mypackage.a')).toEqual([
      'django',
      'mypackage.b.c',
      'tests',
    ]);
    expect(
      view.sitesOf('mypackage.a', 'django').map(site => site.line),
    ).toEqual([2, 3]);
    expect(view.isSquashed('django')).toBe(true);
    expect(view.withDescendants('django')).toEqual(new Set(['django']));
  });

  it('leaves out TYPE_CHECKING imports when asked', () => {
    const view = ContractGraph.fromImportGraph(
      graph,
      session({ excludeTypeCheckingImports: true }),
    );
    expect(view.importersOf('mypackage.a')).toEqual([]);
  });
});
