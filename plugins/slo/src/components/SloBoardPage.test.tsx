import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SloBoardItem } from '@internal/plugin-slo-common';
import { SLO_BASE } from '../__testUtils__/fixtures';
import { renderWithSloApis } from '../__testUtils__/renderWithSloApis';
import { SloBoardPage } from './SloBoardPage';

const server = setupServer();
registerMswTestHooks(server);

const exhausted: SloBoardItem = {
  sloRef: 'slo:default/orders-availability',
  title: 'Orders availability',
  componentRef: 'component:default/orders',
  ownerRef: 'group:default/platform',
  systemRef: 'system:default/shop',
  status: 'exhausted',
  target: 0.999,
  sli: 0.99875,
  budgetRemaining: -0.125,
  evaluatedAt: '2026-11-20T10:00:00Z',
};

const unreachable: SloBoardItem = {
  sloRef: 'slo:default/orders-freshness',
  title: 'Orders freshness',
  componentRef: 'component:default/orders',
  ownerRef: 'group:default/platform',
  status: 'unreachable',
  message: 'source unreachable since 2026-11-20T09:12:00Z',
  target: 0.95,
};

function serveBoard(
  answer: (query: URLSearchParams) => {
    items: SloBoardItem[];
    totalItems: number;
  },
) {
  const queries: Record<string, string>[] = [];
  server.use(
    http.get(`${SLO_BASE}/board`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(Object.fromEntries(query));
      return HttpResponse.json(answer(query));
    }),
  );
  return queries;
}

describe('SloBoardPage', () => {
  it('lists every SLO, least budget first, linked to its component', async () => {
    const queries = serveBoard(() => ({
      items: [exhausted, unreachable],
      totalItems: 2,
    }));
    renderWithSloApis(<SloBoardPage />);

    const table = await screen.findByRole('table', { name: 'SLOs' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual([
      'Orders availabilityslo:default/orders-availability',
      'Orders freshnessslo:default/orders-freshness',
    ]);
    const first = within(rows[0]);
    expect(first.getAllByRole('link')[0]).toHaveAttribute(
      'href',
      '/catalog/default/component/orders',
    );
    expect(first.getByText('exhausted')).toBeInTheDocument();
    expect(first.getByText('99.875 %')).toBeInTheDocument();
    expect(first.getByText('99.9 %')).toBeInTheDocument();
    expect(
      first.getByText('Budget remaining: -12.5 % (overspent)'),
    ).toBeInTheDocument();
    const second = within(rows[1]);
    expect(
      second.getByText('source unreachable since 2026-11-20T09:12:00Z'),
    ).toBeInTheDocument();
    expect(
      second.getByText('Budget remaining: unknown (no data yet)'),
    ).toBeInTheDocument();
    expect(queries).toEqual([{ offset: '0', limit: '50' }]);
  });

  it('filters by owner group and system from the catalog', async () => {
    const queries = serveBoard(() => ({ items: [exhausted], totalItems: 1 }));
    renderWithSloApis(<SloBoardPage />);
    await screen.findByRole('table', { name: 'SLOs' });

    const owner = screen.getByRole('combobox', { name: 'Owner' });
    fireEvent.mouseDown(owner);
    fireEvent.click(
      await screen.findByRole('option', { name: 'Platform Team' }),
    );
    await waitFor(() =>
      expect(queries[queries.length - 1]).toEqual({
        owner: 'group:default/platform',
        offset: '0',
        limit: '50',
      }),
    );

    const system = screen.getByRole('combobox', { name: 'System' });
    fireEvent.mouseDown(system);
    fireEvent.click(await screen.findByRole('option', { name: 'Shop' }));
    await waitFor(() =>
      expect(queries[queries.length - 1]).toEqual({
        owner: 'group:default/platform',
        system: 'system:default/shop',
        offset: '0',
        limit: '50',
      }),
    );
  });

  it('pages through the SLOs 50 at a time', async () => {
    const queries = serveBoard(query => ({
      items: [query.get('offset') === '50' ? unreachable : exhausted],
      totalItems: 120,
    }));
    renderWithSloApis(<SloBoardPage />);
    expect(await screen.findByText('1–50 of 120')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText('Orders freshness')).toBeInTheDocument();
    expect(screen.getByText('51–100 of 120')).toBeInTheDocument();
    expect(queries[queries.length - 1]).toEqual({ offset: '50', limit: '50' });
  });

  it('says how to add SLOs when there are none', async () => {
    serveBoard(() => ({ items: [], totalItems: 0 }));
    renderWithSloApis(<SloBoardPage />);
    expect(await screen.findByText('No SLOs yet')).toBeInTheDocument();
    expect(screen.getByText(/Add an openslo.yaml beside/)).toBeInTheDocument();
  });

  it("shows the server's message when the board cannot be loaded", async () => {
    server.use(
      http.get(`${SLO_BASE}/board`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'owner must be an entity ref',
            },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    renderWithSloApis(<SloBoardPage />);
    expect(
      (await screen.findAllByText(/owner must be an entity ref/)).length,
    ).toBeGreaterThan(0);
  });
});
