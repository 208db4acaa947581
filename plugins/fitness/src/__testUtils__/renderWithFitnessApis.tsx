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
import { fitnessApiRef, FitnessClient } from '@internal/plugin-fitness-react';
import { docsRouteRef } from '../routes';

/**
 * Renders an element with the real fitness client (its HTTP calls answered
 * by the test's msw handlers), and every permission allowed or denied.
 */
export function renderWithFitnessApis(
  element: JSX.Element,
  options: { entity?: Entity; allowed?: boolean } = {},
) {
  const client = new FitnessClient(
    mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    { fetch: (input, init) => fetch(input, init) },
  );
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>{content}</SWRConfig>,
    {
      apis: [
        [fitnessApiRef, client],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.allowed
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
          }),
        ],
        [catalogApiRef, catalogApiMock({ entities: [] })],
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/docs/:namespace/:kind/:name': docsRouteRef,
      },
    },
  );
}
