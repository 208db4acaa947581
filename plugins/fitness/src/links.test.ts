import { Entity } from '@backstage/catalog-model';
import { sourceHref } from './links';

const entity = (location?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    annotations: location ? { 'backstage.io/source-location': location } : {},
  },
});

describe('links', () => {
  it('links evidence to its line on GitHub', () => {
    expect(
      sourceHref(
        entity('url:https://github.com/acme/orders/tree/main/'),
        'src/orders/domain/order.py',
        12,
      ),
    ).toBe(
      'https://github.com/acme/orders/tree/main/src/orders/domain/order.py#L12',
    );
  });

  it('gives no link for local repositories', () => {
    expect(
      sourceHref(entity('file:/data/repos/orders/'), 'src/a.py', 1),
    ).toBeUndefined();
    expect(sourceHref(entity(), 'src/a.py', 1)).toBeUndefined();
  });
});
