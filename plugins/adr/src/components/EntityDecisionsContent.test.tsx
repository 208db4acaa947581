import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { Adr } from '@internal/plugin-adr-common';
import { fireEvent, screen } from '@testing-library/react';
import { EntityDecisionsContent } from './EntityDecisionsContent';
import { AdrApi, adrApiRef } from '@internal/plugin-adr-react';
import type { EntityAdrs } from '@internal/plugin-adr-common';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    namespace: 'default',
    annotations: { 'backstage.io/adr-location': 'docs/adr' },
  },
  spec: {},
};

const adr = (number: number, title: string, extra: Partial<Adr> = {}): Adr => ({
  file: `${String(number).padStart(4, '0')}-x.md`,
  number,
  title,
  status: 'accepted',
  statusText: 'accepted',
  supersedes: [],
  decisionMakers: [],
  consulted: [],
  informed: [],
  format: 'madr4',
  body: `# ${title}\n\nBody of ${title}.\n`,
  ...extra,
});

function render(getEntityAdrs: AdrApi['getEntityAdrs']) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <EntityDecisionsContent />
    </EntityProvider>,
    {
      apis: [[adrApiRef, { getEntityAdrs }]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const payload = [
  '# Hostile',
  '',
  'payload-text <script>window.__pwned = 1</script>',
  '',
  '<img src="x" onerror="window.__pwned = 2">',
  '',
  '[click me](javascript:window.__pwned=3)',
].join('\n');

describe('EntityDecisionsContent', () => {
  afterEach(() => {
    delete (window as any).__pwned;
  });

  it('lists the decisions with status and follows the supersedes chain', async () => {
    const result: EntityAdrs = {
      adrs: [
        adr(1, 'Use RabbitMQ', {
          status: 'superseded',
          statusText: 'superseded by ADR-0002',
          supersededBy: 2,
          decisionMakers: ['Dan Okafor'],
        }),
        adr(2, 'Use Redis Streams', { supersedes: [1], date: '2025-06-19' }),
      ],
      failures: [],
      people: { 'Dan Okafor': 'user:default/dan' },
    };
    await render(async () => result);
    expect(
      await screen.findByText('ADR-0001 Use RabbitMQ'),
    ).toBeInTheDocument();
    expect(screen.getByText('ADR-0002 Use Redis Streams')).toBeInTheDocument();
    expect(screen.getByText('Body of Use RabbitMQ.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dan Okafor' })).toHaveAttribute(
      'href',
      '/catalog/default/user/dan',
    );

    fireEvent.click(screen.getByRole('button', { name: 'ADR-0002' }));
    expect(
      await screen.findByText('Body of Use Redis Streams.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Supersedes/)).toBeInTheDocument();
  });

  it('renders a hostile ADR as text: no script, no handler, no javascript: link', async () => {
    const { container } = await render(async () => ({
      adrs: [adr(1, 'Hostile', { body: payload })],
      failures: [],
    }));
    expect(await screen.findByText(/payload-text/)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    const link = screen.getByText('click me').closest('a');
    expect(link?.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    expect((window as any).__pwned).toBeUndefined();
  });

  it('lists the files that could not be read', async () => {
    await render(async () => ({
      adrs: [adr(1, 'Fine')],
      failures: [
        {
          file: '0002-notes.md',
          warning: '0002-notes.md is not a readable ADR: it has no status',
        },
      ],
    }));
    expect(
      await screen.findByText(/0002-notes.md is not a readable ADR/),
    ).toBeInTheDocument();
  });

  it('says how to start when there are no decisions', async () => {
    await render(async () => ({ adrs: [], failures: [] }));
    expect(
      await screen.findByText('No decisions recorded yet'),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the list fails", async () => {
    await render(async () => {
      throw new Error('orders has no backstage.io/adr-location annotation');
    });
    expect(
      (
        await screen.findAllByText(
          /has no backstage.io\/adr-location annotation/,
        )
      ).length,
    ).toBeGreaterThan(0);
  });
});
