import { eventually } from '@internal/backend-test-kit';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import permissionPlugin from '@backstage/plugin-permission-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import exampleUsersProvider from '@internal/plugin-auth-backend-module-example-users-provider';
import catalogLocalRepos from '@internal/plugin-catalog-backend-module-local-repos';
import catalogOpenslo from '@internal/plugin-catalog-backend-module-openslo';
import portalPolicy from '@internal/plugin-permission-backend-module-portal-policy';
import scaffolderGoldenPath from '@internal/plugin-scaffolder-backend-module-golden-path';
import request from 'supertest';
import {
  catalogEntities,
  checkGeneratedService,
  formatFailures,
  SERVICE_CHECKS,
  ValidateEntity,
} from '@internal/template-harness';
import {
  realAuthServices,
  Server,
  signIn,
  testConfig,
} from './__testUtils__/testBackend';

const root = resolve(__dirname, '../../..');
const repos = join(mkdtempSync(join(tmpdir(), 'golden-path-')), 'repos');

describe('python-layered-service through the real scaffolder', () => {
  let server: Server;
  let alice: string;

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        authPlugin,
        exampleUsersProvider,
        catalogPlugin,
        catalogScaffolderEntityModel,
        catalogLocalRepos,
        catalogOpenslo,
        scaffolderPlugin,
        scaffolderGoldenPath,
        permissionPlugin,
        portalPolicy,
        ...realAuthServices,
        testConfig({
          goldenPath: { localRepositories: repos },
          extraLocations: [
            {
              type: 'file',
              target: join(
                root,
                'templates/python-layered-service/template.yaml',
              ),
              rules: [{ allow: ['Template'] }],
            },
          ],
          fileLocationRoots: [root, repos],
        }),
      ],
    }));
    await eventually('alice and the template', async () => {
      try {
        alice = await signIn(server, 'alice');
      } catch {
        return false;
      }
      const res = await request(server)
        .get(
          '/api/catalog/entities/by-name/template/default/python-layered-service',
        )
        .set('Authorization', alice);
      return res.status === 200;
    });
  }, 60_000);

  async function runTask(values: Record<string, string>) {
    const created = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set('Authorization', alice)
      .send({ templateRef: 'template:default/python-layered-service', values });
    expect(created.status).toBe(201);
    let task: { status: string } = { status: 'open' };
    await eventually(
      'the task to finish',
      async () => {
        const res = await request(server)
          .get(`/api/scaffolder/v2/tasks/${created.body.id}`)
          .set('Authorization', alice);
        task = res.body;
        return ['completed', 'failed'].includes(task.status);
      },
      60_000,
    );
    const events = await request(server)
      .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
      .set('Authorization', alice);
    return { status: task.status, log: JSON.stringify(events.body) };
  }

  const matrix = [
    { architecture: 'clean', messaging: 'none', aggregate: 'Order' },
    { architecture: 'clean', messaging: 'redis-streams', aggregate: 'Invoice' },
    { architecture: 'hexagonal-cqrs', messaging: 'none', aggregate: 'Product' },
    {
      architecture: 'hexagonal-cqrs',
      messaging: 'rabbitmq',
      aggregate: 'Shipment',
    },
  ];

  const validateEntity: ValidateEntity = async (entity, location) => {
    const res = await request(server)
      .post('/api/catalog/validate-entity')
      .set('Authorization', alice)
      .send({ entity, location });
    return res.status === 200 ? undefined : JSON.stringify(res.body);
  };

  it.each(matrix)(
    'python-layered-service %o: generates an exemplary service',
    async ({ architecture, messaging, aggregate }) => {
      const name = `${architecture}-${aggregate.toLowerCase()}`;
      const label = `python-layered-service {architecture: ${architecture}, messaging: ${messaging}}`;
      const { status, log } = await runTask({
        name,
        description: `A ${architecture} service: with a colon`,
        owner: 'group:default/platform',
        architecture,
        messaging,
        aggregate,
      });
      expect({ status, log }).toMatchObject({ status: 'completed' });

      await eventually(
        'the registered component',
        async () =>
          (
            await request(server)
              .get(`/api/catalog/entities/by-name/component/default/${name}`)
              .set('Authorization', alice)
          ).status === 200,
        30_000,
      );

      const dir = join(repos, name);
      const answers = JSON.parse(
        readFileSync(join(dir, '.template-answers.json'), 'utf8'),
      );
      expect(answers).toMatchObject({
        template: 'template:default/python-layered-service',
        values: { architecture, messaging, aggregate },
      });
      const application = join(
        dir,
        'src',
        name.replace(/-/g, '_'),
        'application',
      );
      expect({
        worker: existsSync(join(application, '../presentation/worker.py')),
        useCases: existsSync(join(application, 'use_cases.py')),
        bus: existsSync(join(application, 'message_bus.py')),
        adr: existsSync(join(dir, `docs/adr/0002-${architecture}.md`)),
      }).toEqual({
        worker: messaging !== 'none',
        useCases: architecture === 'clean',
        bus: architecture === 'hexagonal-cqrs',
        adr: true,
      });
      const failures = await checkGeneratedService(dir, [
        ...SERVICE_CHECKS,
        catalogEntities(validateEntity),
      ]);
      expect(formatFailures(label, failures)).toBe('');
    },
    240_000,
  );

  it('fails the harness on a seeded violation: the domain importing infrastructure', async () => {
    const { architecture, aggregate } = matrix[0];
    const name = `${architecture}-${aggregate.toLowerCase()}`;
    const pkg = name.replace(/-/g, '_');
    const seeded = join(mkdtempSync(join(tmpdir(), 'seeded-')), 'service');
    cpSync(join(repos, name), seeded, {
      recursive: true,
    });
    const model = join(seeded, `src/${pkg}/domain/model.py`);
    writeFileSync(
      model,
      `from ${pkg}.infrastructure.settings import Settings\n${readFileSync(
        model,
        'utf8',
      )}`,
    );

    const report = formatFailures(
      'python-layered-service {seeded}',
      await checkGeneratedService(seeded),
    );

    expect(report).toMatch(
      new RegExp(
        `^python-layered-service \\{seeded\\}: \\[fitness layer-contracts\\] src/${pkg}/domain/model.py:1: fail: `,
        'm',
      ),
    );
  }, 120_000);

  it('refuses a bad name before the task starts, and creates nothing', async () => {
    const res = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set('Authorization', alice)
      .send({
        templateRef: 'template:default/python-layered-service',
        values: {
          name: '../bad',
          description: 'x',
          owner: 'group:default/platform',
          architecture: 'clean',
          aggregate: 'Order',
        },
      });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/name/);
    expect(existsSync(join(repos, '..', 'bad'))).toBe(false);
    expect(existsSync(repos) ? readdirSync(repos).sort() : []).toEqual([
      ...matrix
        .map(c => `${c.architecture}-${c.aggregate.toLowerCase()}`)
        .sort(),
    ]);
  });
});
