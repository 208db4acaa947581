import { Entity } from '@backstage/catalog-model';
import { runbookAlertHref } from './runbookAlertHref';

const component = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders', namespace: 'shop', annotations },
});

describe('runbookAlertHref', () => {
  it("links the alert policy's section of the runbook page named by the annotation", () => {
    expect(
      runbookAlertHref(
        component({
          'backstage.io/techdocs-ref': 'dir:.',
          'golden-path/runbook': 'docs/ops/on-call.md',
        }),
        'Orders availability fast burn',
      ),
    ).toBe(
      '/docs/shop/component/orders/ops/on-call/#orders-availability-fast-burn',
    );
  });

  it('has no link without TechDocs', () => {
    expect(runbookAlertHref(component({}), 'orders-fast-burn')).toBeUndefined();
  });
});
