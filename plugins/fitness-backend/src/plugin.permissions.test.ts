import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { fitnessPlugin } from './plugin';

const ROUTES: Array<['get' | 'post' | 'delete', string]> = [
  ['get', '/api/fitness/entities/component/default/orders'],
  ['get', '/api/fitness/entities/component/default/orders/history'],
  ['post', '/api/fitness/entities/component/default/orders/rescan'],
  ['get', '/api/fitness/list'],
  ['get', '/api/fitness/rollups?by=owner'],
  ['get', '/api/fitness/entities/component/default/orders/score'],
  ['get', '/api/fitness/progress'],
  ['post', '/api/fitness/waivers'],
  ['post', '/api/fitness/waivers/5f1c6a43-97a4-4b43-9b60-0f2f0b7f9d11/approve'],
  ['delete', '/api/fitness/waivers/5f1c6a43-97a4-4b43-9b60-0f2f0b7f9d11'],
];

describe('fitness backend permissions', () => {
  it('answers 401 without credentials and 403 when the policy denies, on every route', async () => {
    const backend = await startTestBackend({
      features: [
        fitnessPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    try {
      for (const [method, path] of ROUTES) {
        const anonymous = await request(backend.server)[method](path);
        expect({ path, status: anonymous.status }).toEqual({
          path,
          status: 401,
        });
        const denied = await request(backend.server)
          [method](path)
          .set('Authorization', mockCredentials.user.header());
        expect({ path, status: denied.status }).toEqual({ path, status: 403 });
      }
    } finally {
      await backend.stop();
    }
  });
});
