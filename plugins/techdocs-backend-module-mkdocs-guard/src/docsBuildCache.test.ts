import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import techdocsPlugin from '@backstage/plugin-techdocs-backend';
import request from 'supertest';
import { GuardedTechdocsGenerator } from './GuardedTechdocsGenerator';
import mkdocsGuard from './index';

const example = resolve(__dirname, '../../../examples/services/platform-user');

describe('TechDocs builds in the embedded default', () => {
  it('builds an entity once: a second view of unchanged docs starts no mkdocs', async () => {
    const runs = jest.spyOn(GuardedTechdocsGenerator.prototype, 'run');
    const { server } = await startTestBackend({
      features: [
        techdocsPlugin,
        mkdocsGuard,
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: {
                name: 'platform-user',
                namespace: 'default',
                uid: 'uid-platform-user',
                annotations: {
                  'backstage.io/techdocs-ref': 'dir:.',
                  'backstage.io/managed-by-location': `file:${join(
                    example,
                    'catalog-info.yaml',
                  )}`,
                },
              },
              spec: {
                type: 'service',
                owner: 'group:default/identity',
                lifecycle: 'production',
              },
            },
          ],
        }),
        mockServices.rootConfig.factory({
          data: {
            techdocs: {
              builder: 'local',
              generator: {
                runIn: 'local',
                mkdocs: {
                  omitTechdocsCorePlugin: true,
                  disableExternalFonts: true,
                },
              },
              publisher: {
                type: 'local',
                local: {
                  publishDirectory: mkdtempSync(join(tmpdir(), 'techdocs-')),
                },
              },
            },
          },
        }),
      ],
    });
    const sync = () =>
      request(server)
        .get('/api/techdocs/sync/default/component/platform-user')
        .buffer(true);

    const first = await sync();
    expect(first.text).toMatch(/event: finish\ndata: \{"updated":true\}/);
    expect(runs).toHaveBeenCalledTimes(1);

    const page = await request(server).get(
      '/api/techdocs/static/docs/default/component/platform-user/runbook/index.html',
    );
    expect(page.status).toBe(200);
    expect(page.text).toContain('id="platform-user-availability-fast-burn"');

    const second = await sync();
    expect(second.text).toMatch(/event: finish\ndata: \{"updated":false\}/);
    expect(runs).toHaveBeenCalledTimes(1);
  }, 60_000);
});
