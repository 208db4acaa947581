import { Readable } from 'node:stream';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import searchPlugin from '@backstage/plugin-search-backend';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import {
  pluginSchedulerHandle,
  portalTestDatabases,
} from '@internal/backend-test-kit';
import request from 'supertest';
import { EXAMPLES, exampleComponent } from './__testUtils__/exampleComponent';
import { searchModuleGoldenPath } from './module';

const databases = portalTestDatabases();

/**
 * TechDocs' collator on a portal where no service's docs are built yet: it
 * finds nothing, so Lunr creates no techdocs index.
 */
const techdocsWithoutDocs = createBackendModule({
  pluginId: 'search',
  moduleId: 'techdocs-without-docs',
  register(reg) {
    reg.registerInit({
      deps: {
        indexRegistry: searchIndexRegistryExtensionPoint,
        scheduler: coreServices.scheduler,
      },
      async init({ indexRegistry, scheduler }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner({
            frequency: { minutes: 10 },
            timeout: { minutes: 1 },
          }),
          factory: {
            type: 'techdocs',
            getCollator: async () => Readable.from([]),
          },
        });
      },
    });
  },
});

describe.each(databases.eachSupportedId())('search on %s', databaseId => {
  it('answers a type without an index with no results, and finds ADRs once indexed', async () => {
    const search = pluginSchedulerHandle('search');
    const { server } = await startTestBackend({
      features: [
        search.module,
        searchPlugin,
        searchModuleGoldenPath,
        techdocsWithoutDocs,
        mockServices.database.factory({
          knex: await databases.init(databaseId),
        }),
        mockServices.rootConfig.factory({
          data: { catalog: { fileLocationRoots: [EXAMPLES] } },
        }),
        catalogServiceMock.factory({
          entities: [exampleComponent('platform-user')],
        }),
      ],
    });
    const alice = mockCredentials.user.header('user:default/alice');
    const query = (term: string, type: string) =>
      request(server)
        .get('/api/search/query')
        .query({ term, types: [type] })
        .set('Authorization', alice);

    // Before any collator ran: no index at all.
    const early = await query('structlog', 'adr');
    expect({ status: early.status, results: early.body.results }).toEqual({
      status: 200,
      results: [],
    });

    for (const task of await search.scheduler().getScheduledTasks()) {
      await search.scheduler().triggerTask(task.id);
    }
    const techdocs = await query('runbook', 'techdocs');
    expect({ status: techdocs.status, results: techdocs.body.results }).toEqual(
      {
        status: 200,
        results: [],
      },
    );
    const adrs = await query('structlog', 'adr');
    expect(adrs.status).toBe(200);
    expect(
      adrs.body.results.map(
        (r: { document: { title: string } }) => r.document.title,
      ),
    ).toContain('ADR-0004 Log JSON with structlog');
  }, 60_000);
});
