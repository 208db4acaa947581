import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { pluginSchedulerHandle } from '@internal/backend-test-kit';
import request from 'supertest';
import { exampleServices, SERVICES } from './__testUtils__/exampleServices';
import { fitnessPlugin } from './plugin';

describe('components new to the catalog', () => {
  it('are scanned by the frequent task, without waiting for the next full run', async () => {
    const { root, entities } = exampleServices();
    const handle = pluginSchedulerHandle('fitness');
    const backend = await startTestBackend({
      features: [
        fitnessPlugin,
        handle.module,
        catalogServiceMock.factory({ entities }),
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: { catalog: { fileLocationRoots: [root] } },
        }),
      ],
    });
    try {
      const list = () =>
        request(backend.server)
          .get('/api/fitness/list')
          .set('Authorization', mockCredentials.user.header());
      expect((await list()).body.totalItems).toBe(0);
      await handle.scheduler().triggerTask('fitness-scan-new');
      const { body } = await list();
      expect(
        body.items.map((i: { entityRef: string }) => i.entityRef).sort(),
      ).toEqual(SERVICES.map(s => `component:default/${s}`).sort());
    } finally {
      await backend.stop();
    }
  });

  it('forgets a component gone from the catalog on the frequent task', async () => {
    const { root, entities } = exampleServices();
    const catalog = catalogServiceMock({
      entities: entities.map(entity => ({
        ...entity,
        metadata: { ...entity.metadata, uid: `uid-${entity.metadata.name}` },
      })),
    });
    const handle = pluginSchedulerHandle('fitness');
    const backend = await startTestBackend({
      features: [
        fitnessPlugin,
        handle.module,
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: { catalog: { fileLocationRoots: [root] } },
        }),
      ],
    });
    try {
      const listed = async () =>
        (
          await request(backend.server)
            .get('/api/fitness/list')
            .set('Authorization', mockCredentials.user.header())
        ).body.items.map((i: { entityRef: string }) => i.entityRef);
      await handle.scheduler().triggerTask('fitness-scan-new');
      expect(await listed()).toContain('component:default/catalog-service');

      await catalog.removeEntityByUid('uid-catalog-service', {
        credentials: mockCredentials.service(),
      });
      await handle.scheduler().triggerTask('fitness-scan-new');
      expect(await listed()).not.toContain('component:default/catalog-service');
      expect(await listed()).toContain('component:default/platform-api');
    } finally {
      await backend.stop();
    }
  });
});
