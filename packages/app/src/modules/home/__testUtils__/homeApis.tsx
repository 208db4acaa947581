import { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { identityApiRef } from '@backstage/frontend-plugin-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AdrApi, adrApiRef } from '@internal/plugin-adr-react';
import type { AdrIndexFilter, IndexedAdr } from '@internal/plugin-adr-common';
import { FitnessApi, fitnessApiRef } from '@internal/plugin-fitness-react';
import type {
  FitnessListPage,
  FitnessListQuery,
} from '@internal/plugin-fitness-common';
import { SloApi, sloApiRef } from '@internal/plugin-slo-react';
import type { SloBoardFilter, SloBoardPage } from '@internal/plugin-slo-common';
import { createPageRouteRef } from '../scaffolderRoutes';

export type HomeApis = {
  fitness: jest.Mocked<Pick<FitnessApi, 'list' | 'rescan'>>;
  slo: jest.Mocked<Pick<SloApi, 'getBoard'>>;
  adr: jest.Mocked<Pick<AdrApi, 'getIndex'>>;
};

export const component = (
  name: string,
  owner: string,
  slos: string[] = [],
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', owner },
  relations: [
    { type: 'ownedBy', targetRef: owner },
    ...slos.map(slo => ({ type: 'hasSlo', targetRef: `slo:default/${slo}` })),
  ],
});

/** The fitness, SLO and ADR backends as the home cards see them: empty unless a test says otherwise. */
export function emptyHomeApis(): HomeApis {
  return {
    fitness: {
      list: jest.fn(
        async (_query: FitnessListQuery): Promise<FitnessListPage> => ({
          items: [],
          totalItems: 0,
          levels: { none: 0, bronze: 0, silver: 0, gold: 0 },
        }),
      ),
      rescan: jest.fn(async (_entity: CompoundEntityRef) => undefined),
    },
    slo: {
      getBoard: jest.fn(
        async (
          _filter: SloBoardFilter,
          _page: { offset: number; limit: number },
        ): Promise<SloBoardPage> => ({ items: [], totalItems: 0 }),
      ),
    },
    adr: {
      getIndex: jest.fn(
        async (
          _filter: AdrIndexFilter,
          _page: { offset: number; limit: number },
        ): Promise<{ items: IndexedAdr[]; totalItems: number }> => ({
          items: [],
          totalItems: 0,
        }),
      ),
    },
  };
}

/** Renders a home card for a signed-in user in the given groups. */
export function renderHomeCard(
  element: JSX.Element,
  options: { groups: string[]; entities?: Entity[]; apis: HomeApis },
) {
  return renderInTestApp(element, {
    apis: [
      [
        identityApiRef,
        mockApis.identity({
          userEntityRef: 'user:default/someone',
          ownershipEntityRefs: ['user:default/someone', ...options.groups],
        }),
      ],
      [catalogApiRef, catalogApiMock({ entities: options.entities ?? [] })],
      [fitnessApiRef, options.apis.fitness as unknown as FitnessApi],
      [sloApiRef, options.apis.slo as unknown as SloApi],
      [adrApiRef, options.apis.adr as unknown as AdrApi],
      [
        permissionApiRef,
        mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
      ],
    ],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': entityRouteRef,
      '/create': createPageRouteRef,
    },
  });
}
