import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { DecisionsPage } from './DecisionsPage';
import { AdrApi, adrApiRef } from '@internal/plugin-adr-react';
import type { AdrIndexFilter, IndexedAdr } from '@internal/plugin-adr-common';

const row = (title: string, status: IndexedAdr['status']): IndexedAdr => ({
  entityRef: 'component:default/orders',
  file: '0002-x.md',
  number: 2,
  title,
  status,
  statusText: status,
  date: '2026-10-28',
  supersedes: [],
  decisionMakers: ['Bob Lindqvist'],
  owner: 'group:default/platform',
  system: 'system:default/shop',
});

function render(
  getIndex: AdrApi['getIndex'],
  options: { review?: AdrApi['review']; canReview?: boolean } = {},
) {
  // usePermission caches answers in SWR; each test starts with an empty cache.
  const page = (
    <SWRConfig value={{ provider: () => new Map() }}>
      <DecisionsPage />
    </SWRConfig>
  );
  return renderInTestApp(page, {
    apis: [
      [
        adrApiRef,
        {
          getIndex,
          getEntityAdrs: jest.fn(),
          review: options.review ?? jest.fn(),
        },
      ],
      [
        catalogApiRef,
        catalogApiMock({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Group',
              metadata: { name: 'platform' },
              spec: { type: 'team', profile: { displayName: 'Platform Team' } },
            },
          ],
        }),
      ],
      [
        permissionApiRef,
        mockApis.permission({
          authorize: options.canReview
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
        }),
      ],
    ],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe('DecisionsPage', () => {
  it('opens on the review queue and can show every decision', async () => {
    const getIndex = jest.fn(async (filter: AdrIndexFilter) => ({
      items: filter.status
        ? [
            row('Rate-limit per client', 'proposed'),
            {
              ...row('Cache sessions in Redis', 'none'),
              file: '0003-cache.md',
              number: 3,
              decisionMakers: [],
            },
          ]
        : [row('Use RS256', 'accepted')],
      totalItems: filter.status ? 2 : 1,
    }));
    await render(getIndex);
    expect(
      await screen.findByText('ADR-0002 Rate-limit per client'),
    ).toBeInTheDocument();
    // A record that states no status awaits review like a proposed one.
    expect(
      screen.getByText('ADR-0003 Cache sessions in Redis'),
    ).toBeInTheDocument();
    expect(getIndex).toHaveBeenLastCalledWith(
      { status: ['proposed', 'none'] },
      { limit: 25, offset: 0 },
    );
    expect(screen.getByText('Bob Lindqvist')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('tab', { name: 'All decisions' }));
    expect(await screen.findByText('ADR-0002 Use RS256')).toBeInTheDocument();
    expect(getIndex).toHaveBeenLastCalledWith({}, { limit: 25, offset: 0 });

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Owner' }));
    fireEvent.click(
      await screen.findByRole('option', { name: 'Platform Team' }),
    );
    await waitFor(() =>
      expect(getIndex).toHaveBeenLastCalledWith(
        { owner: 'group:default/platform' },
        { limit: 25, offset: 0 },
      ),
    );
  });

  it('lists a record that states no status as "no status"', async () => {
    const getIndex = jest.fn(async () => ({
      items: [{ ...row('Use gRPC', 'none'), statusText: '' }],
      totalItems: 1,
    }));
    await render(getIndex);
    fireEvent.click(screen.getByRole('tab', { name: 'All decisions' }));
    expect(await screen.findByText('ADR-0002 Use gRPC')).toBeInTheDocument();
    expect(screen.getByText('no status')).toBeInTheDocument();
  });

  it('offers accept and reject to architects, and reports the outcome', async () => {
    const review = jest
      .fn()
      .mockResolvedValueOnce({ commit: 'abcdef1234', adr: {} })
      .mockRejectedValueOnce(
        new Error('component:default/orders is read-only in the portal'),
      )
      .mockResolvedValueOnce({
        pullRequestUrl: 'https://github.com/acme/orders/pull/7',
        adr: {},
      });
    await render(
      async () => ({
        items: [row('Rate-limit per client', 'proposed')],
        totalItems: 1,
      }),
      {
        review,
        canReview: true,
      },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(
      await screen.findByText(/accepted \(commit abcdef1\)/),
    ).toBeInTheDocument();
    expect(review).toHaveBeenCalledWith(
      'component:default/orders',
      '0002-x.md',
      'accepted',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(
      await screen.findByText(/is read-only in the portal/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(
      await screen.findByText(
        /accepted in a pull request, https:\/\/github.com\/acme\/orders\/pull\/7/,
      ),
    ).toBeInTheDocument();
  });

  it('hides the review buttons from everyone else', async () => {
    await render(async () => ({
      items: [row('Rate-limit per client', 'proposed')],
      totalItems: 1,
    }));
    expect(
      await screen.findByText('ADR-0002 Rate-limit per client'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('says when no decision supersedes another', async () => {
    await render(async () => ({
      items: [row('Use RS256', 'accepted')],
      totalItems: 1,
    }));
    fireEvent.click(
      await screen.findByRole('tab', { name: 'Supersedes graph' }),
    );
    expect(
      await screen.findByText('No decision supersedes another yet'),
    ).toBeInTheDocument();
  });

  it('says when nothing awaits review', async () => {
    await render(async () => ({ items: [], totalItems: 0 }));
    expect(
      await screen.findByText('Nothing awaits review'),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the index fails", async () => {
    await render(async () => {
      throw new Error('You may not read the ADR index');
    });
    expect(
      (await screen.findAllByText(/You may not read the ADR index/)).length,
    ).toBeGreaterThan(0);
  });
});
