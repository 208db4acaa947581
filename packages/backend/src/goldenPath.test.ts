import { eventually } from '@internal/backend-test-kit';
import { execFileSync, spawnSync } from 'node:child_process';
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
import { parseAllDocuments } from 'yaml';
import { describeProblems, validateOpenslo } from '@internal/plugin-slo-common';
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

      // Its SLOs and alert policies pass the catalog's OpenSLO validation, and
      // the runbook has a section for each policy.
      const openslo = parseAllDocuments(
        readFileSync(join(dir, 'openslo.yaml'), 'utf8'),
      ).map(doc => doc.toJS());
      const problems = openslo.map(doc =>
        describeProblems(validateOpenslo(doc)),
      );
      expect(problems.filter(Boolean)).toEqual([]);
      const runbook = readFileSync(join(dir, 'docs/runbook.md'), 'utf8');
      for (const doc of openslo.filter(d => d.kind === 'AlertPolicy')) {
        expect(runbook).toContain(`### ${doc.metadata.name}\n`);
      }
      expect(openslo.filter(d => d.kind === 'AlertPolicy')).toHaveLength(4);

      // The fitness engine on the generated source: every contract kept and
      // every function that needs no catalog passing.
      const check = spawnSync(
        process.execPath,
        [
          join(root, 'packages/fitness-engine/bin/fitness'),
          'check',
          dir,
          '--format',
          'json',
        ],
        { encoding: 'utf8' },
      );
      const report = JSON.parse(check.stdout);
      const failing = report.functions.filter(
        (f: { status: string }) =>
          !['pass', 'not-applicable'].includes(f.status),
      );
      expect({ failing, exitCode: check.status }).toEqual({
        failing: [],
        exitCode: 0,
      });
      expect(report.score).toEqual(
        expect.objectContaining({ overall: 100, level: 'gold' }),
      );
      expect(report.contracts).toMatchObject({ broken: 0, errors: 0 });
      expect(report.contracts.kept).toBeGreaterThanOrEqual(1);
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
