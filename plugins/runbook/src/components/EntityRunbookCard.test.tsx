import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { techdocsStorageApiRef } from '@backstage/plugin-techdocs-react';
import { screen } from '@testing-library/react';
import { docsRouteRef } from '../routes';
import { EntityRunbookCard } from './EntityRunbookCard';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    namespace: 'shop',
    annotations: { 'golden-path/runbook': 'docs/ops/on-call.md' },
  },
};

// What mkdocs builds from the runbook: headings with their anchors.
const page =
  '<article><h1 id="on-call">On call</h1><h2 id="alerts">Alerts¶</h2>' +
  '<h3 id="orders-latency-fast-burn">orders-latency-fast-burn¶</h3></article>';

function render(mountedRoutes: Record<string, typeof docsRouteRef>) {
  const getEntityDocs = jest.fn(async () => page);
  return {
    getEntityDocs,
    rendered: renderInTestApp(
      <EntityProvider entity={entity}>
        <EntityRunbookCard />
      </EntityProvider>,
      {
        apis: [
          [
            techdocsStorageApiRef,
            {
              syncEntityDocs: jest.fn(async () => 'cached' as const),
              getEntityDocs,
            },
          ],
        ],
        mountedRoutes,
      },
    ),
  };
}

describe('EntityRunbookCard', () => {
  it("links each section of the runbook page the annotation names, through the app's docs route", async () => {
    const { getEntityDocs, rendered } = render({
      '/docs/:namespace/:kind/:name': docsRouteRef,
    });
    await rendered;
    const section = await screen.findByRole('link', {
      name: 'orders-latency-fast-burn',
    });
    expect(section).toHaveAttribute(
      'href',
      '/docs/shop/component/orders/ops/on-call/#orders-latency-fast-burn',
    );
    expect(
      screen.getByRole('link', { name: /Open the runbook/ }),
    ).toHaveAttribute('href', '/docs/shop/component/orders/ops/on-call/');
    expect(getEntityDocs).toHaveBeenCalledWith(
      { kind: 'Component', namespace: 'shop', name: 'orders' },
      'ops/on-call',
    );
  });

  it('lists the sections without links when the app binds no docs route', async () => {
    await render({}).rendered;
    expect(
      await screen.findByText('orders-latency-fast-burn'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
