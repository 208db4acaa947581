import { docsPageOfFile, docsPagePath, entityPagePath } from './links';

describe('links made outside the app', () => {
  it('names an entity page and its tabs with the kind in lower case', () => {
    expect(entityPagePath('Component:default/orders')).toBe(
      '/catalog/default/component/orders',
    );
    expect(entityPagePath('component:shop/orders', 'fitness')).toBe(
      '/catalog/shop/component/orders/fitness',
    );
  });

  it('maps a docs file to its TechDocs page, as mkdocs does', () => {
    expect(docsPageOfFile('docs/fitness/layer-contracts.md')).toBe(
      'fitness/layer-contracts/',
    );
    expect(docsPageOfFile('docs/index.md')).toBe('');
    expect(docsPageOfFile('./docs/ops/index.md')).toBe('ops/');
    expect(
      docsPagePath(
        'component:default/golden-path-portal',
        'fitness/layer-contracts/',
      ),
    ).toBe(
      '/docs/default/component/golden-path-portal/fitness/layer-contracts/',
    );
    expect(
      docsPagePath('component:default/orders', 'runbook/', 'orders-latency'),
    ).toBe('/docs/default/component/orders/runbook/#orders-latency');
  });
});
