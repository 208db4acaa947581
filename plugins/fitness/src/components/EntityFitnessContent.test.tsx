import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { FITNESS_BASE, fitness, gateway } from '../__testUtils__/fixtures';
import { renderWithFitnessApis } from '../__testUtils__/renderWithFitnessApis';
import { EntityFitnessContent } from './EntityFitnessContent';

const server = setupServer();
registerMswTestHooks(server);
const url = `${FITNESS_BASE}/entities/component/default/gateway`;

function serve(body = fitness) {
  server.use(
    http.get(url, () => HttpResponse.json(body)),
    http.get(`${url}/history`, () =>
      HttpResponse.json({
        items: [
          { scannedAt: '2026-11-01T00:00:00.000Z', score: 70 },
          { scannedAt: '2026-11-20T10:00:00.000Z', score: 62.5 },
        ],
      }),
    ),
  );
}

describe('EntityFitnessContent', () => {
  it('lists every function with its evidence at file:line, linked to the source', async () => {
    serve();
    renderWithFitnessApis(<EntityFitnessContent />, { entity: gateway });
    const where = await screen.findByText('src/gateway/domain/route.py:6');
    expect(where.closest('a')?.getAttribute('href')).toBe(
      'https://github.com/acme/gateway/tree/main/src/gateway/domain/route.py#L6',
    );
    expect(
      screen.getByText(
        /gateway.domain.route -> gateway.infrastructure.client \(l.6\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('waived (fail)')).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('link', { name: 'docs/adr/0004-platform-pipeline.md' })[0]
        .getAttribute('href'),
    ).toBe(
      '/catalog/default/component/gateway/decisions?adr=0004-platform-pipeline.md',
    );
    expect(
      screen.getByRole('img', {
        name: /Violating imports: domain imports infrastructure \(1\)/,
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('img', {
        name: /^Score, last 180 days: From 70 \(.*\) to 63 \(.*\), 2 scans\.$/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^From 70 \(.*\) to 63 \(.*\), 2 scans\.$/),
    ).toBeInTheDocument();
  });

  it('hides the rescan and waiver actions from those not allowed', async () => {
    serve();
    renderWithFitnessApis(<EntityFitnessContent />, {
      entity: gateway,
      allowed: false,
    });
    await screen.findByText('src/gateway/domain/route.py:6');
    expect(screen.queryByRole('button', { name: 'Rescan now' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a waiver' })).toBeNull();
  });

  it('lets an architect waive a failure citing an ADR, and reloads', async () => {
    serve();
    let posted: unknown;
    server.use(
      http.post(`${FITNESS_BASE}/waivers`, async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json({ id: 'x' }, { status: 201 });
      }),
    );
    renderWithFitnessApis(<EntityFitnessContent />, {
      entity: gateway,
      allowed: true,
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Add a waiver' }),
    );
    fireEvent.change(screen.getByLabelText(/Reason/), {
      target: { value: 'Until the split.' },
    });
    fireEvent.change(screen.getByLabelText(/ADR/), {
      target: { value: 'docs/adr/0005-split.md' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Waive' }));
    await waitFor(() =>
      expect(posted).toMatchObject({
        entityRef: 'component:default/gateway',
        functionId: 'layer-contracts',
        reason: 'Until the split.',
        adrRef: 'docs/adr/0005-split.md',
      }),
    );
  });

  it('shows the server’s refusal of a waiver in the dialog', async () => {
    serve();
    server.use(
      http.post(`${FITNESS_BASE}/waivers`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'Invalid waiver: expiresAt: must be in the future',
            },
          },
          { status: 400 },
        ),
      ),
    );
    renderWithFitnessApis(<EntityFitnessContent />, {
      entity: gateway,
      allowed: true,
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Add a waiver' }),
    );
    fireEvent.change(screen.getByLabelText(/Reason/), {
      target: { value: 'r' },
    });
    fireEvent.change(screen.getByLabelText(/ADR/), { target: { value: 'a' } });
    fireEvent.click(screen.getByRole('button', { name: 'Waive' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Invalid waiver: expiresAt: must be in the future',
    );
  });
});
