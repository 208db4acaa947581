import { screen, within } from '@testing-library/react';
import { NeedsAttentionCard } from './NeedsAttentionCard';
import {
  emptyHomeApis,
  HomeApis,
  renderHomeCard,
} from './__testUtils__/homeApis';

const platform = 'group:default/platform';
const architects = 'group:default/architects';
const sre = 'group:default/sre';

function withOneOfEach(apis: HomeApis) {
  apis.fitness.list.mockResolvedValue({
    items: [
      {
        entityRef: 'component:default/platform-api',
        title: 'platform-api',
        level: 'bronze',
        droppedFrom: 'gold',
        failing: 2,
        scannedAt: '2026-11-22T10:00:00.000Z',
      },
    ],
    totalItems: 1,
    levels: { none: 0, bronze: 1, silver: 0, gold: 0 },
  });
  apis.slo.getBoard.mockResolvedValue({
    items: [
      {
        sloRef: 'slo:default/platform-api-availability',
        title: 'platform-api availability',
        componentRef: 'component:default/platform-api',
        status: 'burning',
        budgetRemaining: 0.123,
      },
    ],
    totalItems: 1,
  });
  apis.adr.getIndex.mockResolvedValue({
    items: [
      {
        file: '0003-rate-limit.md',
        number: 3,
        title: 'Rate-limit per client in Redis',
        status: 'proposed',
        statusText: 'proposed',
        date: '2026-11-20',
        supersedes: [],
        decisionMakers: [],
        entityRef: 'component:default/platform-api',
      },
    ],
    totalItems: 1,
  });
}

const renderCard = (groups: string[], apis: HomeApis) =>
  renderHomeCard(
    <NeedsAttentionCard architects={[architects]} onCall={[sre]} />,
    { groups, apis },
  );

describe('NeedsAttentionCard', () => {
  it("shows a team member the burning SLOs, drops and proposals of their teams' services", async () => {
    const apis = emptyHomeApis();
    withOneOfEach(apis);
    await renderCard([platform], apis);

    const burning = await screen.findByRole('list', {
      name: 'SLOs burning their budget',
    });
    expect(
      within(burning).getByRole('link', { name: 'platform-api availability' }),
    ).toHaveAttribute('href', '/catalog/default/component/platform-api');
    expect(burning).toHaveTextContent('12.3 % of the error budget left');
    const drops = screen.getByRole('list', { name: 'Fitness level dropped' });
    expect(drops).toHaveTextContent('platform-api');
    expect(drops).toHaveTextContent('dropped from gold to');
    expect(drops).toHaveTextContent('Bronze');
    expect(
      screen.getByRole('link', {
        name: 'ADR-0003 Rate-limit per client in Redis',
      }),
    ).toHaveAttribute('href', '/decisions');

    expect(apis.fitness.list).toHaveBeenCalledWith(
      expect.objectContaining({ owner: platform, dropped: true }),
    );
    expect(apis.slo.getBoard).toHaveBeenCalledWith(
      { owner: platform, status: ['burning', 'exhausted'] },
      expect.anything(),
    );
    expect(apis.adr.getIndex).toHaveBeenCalledWith(
      { owner: platform, status: 'proposed' },
      expect.anything(),
    );
  });

  it('shows an architect the drops and proposals of the whole organisation', async () => {
    const apis = emptyHomeApis();
    await renderCard([architects], apis);
    expect(
      await screen.findByText(
        'No service in the organisation dropped a level.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No decision in the organisation is proposed.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No SLO of your teams is burning.'),
    ).toBeInTheDocument();
    expect(apis.fitness.list).toHaveBeenCalledWith(
      expect.objectContaining({ owner: undefined, dropped: true }),
    );
    expect(apis.adr.getIndex).toHaveBeenCalledWith(
      { owner: undefined, status: 'proposed' },
      expect.anything(),
    );
    expect(apis.slo.getBoard).toHaveBeenCalledWith(
      { owner: architects, status: ['burning', 'exhausted'] },
      expect.anything(),
    );
  });

  it('shows the on-call group every burning SLO', async () => {
    const apis = emptyHomeApis();
    withOneOfEach(apis);
    await renderCard([sre], apis);
    expect(
      await screen.findByRole('link', { name: 'platform-api availability' }),
    ).toBeInTheDocument();
    expect(apis.slo.getBoard).toHaveBeenCalledWith(
      { owner: undefined, status: ['burning', 'exhausted'] },
      expect.anything(),
    );
    expect(apis.fitness.list).toHaveBeenCalledWith(
      expect.objectContaining({ owner: sre }),
    );
  });

  it("shows the server's message when a backend fails", async () => {
    const apis = emptyHomeApis();
    apis.adr.getIndex.mockRejectedValue(
      new Error('You may not read the ADR index'),
    );
    await renderCard([platform], apis);
    expect(
      await screen.findByText('Error: You may not read the ADR index', {
        selector: 'h6',
      }),
    ).toBeInTheDocument();
  });

  it('tells a user in no group how to join one', async () => {
    await renderCard([], emptyHomeApis());
    expect(
      await screen.findByText('You are not in a team yet'),
    ).toBeInTheDocument();
  });
});
