import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { SWRConfig } from 'swr';
import { orders, platform, shop } from './fixtures';
import { sloApiRef, SloClient } from '@internal/plugin-slo-react';
import { docsRouteRef } from '../routes';

/**
 * Renders an element with the real SLO client (its HTTP calls answered by
 * the test's msw handlers), a catalog of the fixtures, and the permission
 * `slo.evaluate` allowed or not.
 */
export function renderWithSloApis(
  element: JSX.Element,
  options: { entity?: Entity; canEvaluate?: boolean; catalog?: Entity[] } = {},
) {
  const client = new SloClient(
    mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    { fetch: (input, init) => fetch(input, init) },
  );
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  // usePermission caches answers in SWR; each test starts with an empty cache.
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>{content}</SWRConfig>,
    {
      apis: [
        [sloApiRef, client],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.canEvaluate
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
          }),
        ],
        [
          catalogApiRef,
          catalogApiMock({
            entities: options.catalog ?? [orders, platform, shop],
          }),
        ],
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/docs/:namespace/:kind/:name': docsRouteRef,
      },
    },
  );
}
