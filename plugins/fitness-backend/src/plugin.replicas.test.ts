import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  eventually,
  fitnessFunctionModule,
  portalTestDatabases,
} from '@internal/backend-test-kit';
import { fitnessFunctionsExtensionPoint } from '@internal/plugin-fitness-node';
import { Knex } from 'knex';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleServices, SERVICES } from './__testUtils__/exampleServices';
import { fitnessPlugin } from './plugin';

const databases = portalTestDatabases();
const { root, entities } = exampleServices();

/** How often each replica evaluated each entity, counted by a function of its own. */
// Each evaluation appends "<replica> <entity>" to this file: the functions
// run in the scans' worker threads, not in the test's.
const evaluationLog = join(
  mkdtempSync(join(tmpdir(), 'fitness-evaluations-')),
  'log',
);

function evaluations(): Map<string, number> {
  const counts = new Map<string, number>();
  const text = existsSync(evaluationLog)
    ? readFileSync(evaluationLog, 'utf8')
    : '';
  for (const line of text.split('\n').filter(Boolean)) {
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}

function countingModule(replicaName: string) {
  const path = fitnessFunctionModule([
    {
      id: 'evaluation-counter',
      title: 'Counts evaluations',
      category: 'operability',
      level: 'gold',
      evaluate: `async ({ catalog }) => {
        fs.appendFileSync(${JSON.stringify(evaluationLog)}, ${JSON.stringify(
        replicaName,
      )} + ' ' + (catalog && catalog.entityRef) + '\\n');
        return { status: 'pass', summary: 'counted', evidence: [] };
      }`,
    },
  ]);
  return createBackendModule({
    pluginId: 'fitness',
    moduleId: `counter-${replicaName}`,
    register(reg) {
      reg.registerInit({
        deps: { fitness: fitnessFunctionsExtensionPoint },
        async init({ fitness }) {
          fitness.addFunctionModule(path);
        },
      });
    },
  });
}

function replica(name: string, knex: Knex) {
  return startTestBackend({
    features: [
      fitnessPlugin,
      countingModule(name),
      schedulerServiceFactory,
      mockServices.database.factory({ knex }),
      catalogServiceMock.factory({ entities }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: {
          catalog: { fileLocationRoots: [root] },
          fitness: {
            schedule: {
              frequency: { seconds: 2 },
              timeout: { minutes: 1 },
              initialDelay: { seconds: 1 },
            },
          },
        },
      }),
    ],
  });
}

const describeOnPostgres = databases.supports('POSTGRES_15')
  ? describe
  : describe.skip;

describeOnPostgres('two replicas on one PostgreSQL database', () => {
  it('scan each entity exactly once between them', async () => {
    const knex = await databases.init('POSTGRES_15');
    const backends: TestBackend[] = [];
    try {
      backends.push(await replica('a', knex), await replica('b', knex));
      await eventually(
        'every component scanned',
        async () =>
          Number((await knex('fitness_latest').count({ n: '*' }))[0].n) ===
          SERVICES.length,
        60_000,
      );
      // Let both replicas' schedules come round several more times.
      await eventually(
        'three more runs',
        async () =>
          Number(
            (
              await knex('fitness_runs')
                .whereNotNull('finished_at')
                .count({ n: '*' })
            )[0].n,
          ) >= 4,
        60_000,
      );
      for (const service of SERVICES) {
        const ref = `component:default/${service}`;
        const counts = evaluations();
        const total =
          (counts.get(`a ${ref}`) ?? 0) + (counts.get(`b ${ref}`) ?? 0);
        expect({ ref, total }).toEqual({ ref, total: 1 });
      }
      expect(Number((await knex('fitness_scans').count({ n: '*' }))[0].n)).toBe(
        SERVICES.length,
      );
    } finally {
      for (const backend of backends) await backend.stop();
    }
  }, 120_000);
});
