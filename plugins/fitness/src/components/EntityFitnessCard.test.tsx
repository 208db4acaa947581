import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { FITNESS_BASE, fitness, gateway } from '../__testUtils__/fixtures';
import { renderWithFitnessApis } from '../__testUtils__/renderWithFitnessApis';
import { EntityFitnessCard } from './EntityFitnessCard';

const server = setupServer();
registerMswTestHooks(server);
const url = `${FITNESS_BASE}/entities/component/default/gateway`;

describe('EntityFitnessCard', () => {
  it('shows the score, the level, the categories and the top three failures linked to their docs', async () => {
    server.use(http.get(url, () => HttpResponse.json(fitness)));
    renderWithFitnessApis(<EntityFitnessCard />, { entity: gateway });

    expect(
      await screen.findByRole('img', { name: 'Fitness score 62.5 of 100' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No level')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'architecture 50 of 100' }),
    ).toBeInTheDocument();

    const failures = within(screen.getByRole('list', { name: 'Top failures' }));
    const links = failures.getAllByRole('link');
    // fail first (heaviest first), then error, then warn; the waived failure is left out
    expect(links.map(l => l.textContent)).toEqual([
      'Layer contracts are kept',
      'Service level objectives are defined',
      'A Dockerfile that runs as a non-root user',
    ]);
    expect(links[0].getAttribute('href')).toBe(
      '/docs/default/component/golden-path-portal/fitness/layer-contracts/',
    );
  });

  it('says when the service has not been scanned yet', async () => {
    server.use(
      http.get(url, () =>
        HttpResponse.json(
          { error: { name: 'NotFoundError', message: 'not scanned' } },
          { status: 404 },
        ),
      ),
    );
    renderWithFitnessApis(<EntityFitnessCard />, { entity: gateway });
    expect(await screen.findByText('Not scanned yet')).toBeInTheDocument();
  });

  it('shows the server’s message when the backend fails', async () => {
    server.use(
      http.get(url, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'database is down' } },
          { status: 500 },
        ),
      ),
    );
    renderWithFitnessApis(<EntityFitnessCard />, { entity: gateway });
    expect(await screen.findByText(/database is down/)).toBeInTheDocument();
  });
});
