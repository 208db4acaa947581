import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  burning,
  healthy,
  notEvaluated,
  onDatadog,
  orders,
  SLO_BASE,
  unreachable,
} from '../__testUtils__/fixtures';
import { renderWithSloApis } from '../__testUtils__/renderWithSloApis';
import { EntitySlosCard } from './EntitySlosCard';

const server = setupServer();
registerMswTestHooks(server);

const entitySlos = `${SLO_BASE}/entities/component/default/orders`;

describe('EntitySlosCard', () => {
  it('shows each SLO with target, SLI, budget, status and the firing alert linked to its runbook section', async () => {
    server.use(
      http.get(entitySlos, () =>
        HttpResponse.json({
          items: [burning, healthy, unreachable, notEvaluated, onDatadog],
        }),
      ),
    );
    renderWithSloApis(<EntitySlosCard />, { entity: orders });

    expect(await screen.findByText('Orders availability')).toBeInTheDocument();
    expect(screen.getByText('Target 99.9 %')).toBeInTheDocument();
    expect(screen.getByText('SLI 99.62 %')).toBeInTheDocument();
    expect(screen.getByText('Budget remaining: 18 %')).toBeInTheDocument();
    expect(screen.getByText('burning')).toBeInTheDocument();
    expect(screen.getByText('page')).toBeInTheDocument();

    const runbook = screen.getByRole('link', {
      name: 'orders-availability-fast-burn',
    });
    expect(runbook.getAttribute('href')).toBe(
      '/docs/default/component/orders/runbook/#orders-availability-fast-burn',
    );
    // Only firing alerts are listed.
    expect(screen.queryByText('orders-availability-slow-burn')).toBeNull();

    expect(screen.getByText('Orders latency')).toBeInTheDocument();
    expect(screen.getByText('ok')).toBeInTheDocument();
    expect(screen.getByText('unreachable')).toBeInTheDocument();
    expect(
      screen.getByText('source unreachable since 2026-11-20T09:12:00Z'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('not evaluated')).toHaveLength(2);
    expect(screen.getByText('Target 90 %')).toBeInTheDocument();
    expect(screen.getByText('Orders checkout latency')).toBeInTheDocument();
    expect(
      screen.getByText('not evaluated: Datadog has no evaluator here'),
    ).toBeInTheDocument();
  });

  it('says how to add an SLO when the component has none', async () => {
    server.use(http.get(entitySlos, () => HttpResponse.json({ items: [] })));
    renderWithSloApis(<EntitySlosCard />, { entity: orders });
    expect(
      await screen.findByText(
        /No SLOs. Add an openslo.yaml beside catalog-info.yaml/,
      ),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the SLOs cannot be loaded", async () => {
    server.use(
      http.get(entitySlos, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: 'component:default/orders is not in the catalog',
            },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    renderWithSloApis(<EntitySlosCard />, { entity: orders });
    expect(
      (
        await screen.findAllByText(
          /component:default\/orders is not in the catalog/,
        )
      ).length,
    ).toBeGreaterThan(0);
  });
});
