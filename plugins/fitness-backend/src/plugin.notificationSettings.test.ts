import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { pluginSchedulerHandle } from '@internal/backend-test-kit';
import request from 'supertest';
import { exampleServices } from './__testUtils__/exampleServices';
import { switchableFunction } from './__testUtils__/switchableFunction';
import { fitnessPlugin } from './plugin';

const { root, entities } = exampleServices();
const switchable = switchableFunction();
const handle = pluginSchedulerHandle('fitness');

const user = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: ['group:default/identity'] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/identity' }],
});

// platform-user's owners: carol turns the level-drop topic off, dan keeps it.
const catalog = [
  ...entities.map(entity =>
    entity.kind === 'Group' && entity.metadata.name === 'identity'
      ? {
          ...entity,
          relations: ['carol', 'dan'].map(name => ({
            type: 'hasMember',
            targetRef: `user:default/${name}`,
          })),
        }
      : entity,
  ),
  user('carol'),
  user('dan'),
];

describe('turning a notification topic off in the user settings', () => {
  it('keeps the level-drop notification from the user who turned it off, and only from them', async () => {
    const backend = await startTestBackend({
      features: [
        fitnessPlugin,
        switchable.module,
        handle.module,
        notificationsPlugin,
        catalogServiceMock.factory({ entities: catalog }),
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            catalog: { fileLocationRoots: [root] },
          },
        }),
      ],
    });
    const as = (name: string) =>
      mockCredentials.user.header(`user:default/${name}`);
    const notificationsOf = async (name: string) =>
      (
        await request(backend.server)
          .get('/api/notifications')
          .set('Authorization', as(name))
      ).body.notifications as Array<{
        origin: string;
        payload: { topic: string; title: string };
      }>;
    const scanAll = () => handle.scheduler().triggerTask('fitness-scan');
    try {
      await scanAll();

      const saved = await request(backend.server)
        .post('/api/notifications/settings')
        .set('Authorization', as('carol'))
        .send({
          channels: [
            {
              id: 'Web',
              origins: [
                {
                  id: 'plugin:fitness',
                  enabled: true,
                  topics: [{ id: 'fitness-level-dropped', enabled: false }],
                },
              ],
            },
          ],
        });
      expect(saved.status).toBe(200);

      switchable.state.breaking = true;
      appendFileSync(join(root, 'platform-user', 'README.md'), '\nchanged\n');
      await scanAll();

      const dan = await notificationsOf('dan');
      expect(
        dan.map(n => [n.origin, n.payload.topic, n.payload.title]),
      ).toEqual([
        [
          'plugin:fitness',
          'fitness-level-dropped',
          'platform-user: fitness dropped from gold to no level',
        ],
      ]);
      expect(await notificationsOf('carol')).toEqual([]);
    } finally {
      await backend.stop();
    }
  }, 120_000);
});
