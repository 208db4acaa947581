import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { Knex } from 'knex';
import request from 'supertest';
import { portalTestDatabases } from '@internal/backend-test-kit';

const databases = portalTestDatabases();
const target = 'https://git.example.com/billing/invoices/catalog-info.yaml';
const auth = mockCredentials.user.header('user:default/alice');

function startCatalog(knex: Knex) {
  return startTestBackend({
    features: [
      catalogPlugin,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          catalog: { rules: [{ allow: ['Component', 'Location'] }] },
        },
      }),
    ],
  });
}

describe.each(databases.eachSupportedId())(
  'catalog storage on %s',
  databaseId => {
    it('keeps a registered location across a backend restart', async () => {
      const knex = await databases.init(databaseId);

      const first = await startCatalog(knex);
      const created = await request(first.server)
        .post('/api/catalog/locations')
        .set('Authorization', auth)
        .send({ type: 'url', target });
      expect(created.status).toBe(201);
      const id = created.body.location.id;
      await first.stop();

      const second = await startCatalog(knex);
      const found = await request(second.server)
        .get(`/api/catalog/locations/${id}`)
        .set('Authorization', auth);
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({ id, type: 'url', target });
      await second.stop();
    }, 60_000);
  },
);
