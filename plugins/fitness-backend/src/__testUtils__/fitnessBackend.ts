/*
 * The fitness backend of plugin*.test.ts: the example services, a template,
 * a component outside the file roots and a company's own function, scanned
 * once before the file's tests.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  fitnessFunctionModule,
  pluginSchedulerHandle,
} from '@internal/backend-test-kit';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  EntityFitness,
  FitnessResultView,
} from '@internal/plugin-fitness-common';
import { fitnessFunctionsExtensionPoint } from '@internal/plugin-fitness-node';
import request from 'supertest';
import { exampleServices } from './exampleServices';
import { fitnessPlugin } from '../plugin';

/** An architect's credentials; the permission policy allows everything here. */
export const user = mockCredentials.user.header('user:default/grace');
// Each test file has its own module registry, so its own copy of the examples.
const { root: examplesRoot, entities: examples } = exampleServices();
export const root = examplesRoot;
// catalog-service says it came from a golden path two major versions ago.
const entities = examples.map(entity =>
  entity.metadata.name === 'catalog-service'
    ? {
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: {
            ...entity.metadata.annotations,
            'backstage.io/source-template':
              'template:default/python-layered-service',
            'golden-path/template-version': '0.2.0',
          },
        },
      }
    : entity,
);
const template = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: {
    name: 'python-layered-service',
    namespace: 'default',
    annotations: { 'golden-path/template-version': '2.1.0' },
  },
  spec: {},
};

const outsider = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'outsider',
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location': 'file:/etc/catalog-info.yaml',
    },
  },
  spec: { type: 'service', owner: 'group:default/platform' },
};

const companyFunctions = fitnessFunctionModule([
  {
    id: 'has-readme',
    title: 'Has a README',
    category: 'documentation',
    level: 'gold',
    evaluate: `async ({ tree }) =>
      tree.files.some(f => f.path === 'README.md')
        ? { status: 'pass', summary: 'README.md', evidence: [] }
        : { status: 'warn', summary: 'No README.md', evidence: [] }`,
  },
]);

const companyRule = createBackendModule({
  pluginId: 'fitness',
  moduleId: 'company-rules',
  register(reg) {
    reg.registerInit({
      deps: { fitness: fitnessFunctionsExtensionPoint },
      async init({ fitness }) {
        fitness.addFunctionModule(companyFunctions);
      },
    });
  },
});

const handle = pluginSchedulerHandle('fitness');
export const runTask = (id: string) => handle.scheduler().triggerTask(id);

let server: Parameters<typeof request>[0];

/** Starts the backend before the file's tests, with one scan run, and stops it after. */
export function startFitnessBackendForThisFile() {
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        fitnessPlugin,
        companyRule,
        handle.module,
        catalogServiceMock.factory({
          entities: [...entities, outsider, template],
        }),
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: { catalog: { fileLocationRoots: [root] } },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
    await runTask('fitness-scan');
  }, 60_000);
  afterAll(() => stop());
}

export const backendRequest = () => request(server);

export const get = (path: string) =>
  backendRequest().get(`/api/fitness${path}`).set('Authorization', user);

export const fitnessOf = async (name: string): Promise<EntityFitness> => {
  const res = await get(`/entities/component/default/${name}`);
  expect(res.status).toBe(200);
  return res.body;
};

export const resultOf = (
  fitness: EntityFitness,
  id: string,
): FitnessResultView => fitness.results.find(r => r.functionId === id)!;

export const historyLength = async (name: string) =>
  (await get(`/entities/component/default/${name}/history`)).body.items.length;

/** Waives platform-api's broken layer contract, as an architect does. */
export const waiveLayerContracts = (reason: string) =>
  backendRequest()
    .post('/api/fitness/waivers')
    .set('Authorization', user)
    .send({
      entityRef: 'component:default/platform-api',
      functionId: 'layer-contracts',
      reason,
      adrRef: 'docs/adr/0002-route-directly.md',
      expiresAt: '2099-01-01',
    });
