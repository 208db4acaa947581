import { eventually } from '@internal/backend-test-kit';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
import portalPolicy from '@internal/plugin-permission-backend-module-portal-policy';
import scaffolderGoldenPath from '@internal/plugin-scaffolder-backend-module-golden-path';
import request from 'supertest';
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

  it.each([
    ['clean', 'Order'],
    ['hexagonal-cqrs', 'Product'],
  ])(
    'creates a %s service whose unit tests pass',
    async (architecture, aggregate) => {
      const name = `${architecture}-svc`;
      const { status, log } = await runTask({
        name,
        description: `A ${architecture} service: with a colon`,
        owner: 'group:default/platform',
        architecture,
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
        values: { architecture, aggregate },
      });
      execFileSync('python3', ['-m', 'compileall', '-q', 'src', 'tests'], {
        cwd: dir,
      });
      const pytest = execFileSync(
        'python3',
        ['-m', 'pytest', '-q', 'tests/unit'],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(pytest).toMatch(/passed/);
    },
    120_000,
  );

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
      'clean-svc',
      'hexagonal-cqrs-svc',
    ]);
  });
});
