import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { EntitySlo } from '@internal/plugin-slo-common';
import { burning, orders, SLO_BASE } from '../__testUtils__/fixtures';
import { renderWithSloApis } from '../__testUtils__/renderWithSloApis';
import { EntitySlosContent } from './EntitySlosContent';

const server = setupServer();
registerMswTestHooks(server);

const entitySlos = `${SLO_BASE}/entities/component/default/orders`;
const history = `${SLO_BASE}/slos/default/orders-availability/history`;
const evaluate = `${SLO_BASE}/slos/default/orders-availability/evaluate`;

const points = [
  { evaluatedAt: '2026-11-18T10:00:00Z', status: 'ok', budgetRemaining: 0.6 },
  { evaluatedAt: '2026-11-19T10:00:00Z', status: 'no-data' },
  {
    evaluatedAt: '2026-11-20T10:00:00Z',
    status: 'burning',
    budgetRemaining: 0.18,
  },
];

const recovered: EntitySlo = {
  ...burning,
  evaluation: {
    ...burning.evaluation!,
    evaluatedAt: '2026-11-20T10:05:00Z',
    status: 'ok',
    objectives: [
      {
        ...burning.evaluation!.objectives[0],
        budgetRemaining: 0.19,
        status: 'ok',
        alerts: [],
      },
    ],
  },
};

function serve(items: EntitySlo[]) {
  const days: (string | null)[] = [];
  server.use(
    http.get(entitySlos, () => HttpResponse.json({ items })),
    http.get(history, ({ request }) => {
      days.push(new URL(request.url).searchParams.get('days'));
      return HttpResponse.json({ points });
    }),
  );
  return days;
}

describe('EntitySlosContent', () => {
  it('shows the budget history and the burn rates per alert window', async () => {
    const days = serve([burning]);
    renderWithSloApis(<EntitySlosContent />, { entity: orders });

    expect(await screen.findByText('Orders availability')).toBeInTheDocument();
    expect(
      screen.getByText('Share of successful order requests'),
    ).toBeInTheDocument();
    expect(screen.getByText('Target 99.9 %')).toBeInTheDocument();
    expect(
      await screen.findByText('Budget remaining, last 30 days'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^From 60 %.* to 18 %.*3 evaluations\.$/),
    ).toBeInTheDocument();
    expect(days).toEqual(['30']);
    const chart = screen.getByRole('img', {
      name: /^Budget remaining, last 30 days: From 60 %.* to 18 %.*3 evaluations\.$/,
    });
    expect(chart.querySelector('svg')).not.toBeNull();

    const table = screen.getByRole('table', { name: 'Burn rates' });
    const fast = within(table)
      .getByRole('link', { name: 'orders-availability-fast-burn' })
      .closest('tr')!;
    expect(
      within(table)
        .getByRole('link', { name: 'orders-availability-fast-burn' })
        .getAttribute('href'),
    ).toMatch(/#orders-availability-fast-burn$/);
    expect(
      Array.from(fast.querySelectorAll('td')).map(td => td.textContent),
    ).toEqual([
      'orders-availability-fast-burn',
      'page',
      '1 h',
      '5 min',
      '16.2×',
      '18.9×',
      '14.4×',
      'firing',
    ]);
    const slow = within(table)
      .getByRole('link', { name: 'orders-availability-slow-burn' })
      .closest('tr')!;
    expect(
      Array.from(slow.querySelectorAll('td')).map(td => td.textContent),
    ).toEqual([
      'orders-availability-slow-burn',
      'ticket',
      '1 d',
      '2 h',
      '2.1×',
      '1.4×',
      '3×',
      'ok',
    ]);

    // Without slo.evaluate, there is no button.
    expect(screen.queryByRole('button', { name: 'Evaluate now' })).toBeNull();
  });

  it('evaluates now for those allowed to, then shows the new result', async () => {
    const days = serve([burning]);
    const evaluated: string[] = [];
    server.use(
      http.post(evaluate, ({ request }) => {
        evaluated.push(request.method);
        server.use(
          http.get(entitySlos, () => HttpResponse.json({ items: [recovered] })),
        );
        return HttpResponse.json(recovered.evaluation);
      }),
    );
    renderWithSloApis(<EntitySlosContent />, {
      entity: orders,
      canEvaluate: true,
    });
    expect(await screen.findByText('burning')).toBeInTheDocument();

    fireEvent.click(
      await screen.findByRole('button', { name: 'Evaluate now' }),
    );

    expect(
      await screen.findByText('Budget remaining: 19 %'),
    ).toBeInTheDocument();
    expect(screen.queryByText('burning')).toBeNull();
    expect(evaluated).toEqual(['POST']);
    // The history is loaded again for the new evaluation.
    await waitFor(() => expect(days).toEqual(['30', '30']));
  });

  it("shows the server's message when evaluating is refused", async () => {
    serve([burning]);
    server.use(
      http.post(evaluate, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message: 'You may not evaluate slo:default/orders-availability',
            },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    renderWithSloApis(<EntitySlosContent />, {
      entity: orders,
      canEvaluate: true,
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Evaluate now' }),
    );
    expect(
      await screen.findByText(
        'Could not evaluate: You may not evaluate slo:default/orders-availability',
      ),
    ).toBeInTheDocument();
  });

  it('says when there is no history yet', async () => {
    server.use(
      http.get(entitySlos, () => HttpResponse.json({ items: [burning] })),
      http.get(history, () => HttpResponse.json({ points: [] })),
    );
    renderWithSloApis(<EntitySlosContent />, { entity: orders });
    expect(
      await screen.findByText(/No budget history yet/),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the history cannot be loaded", async () => {
    server.use(
      http.get(entitySlos, () => HttpResponse.json({ items: [burning] })),
      http.get(history, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'the SLO store is not reachable' },
            response: { statusCode: 500 },
          },
          { status: 500 },
        ),
      ),
    );
    renderWithSloApis(<EntitySlosContent />, { entity: orders });
    expect(
      (await screen.findAllByText(/the SLO store is not reachable/)).length,
    ).toBeGreaterThan(0);
  });

  it('says how to add an SLO when the component has none', async () => {
    serve([]);
    renderWithSloApis(<EntitySlosContent />, { entity: orders });
    expect(await screen.findByText('No SLOs')).toBeInTheDocument();
    expect(
      screen.getByText(/Add an openslo.yaml beside catalog-info.yaml/),
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
    renderWithSloApis(<EntitySlosContent />, { entity: orders });
    expect(
      (await screen.findAllByText(/the SLO store is not reachable/)).length,
    ).toBeGreaterThan(0);
  });
});
