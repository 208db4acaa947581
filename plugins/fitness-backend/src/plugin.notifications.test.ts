import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { pluginSchedulerHandle } from '@internal/backend-test-kit';
import { exampleServices } from './__testUtils__/exampleServices';
import { switchableFunction } from './__testUtils__/switchableFunction';
import { fitnessPlugin } from './plugin';

const { root, entities } = exampleServices();
const switchable = switchableFunction();

const send = jest.fn(async (_notification: any) => undefined);
const handle = pluginSchedulerHandle('fitness');

describe('fitness level drop notifications', () => {
  it('tells the owners once when a level drops, not again on the next scan', async () => {
    const backend = await startTestBackend({
      features: [
        fitnessPlugin,
        switchable.module,
        handle.module,
        catalogServiceMock.factory({ entities }),
        createServiceFactory({
          service: notificationService,
          deps: {},
          factory: () => ({ send }),
        }),
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: { catalog: { fileLocationRoots: [root] } },
        }),
      ],
    });
    const scanAll = () => handle.scheduler().triggerTask('fitness-scan');
    // A change to the tree, so that the next run scans it again.
    const touch = (i: number) =>
      appendFileSync(join(root, 'platform-user', 'README.md'), `\n${i}\n`);
    try {
      await scanAll();
      expect(send).not.toHaveBeenCalled();

      switchable.state.breaking = true;
      touch(1);
      await scanAll();
      touch(2);
      await scanAll();

      const drops = send.mock.calls.filter(
        ([n]) =>
          n.payload.scope === 'fitness-level:component:default/platform-user',
      );
      expect(drops).toHaveLength(1);
      expect(drops[0][0]).toEqual({
        recipients: { type: 'entity', entityRef: 'group:default/identity' },
        payload: expect.objectContaining({
          title: 'platform-user: fitness dropped from gold to no level',
          link: '/catalog/default/component/platform-user/fitness',
          topic: 'fitness-level-dropped',
        }),
      });
    } finally {
      await backend.stop();
    }
  }, 120_000);
});
