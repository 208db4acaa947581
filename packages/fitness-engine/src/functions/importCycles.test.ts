import { ImportGraph } from '../graph/ImportGraph';
import { importCycles, importCyclesFunction, oneCycle } from './importCycles';

function graphOf(edges: [string, string, number][]) {
  const graph = new ImportGraph();
  for (const [importer, imported, line] of edges) {
    graph.addModule(importer);
    graph.addModule(imported);
    graph.addImport(importer, imported, {
      path: `${importer.replace(/\./g, '/')}.py`,
      line,
      typeCheckingOnly: false,
    });
  }
  return graph;
}

const tree = {
  files: [],
  warnings: [],
  contentHash: '',
  readText: async () => '',
};

describe('import cycles', () => {
  it('finds each strongly connected component once, and one shortest cycle in it', () => {
    // a -> b -> c -> a is a cycle of three; d -> e -> d one of two; f is alone.
    const graph = graphOf([
      ['app.a', 'app.b', 1],
      ['app.b', 'app.c', 2],
      ['app.c', 'app.a', 3],
      ['app.c', 'app.d', 4],
      ['app.d', 'app.e', 5],
      ['app.e', 'app.d', 6],
      ['app.f', 'app.a', 7],
    ]);
    const components = importCycles(graph).sort((x, y) => x.length - y.length);
    expect(components).toEqual([
      ['app.d', 'app.e'],
      ['app.a', 'app.b', 'app.c'],
    ]);
    expect(oneCycle(graph, components[1])).toEqual([
      'app.a',
      'app.b',
      'app.c',
      'app.a',
    ]);
  });

  it('ignores external modules and acyclic graphs', () => {
    const graph = graphOf([['app.a', 'app.b', 1]]);
    graph.addImport('app.b', 'requests', {
      path: 'app/b.py',
      line: 1,
      typeCheckingOnly: false,
    });
    expect(importCycles(graph)).toEqual([]);
  });

  it('handles a chain 10,000 modules deep without recursion', () => {
    const edges: [string, string, number][] = [];
    for (let i = 0; i < 10_000; i++)
      edges.push([`app.m${i}`, `app.m${i + 1}`, 1]);
    edges.push(['app.m10000', 'app.m0', 1]);
    expect(importCycles(graphOf(edges))[0]).toHaveLength(10_001);
  });

  it('fails with the cycle and the file:line of its first import as evidence', async () => {
    const graph = graphOf([
      ['shop.domain.product', 'shop.domain.pricing', 8],
      ['shop.domain.pricing', 'shop.domain.product', 7],
    ]);
    const outcome = await importCyclesFunction.evaluate({
      tree,
      graph,
      now: new Date(),
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual([
      {
        path: 'shop/domain/pricing.py',
        line: 7,
        message:
          'cycle of 2 modules: shop.domain.pricing -> shop.domain.product -> shop.domain.pricing',
      },
    ]);
  });
});
