import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  fitnessFunctionModule,
  pluginSchedulerHandle,
  whileProbingLiveness,
} from '@internal/backend-test-kit';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { fitnessFunctionsExtensionPoint } from '@internal/plugin-fitness-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { EntityFitness } from '@internal/plugin-fitness-common';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { fitnessPlugin } from './plugin';

const user = mockCredentials.user.header('user:default/grace');

/** A repository written to freeze a scanner: every file is a regex bomb for one function or another. */
function hostileRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'fitness-hostile-'));
  const files: Record<string, string> = {
    'catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\n',
    'src/hostile/__init__.py': '',
    'src/hostile/domain.py': 'import os\n',
    // hardcoded-secrets: 512 KB of "secret" on one line.
    'config/secrets.txt': 'secret'.repeat(87_382),
    // pinned-dependencies: a requirement followed by 200,000 spaces and no comment.
    'requirements.txt': `fastapi${' '.repeat(200_000)}x\n`,
    // import-linter options: a key, 200,000 spaces, no separator.
    '.importlinter': `[importlinter]\nroot_package = hostile\na${' '.repeat(
      200_000,
    )}b\n`,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('a hostile repository', () => {
  const handle = pluginSchedulerHandle('fitness');
  const root = hostileRepository();
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'hostile',
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `file:${join(
          root,
          'catalog-info.yaml',
        )}`,
        'golden-path/architecture': 'clean',
      },
    },
    spec: { type: 'service', owner: 'group:default/platform' },
  };

  // A company's function that never returns, as a careless regex would.
  const endless = createBackendModule({
    pluginId: 'fitness',
    moduleId: 'endless',
    register(reg) {
      reg.registerInit({
        deps: { fitness: fitnessFunctionsExtensionPoint },
        async init({ fitness }) {
          fitness.addFunctionModule(
            fitnessFunctionModule([
              {
                id: 'endless',
                evaluate: `async ({ tree }) => {
                  if (tree.files.some(f => f.path === 'LOOP')) for (;;) {}
                  return { status: 'pass', summary: 'no loop', evidence: [] };
                }`,
              },
            ]),
          );
        },
      });
    },
  });

  it('neither freezes the backend nor ends its scan in a time-out; a function that never returns is stopped at the limit', async () => {
    const { server } = await startTestBackend({
      features: [
        fitnessPlugin,
        endless,
        handle.module,
        catalogServiceMock.factory({ entities: [entity] }),
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: {
            catalog: { fileLocationRoots: [root] },
            fitness: { scanTimeout: { seconds: 3 } },
          },
        }),
      ],
    });
    const port = (server.address() as AddressInfo).port;

    /** Runs a full scan while probing liveness; what the probes answered. */
    const scanWhileProbing = async () => {
      const { outcome, answers } = await whileProbingLiveness(port, () =>
        handle.scheduler().triggerTask('fitness-scan'),
      );
      expect(outcome.status).toBe('fulfilled');
      return answers;
    };
    const fitness = async (): Promise<EntityFitness> => {
      const res = await request(server)
        .get('/api/fitness/entities/component/default/hostile')
        .set('Authorization', user);
      expect(res.status).toBe(200);
      return res.body;
    };

    const answers = await scanWhileProbing();
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter(a => a !== '200')).toEqual([]);
    const first = await fitness();
    const statusOf = (id: string) =>
      first.results.find(r => r.functionId === id)?.status;
    expect(statusOf('hardcoded-secrets')).toBe('pass');
    expect(statusOf('pinned-dependencies')).toBe('fail');
    // The .importlinter line is not an option: the one error, said briefly.
    const errors = first.results.filter(r => r.status === 'error');
    expect(errors.map(r => r.functionId)).toEqual(['layer-contracts']);
    expect(errors[0].summary).toMatch(
      /cannot read "a {79}… \(200002 characters\)": write options as "key = value"/,
    );

    writeFileSync(join(root, 'LOOP'), 'the company function loops on this');
    const during = await scanWhileProbing();
    expect(during.length).toBeGreaterThan(3);
    expect(during.filter(a => a !== '200')).toEqual([]);
    const stopped = (await fitness()).results.find(
      r => r.functionId === 'endless',
    );
    expect(stopped).toMatchObject({
      status: 'error',
      summary:
        'Stopped: the scan passed its 3 s limit while endless was running and was stopped.',
    });
  }, 120_000);
});
