import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { sloPlugin } from './plugin';

const user = mockCredentials.user.header('user:default/alice');

describe('slo backend permissions', () => {
  it('needs credentials everywhere and the slo.evaluate permission to evaluate', async () => {
    const backend = await startTestBackend({
      features: [
        sloPlugin,
        catalogPlugin,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    try {
      for (const url of [
        '/api/slo/board',
        '/api/slo/entities/component/default/checkout',
        '/api/slo/slos/default/checkout-availability/history',
      ]) {
        expect((await request(backend.server).get(url)).status).toBe(401);
      }
      const denied = await request(backend.server)
        .post('/api/slo/slos/default/checkout-availability/evaluate')
        .set('Authorization', user);
      expect(denied.status).toBe(403);
    } finally {
      await backend.stop();
    }
  });
});
