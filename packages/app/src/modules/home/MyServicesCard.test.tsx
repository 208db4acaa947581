import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MyServicesCard } from './MyServicesCard';
import {
  component,
  emptyHomeApis,
  renderHomeCard,
} from './__testUtils__/homeApis';

const platform = 'group:default/platform';
const identity = 'group:default/identity';

const fitnessItem = (name: string, score: number, level?: 'gold') => ({
  entityRef: `component:default/${name}`,
  title: name,
  ownerRef: platform,
  score,
  level,
  failing: 0,
  scannedAt: '2026-11-22T10:00:00.000Z',
});

describe('MyServicesCard', () => {
  it("lists the groups' services with fitness level, SLO status and newest decision", async () => {
    const apis = emptyHomeApis();
    apis.fitness.list.mockImplementation(async query => ({
      items:
        query.owner === platform
          ? [fitnessItem('platform-api', 96, 'gold')]
          : [],
      totalItems: 1,
      levels: { none: 0, bronze: 0, silver: 0, gold: 1 },
    }));
    apis.slo.getBoard.mockImplementation(async filter => ({
      items:
        filter.owner === platform
          ? (['ok', 'burning'] as const).map(status => ({
              sloRef: `slo:default/platform-api-${status}`,
              title: status,
              componentRef: 'component:default/platform-api',
              status,
            }))
          : [],
      totalItems: 2,
    }));
    apis.adr.getIndex.mockImplementation(async filter => ({
      items:
        filter.owner === identity
          ? [1, 3, 2].map(number => ({
              file: `000${number}-x.md`,
              number,
              title: number === 3 ? 'Rotate keys daily' : 'Older decision',
              status: 'proposed' as const,
              statusText: 'proposed',
              date: number === 1 ? '2026-10-01' : '2026-11-02',
              supersedes: [],
              decisionMakers: [],
              entityRef: 'component:default/platform-auth',
            }))
          : [],
      totalItems: 3,
    }));
    await renderHomeCard(<MyServicesCard />, {
      groups: [platform, identity],
      apis,
      entities: [
        component('platform-api', platform, [
          'platform-api-ok',
          'platform-api-burning',
        ]),
        component('platform-auth', identity),
        component('shipping', platform, ['shipping-availability']),
        component('billing', 'group:default/billing'),
      ],
    });

    const table = await screen.findByRole('table', { name: 'My services' });
    const rows = await waitFor(() => {
      const found = table.querySelectorAll('tbody tr');
      expect(found).toHaveLength(3);
      return found;
    });
    expect(rows[0]).toHaveTextContent('platform-api');
    expect(rows[0]).toHaveTextContent('Gold');
    expect(rows[0]).toHaveTextContent('96 / 100');
    expect(rows[0]).toHaveTextContent('burning');
    expect(rows[0]).toHaveTextContent('2 SLOs');
    expect(rows[0]).toHaveTextContent('None in the decisions index');
    expect(rows[1]).toHaveTextContent('platform-auth');
    expect(rows[1]).toHaveTextContent('No SLOs');
    // An SLO in the catalog that is not evaluated yet.
    expect(rows[2]).toHaveTextContent('shipping');
    expect(rows[2]).toHaveTextContent('not evaluated');
    expect(rows[2]).toHaveTextContent('1 SLO');
    expect(
      screen.getByRole('link', { name: 'ADR-0003 Rotate keys daily' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/platform-auth/decisions',
    );
    expect(screen.queryByText('billing')).not.toBeInTheDocument();
    expect(apis.fitness.list).toHaveBeenCalledWith(
      expect.objectContaining({ owner: identity }),
    );
  });

  it('asks for the first scan of a new service and shows its level once scanned', async () => {
    const apis = emptyHomeApis();
    await renderHomeCard(<MyServicesCard />, {
      groups: [platform],
      apis,
      entities: [component('orders', platform)],
    });
    expect(await screen.findByText('Not scanned yet')).toBeInTheDocument();
    apis.fitness.list.mockResolvedValue({
      items: [fitnessItem('orders', 100, 'gold')],
      totalItems: 1,
      levels: { none: 0, bronze: 0, silver: 0, gold: 1 },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Rescan now' }));
    expect(await screen.findByText('Rescan queued')).toBeInTheDocument();
    expect(apis.fitness.rescan).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'orders',
    });
    expect(
      await screen.findByText('100 / 100', {}, { timeout: 6000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Not scanned yet')).not.toBeInTheDocument();
  });

  it('still lists the services when one backend fails, and says which', async () => {
    const apis = emptyHomeApis();
    apis.slo.getBoard.mockRejectedValue(new Error('Prometheus is down'));
    await renderHomeCard(<MyServicesCard />, {
      groups: [platform],
      apis,
      entities: [component('orders', platform)],
    });
    expect(
      await screen.findByText('SLOs: Prometheus is down'),
    ).toBeInTheDocument();
    expect(screen.getByText('orders')).toBeInTheDocument();
  });

  it('tells a user in no group how to join one', async () => {
    await renderHomeCard(<MyServicesCard />, {
      groups: [],
      apis: emptyHomeApis(),
    });
    expect(
      await screen.findByText('You are not in a team yet'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'catalog' })).toHaveAttribute(
      'href',
      '/catalog',
    );
  });

  it('points a team that owns nothing to the golden paths', async () => {
    await renderHomeCard(<MyServicesCard />, {
      groups: [platform],
      apis: emptyHomeApis(),
    });
    expect(
      await screen.findByText('Your teams own no services yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Create a service' }),
    ).toHaveAttribute('href', '/create');
  });
});
