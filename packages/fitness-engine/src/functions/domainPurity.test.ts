import { ImportGraph } from '../graph/ImportGraph';
import { domainPurityFunction } from './domainPurity';

const tree = {
  files: [],
  warnings: [],
  contentHash: '',
  readText: async () => '',
};
const site = (path: string, line: number) => ({
  path,
  line,
  typeCheckingOnly: false,
});

function shop() {
  const graph = new ImportGraph();
  for (const m of [
    'shop',
    'shop.domain',
    'shop.domain.order',
    'shop.infrastructure.db',
  ]) {
    graph.addModule(m);
  }
  graph.addImport(
    'shop.infrastructure.db',
    'sqlalchemy.orm',
    site('src/shop/infrastructure/db.py', 3),
  );
  graph.addImport(
    'shop.domain.order',
    'dataclasses',
    site('src/shop/domain/order.py', 1),
  );
  return graph;
}

describe('domain purity', () => {
  it('passes when only other layers import frameworks', async () => {
    const outcome = await domainPurityFunction().evaluate({
      tree,
      graph: shop(),
      rootPackage: 'shop',
      now: new Date(),
    });
    expect(outcome.status).toBe('pass');
  });

  it('fails on each framework import in the domain, with file:line', async () => {
    const graph = shop();
    graph.addImport(
      'shop.domain.order',
      'pydantic',
      site('src/shop/domain/order.py', 4),
    );
    graph.addImport(
      'shop.domain',
      'fastapi.routing',
      site('src/shop/domain/__init__.py', 2),
    );
    const outcome = await domainPurityFunction().evaluate({
      tree,
      graph,
      rootPackage: 'shop',
      now: new Date(),
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual(
      expect.arrayContaining([
        {
          path: 'src/shop/domain/order.py',
          line: 4,
          message: 'shop.domain.order imports pydantic',
        },
        {
          path: 'src/shop/domain/__init__.py',
          line: 2,
          message: 'shop.domain imports fastapi.routing',
        },
      ]),
    );
  });

  it('fails a domain that imports flask or django, which it once called pure', async () => {
    for (const framework of ['flask', 'django.db.models']) {
      const graph = shop();
      graph.addImport(
        'shop.domain.order',
        framework,
        site('src/shop/domain/order.py', 3),
      );
      const outcome = await domainPurityFunction().evaluate({
        tree,
        graph,
        rootPackage: 'shop',
        now: new Date(),
      });
      expect(outcome.status).toBe('fail');
      expect(outcome.summary).toContain(framework.split('.')[0]);
    }
  });

  it('warns on any other third-party package, and passes the standard library and __future__', async () => {
    const graph = shop();
    graph.addImport(
      'shop.domain.order',
      '__future__',
      site('src/shop/domain/order.py', 1),
    );
    graph.addImport(
      'shop.domain.order',
      'attrs',
      site('src/shop/domain/order.py', 2),
    );
    const outcome = await domainPurityFunction().evaluate({
      tree,
      graph,
      rootPackage: 'shop',
      now: new Date(),
    });
    expect(outcome).toEqual({
      status: 'warn',
      summary:
        'The domain depends on third-party packages (attrs), not on the standard library alone.',
      evidence: [
        {
          path: 'src/shop/domain/order.py',
          line: 2,
          message: 'shop.domain.order imports attrs (a third-party package)',
        },
      ],
    });
  });

  it('takes a configured list, and does not apply without a domain package', async () => {
    const graph = shop();
    graph.addImport(
      'shop.domain.order',
      'attrs',
      site('src/shop/domain/order.py', 2),
    );
    const custom = domainPurityFunction(['attrs']);
    expect(
      (
        await custom.evaluate({
          tree,
          graph,
          rootPackage: 'shop',
          now: new Date(),
        })
      ).status,
    ).toBe('fail');
    expect(
      custom.appliesTo({ tree, graph, rootPackage: 'other', now: new Date() }),
    ).toBe(false);
  });
});
