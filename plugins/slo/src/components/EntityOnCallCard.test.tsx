import { Entity } from '@backstage/catalog-model';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  burning,
  healthy,
  orders,
  SLO_BASE,
  unreachable,
} from '../__testUtils__/fixtures';
import { renderWithSloApis } from '../__testUtils__/renderWithSloApis';
import { EntityOnCallCard } from './EntityOnCallCard';
import { EntitySlo } from '@internal/plugin-slo-common';

const server = setupServer();
registerMswTestHooks(server);

const entitySlos = `${SLO_BASE}/entities/component/default/orders`;

const warning: EntitySlo = {
  ...healthy,
  sloRef: 'slo:default/orders-checkout',
  title: 'Orders checkout',
  evaluation: { ...healthy.evaluation!, status: 'warning' },
};

describe('EntityOnCallCard', () => {
  it('puts the burning SLOs first with their runbook section, then the owner to call', async () => {
    server.use(
      http.get(entitySlos, () =>
        HttpResponse.json({ items: [healthy, unreachable, warning, burning] }),
      ),
    );
    renderWithSloApis(<EntityOnCallCard />, { entity: orders });

    expect(await screen.findByText('On call')).toBeInTheDocument();
    const slos = within(screen.getByRole('region', { name: 'SLOs' }));
    const titles = await slos.findAllByRole('heading', { level: 3 });
    expect(titles.map(t => t.textContent)).toEqual([
      'Orders availability',
      'Orders checkout',
      'Orders latency',
      'Orders freshness',
    ]);
    expect(slos.getByText('page')).toBeInTheDocument();
    expect(
      slos.getByRole('link', { name: 'orders-availability-fast-burn' }),
    ).toHaveAttribute(
      'href',
      '/docs/default/component/orders/runbook/#orders-availability-fast-burn',
    );

    const owner = within(screen.getByRole('region', { name: 'Owner' }));
    expect(await owner.findByText('Platform Team')).toBeInTheDocument();
    expect(
      owner.getByRole('link', { name: 'platform@example.com' }),
    ).toHaveAttribute('href', 'mailto:platform@example.com');
    expect(
      owner.getByRole('link', { name: /^#platform-oncall/ }),
    ).toHaveAttribute('href', 'https://chat.example.com/platform-oncall');
  });

  it('says what to do when there are no SLOs and no owner', async () => {
    server.use(http.get(entitySlos, () => HttpResponse.json({ items: [] })));
    const unowned: Entity = {
      ...orders,
      spec: { type: 'service' },
      relations: [],
    };
    renderWithSloApis(<EntityOnCallCard />, { entity: unowned });
    expect(
      await screen.findByText(/No owner. Set spec.owner/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/No SLOs. Add an openslo.yaml/),
    ).toBeInTheDocument();
  });

  it('says when the owner is not in the catalog', async () => {
    server.use(http.get(entitySlos, () => HttpResponse.json({ items: [] })));
    renderWithSloApis(<EntityOnCallCard />, {
      entity: orders,
      catalog: [orders],
    });
    expect(
      await screen.findByText(/group:default\/platform is not in the catalog/),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the SLOs cannot be loaded", async () => {
    server.use(
      http.get(entitySlos, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'the SLO store is not reachable' },
            response: { statusCode: 503 },
          },
          { status: 503 },
        ),
      ),
    );
    renderWithSloApis(<EntityOnCallCard />, { entity: orders });
    expect(
      (await screen.findAllByText(/the SLO store is not reachable/)).length,
    ).toBeGreaterThan(0);
    // The owner's contact still shows.
    expect(await screen.findByText('Platform Team')).toBeInTheDocument();
  });
});
