import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { FITNESS_BASE } from '../__testUtils__/fixtures';
import { renderWithFitnessApis } from '../__testUtils__/renderWithFitnessApis';
import { FitnessPage } from './FitnessPage';

const server = setupServer();
registerMswTestHooks(server);

const item = (name: string, score: number, previous?: number) => ({
  entityRef: `component:default/${name}`,
  title: name,
  ownerRef: 'group:default/platform',
  score,
  previousScore: previous,
  level: score === 100 ? 'gold' : undefined,
  failing: score === 100 ? 0 : 2,
  scannedAt: '2026-11-20T10:00:00.000Z',
});

// A table of services rendered in jsdom takes seconds on a loaded 2-core
// machine; the default 5 s cut one short there.
describe('FitnessPage', () => {
  it('lists services worst first, with trend, level distribution and owner roll-up, and sorts by score on request', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${FITNESS_BASE}/list`, ({ request }) => {
        const query = new URL(request.url).searchParams;
        queries.push(
          `${query.get('sort')} ${query.get('order')} ${query.get('limit')}`,
        );
        const items = [item('gateway', 40, 55), item('users', 100, 90)];
        if (query.get('order') === 'desc') items.reverse();
        return HttpResponse.json({
          items,
          totalItems: 2,
          levels: { none: 1, bronze: 0, silver: 0, gold: 1 },
        });
      }),
      http.get(`${FITNESS_BASE}/rollups`, () =>
        HttpResponse.json({
          by: 'owner',
          items: [
            {
              key: 'group:default/platform',
              services: 2,
              averageScore: 70,
              levels: { none: 1, bronze: 0, silver: 0, gold: 1 },
            },
          ],
        }),
      ),
      http.get(`${FITNESS_BASE}/progress`, () =>
        HttpResponse.json({ queued: 3, running: 1, done: 5 }),
      ),
    );
    renderWithFitnessApis(<FitnessPage />);

    const table = await screen.findByRole('table', {
      name: 'Services by fitness',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['gateway', 'users']);
    expect(
      within(rows[0]).getByLabelText('down 15 since the previous scan'),
    ).toBeInTheDocument();
    expect(
      within(rows[1]).getByLabelText('up 10 since the previous scan'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Services by level: none 1, bronze 0, silver 0, gold 1',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Fitness by owner' }),
    ).toHaveTextContent('70.0');
    expect(
      screen.getByText(/Scanner: 3 queued, 1 running, 5 done/),
    ).toBeInTheDocument();

    fireEvent.click(within(table).getByRole('button', { name: 'Score' }));
    await waitFor(() => expect(queries).toContain('score desc 50'));
    await waitFor(() => {
      const sorted = within(
        screen.getByRole('table', { name: 'Services by fitness' }),
      )
        .getAllByRole('row')
        .slice(1);
      expect(within(sorted[0]).getAllByRole('cell')[0].textContent).toBe(
        'users',
      );
    });
  }, 20_000);

  it("filters on golden-path drift, and shows each service's", async () => {
    const drifts: Array<string | null> = [];
    server.use(
      http.get(`${FITNESS_BASE}/list`, ({ request }) => {
        const drift = new URL(request.url).searchParams.get('drift');
        drifts.push(drift);
        const items = [
          { ...item('gateway', 40), drift: 'major' },
          { ...item('users', 100), drift: 'current' },
        ].filter(i => !drift || i.drift === drift);
        return HttpResponse.json({
          items,
          totalItems: items.length,
          levels: { none: 1, bronze: 0, silver: 0, gold: 1 },
        });
      }),
      http.get(`${FITNESS_BASE}/rollups`, () =>
        HttpResponse.json({ by: 'owner', items: [] }),
      ),
      http.get(`${FITNESS_BASE}/progress`, () =>
        HttpResponse.json({ queued: 0, running: 0, done: 2 }),
      ),
    );
    renderWithFitnessApis(<FitnessPage />);
    const table = await screen.findByRole('table', {
      name: 'Services by fitness',
    });
    expect(table).toHaveTextContent('a major version behind');
    expect(table).toHaveTextContent('up to date');

    fireEvent.mouseDown(screen.getByLabelText('Golden-path drift'));
    fireEvent.click(
      within(screen.getByRole('listbox')).getByText('a major version behind'),
    );

    await waitFor(() => expect(drifts).toContain('major'));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Services by fitness' }))
          .getAllByRole('row')
          .slice(1)
          .map(r => within(r).getAllByRole('cell')[0].textContent),
      ).toEqual(['gateway']),
    );
  }, 20_000);

  it('says what to expect before the first scan', async () => {
    server.use(
      http.get(`${FITNESS_BASE}/list`, () =>
        HttpResponse.json({
          items: [],
          totalItems: 0,
          levels: { none: 0, bronze: 0, silver: 0, gold: 0 },
        }),
      ),
      http.get(`${FITNESS_BASE}/rollups`, () =>
        HttpResponse.json({ by: 'owner', items: [] }),
      ),
      http.get(`${FITNESS_BASE}/progress`, () =>
        HttpResponse.json({ queued: 0, running: 0, done: 0 }),
      ),
    );
    renderWithFitnessApis(<FitnessPage />);
    expect(
      await screen.findByText('No services scanned yet'),
    ).toBeInTheDocument();
  }, 20_000);
});
