import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { eventually, pluginSchedulerHandle } from '@internal/backend-test-kit';
import fitnessPlugin from '@internal/plugin-fitness-backend';
import { resolve } from 'node:path';
import request from 'supertest';
import catalogModuleFitness from './index';

const services = resolve(__dirname, '../../../examples/services');
const user = mockCredentials.user.header('user:default/grace');

describe('the catalog module for fitness', () => {
  it('labels each scanned component with its level and annotates its zero-padded score, so the catalog filters and sorts by them', async () => {
    const fitness = pluginSchedulerHandle('fitness');
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleFitness,
        fitnessPlugin,
        fitness.module,
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                { allow: ['Component', 'API', 'Location', 'Group', 'User'] },
              ],
              locations: [
                ...['platform-user', 'platform-api'].map(service => ({
                  type: 'file',
                  target: `${services}/${service}/catalog-info.yaml`,
                })),
                { type: 'file', target: resolve(services, '../org.yaml') },
              ],
              fileLocationRoots: [services],
              processingInterval: { seconds: 1 },
            },
          },
        }),
      ],
    });
    const { server } = backend;
    try {
      const component = (name: string) =>
        request(server)
          .get(`/api/catalog/entities/by-name/component/default/${name}`)
          .set('Authorization', user);
      await eventually(
        'both components and their owners in the catalog',
        async () =>
          (
            await Promise.all([
              component('platform-user'),
              component('platform-api'),
              request(server)
                .get('/api/catalog/entities/by-name/group/default/identity')
                .set('Authorization', user),
            ])
          ).every(res => res.status === 200),
      );
      await fitness.scheduler().triggerTask('fitness-scan');
      const score = await request(server)
        .get('/api/fitness/entities/component/default/platform-api/score')
        .set('Authorization', user);
      expect(score.status).toBe(200);

      await eventually('the level and score on platform-api', async () => {
        const { body } = await component('platform-api');
        return body.metadata.labels?.['golden-path/fitness-level'] === 'none';
      });
      const api = (await component('platform-api')).body;
      const apiScore = score.body.score;
      expect(api.metadata.annotations['golden-path/fitness-score']).toBe(
        apiScore.toFixed(1).padStart(5, '0'),
      );

      // Its owner exists, so it passes bronze; its SLOs are not in this catalog, so not silver.
      await eventually('platform-user labelled bronze', async () => {
        const { body } = await component('platform-user');
        return body.metadata.labels?.['golden-path/fitness-level'] === 'bronze';
      });
      const byLevel = await request(server)
        .get('/api/catalog/entities/by-query')
        .query({
          filter:
            'kind=component,metadata.labels.golden-path/fitness-level=none',
        })
        .set('Authorization', user);
      expect(
        byLevel.body.items.map(
          (e: { metadata: { name: string } }) => e.metadata.name,
        ),
      ).toEqual(['platform-api']);
      const sorted = await request(server)
        .get('/api/catalog/entities/by-query')
        .query({
          filter: 'kind=component',
          orderField: 'metadata.annotations.golden-path/fitness-score,asc',
        })
        .set('Authorization', user);
      expect(
        sorted.body.items.map(
          (e: { metadata: { name: string } }) => e.metadata.name,
        ),
      ).toEqual(['platform-api', 'platform-user']);
    } finally {
      await backend.stop();
    }
  }, 90_000);
});
