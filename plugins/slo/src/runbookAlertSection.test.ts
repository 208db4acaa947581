import { Entity } from '@backstage/catalog-model';
import { runbookAlertSection } from './runbookAlertSection';

const component = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders', namespace: 'shop', annotations },
});

describe('runbookAlertSection', () => {
  it("links the alert policy's section of the runbook page named by the annotation", () => {
    expect(
      runbookAlertSection(
        component({
          'backstage.io/techdocs-ref': 'dir:.',
          'golden-path/runbook': 'docs/ops/on-call.md',
        }),
        'Orders availability fast burn',
      ),
    ).toEqual({
      page: 'ops/on-call/',
      anchor: 'orders-availability-fast-burn',
    });
  });

  it('has no link without TechDocs', () => {
    expect(
      runbookAlertSection(component({}), 'orders-fast-burn'),
    ).toBeUndefined();
  });
});
