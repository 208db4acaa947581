import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  catalogEntities,
  CHECKS,
  checkGeneratedService,
  formatFailures,
  SERVICE_CHECKS,
  ValidateEntity,
} from '@internal/template-harness';
import request from 'supertest';
import {
  runTemplate,
  startScaffolderBackend,
  waitForEntity,
} from './__testUtils__/scaffolderBackend';
import { Server } from './__testUtils__/testBackend';

const repos = join(mkdtempSync(join(tmpdir(), 'golden-path-')), 'repos');

describe('the Python service golden paths through the real scaffolder', () => {
  let server: Server;
  let alice: string;

  beforeAll(async () => {
    ({ server, token: alice } = await startScaffolderBackend({
      repos,
      templates: [
        'python-layered-service',
        'python-modular-monolith',
        'python-platform-monorepo',
      ],
      user: 'alice',
    }));
  }, 60_000);

  const runTask = (values: Record<string, string>) =>
    runTemplate(server, alice, 'python-layered-service', values);

  const matrix = [
    { architecture: 'clean', messaging: 'none', aggregate: 'Category' },
    { architecture: 'clean', messaging: 'redis-streams', aggregate: 'Address' },
    {
      architecture: 'hexagonal-cqrs',
      messaging: 'none',
      aggregate: 'OrderLine',
    },
    {
      architecture: 'hexagonal-cqrs',
      messaging: 'rabbitmq',
      aggregate: 'Shipment',
    },
  ];

  const listRepos = () => (existsSync(repos) ? readdirSync(repos).sort() : []);

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
      // Free text that breaks each kind of file it lands in, unescaped.
      const description = `A ${architecture} service: "quoted", C:\\new\\ # <b>*not* bold</b> \${{ x }} """`;
      const { status, log } = await runTask({
        name,
        description,
        owner: 'group:default/platform',
        architecture,
        messaging,
        aggregate,
      });
      expect({ status, log }).toMatchObject({ status: 'completed' });

      await waitForEntity(server, alice, `component:default/${name}`);

      const dir = join(repos, name);
      const answers = JSON.parse(
        readFileSync(join(dir, '.template-answers.json'), 'utf8'),
      );
      expect(answers).toMatchObject({
        template: 'template:default/python-layered-service',
        values: { architecture, messaging, aggregate, description },
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
      // Dated the day they are written, so adrs-recorded passes in the portal.
      const today = new Date().toISOString().slice(0, 10);
      for (const adr of [
        '0001-record-architecture-decisions.md',
        `0002-${architecture}.md`,
      ]) {
        expect(readFileSync(join(dir, 'docs/adr', adr), 'utf8')).toContain(
          `\ndate: ${today}\n`,
        );
      }
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

  const monoliths = [
    { name: 'shop-one', modules: ['orders'] },
    { name: 'shop-three', modules: ['orders', 'billing', 'user_accounts'] },
  ];

  it.each(monoliths)(
    'python-modular-monolith with modules $modules: generates an exemplary service',
    async ({ name, modules }) => {
      const label = `python-modular-monolith {modules: ${modules.join(', ')}}`;
      const { status, log } = await runTemplate(
        server,
        alice,
        'python-modular-monolith',
        {
          name,
          description: 'Sells things: orders, billing and accounts.',
          owner: 'group:default/platform',
          modules,
        },
      );
      expect({ status, log }).toMatchObject({ status: 'completed' });
      await waitForEntity(server, alice, `component:default/${name}`);

      const dir = join(repos, name);
      const pkg = name.replace(/-/g, '_');
      expect(
        readdirSync(join(dir, 'src', pkg, 'modules'))
          .filter(f => !f.startsWith('_'))
          .sort(),
      ).toEqual([...modules].sort());
      const failures = await checkGeneratedService(dir, [
        ...SERVICE_CHECKS,
        catalogEntities(validateEntity),
      ]);
      expect(formatFailures(label, failures)).toBe('');
    },
    240_000,
  );

  it("fails the harness when a module reaches into another module's repository", async () => {
    const seeded = join(mkdtempSync(join(tmpdir(), 'seeded-')), 'service');
    cpSync(join(repos, 'shop-three'), seeded, { recursive: true });
    const routes = join(seeded, 'src/shop_three/modules/billing/api/routes.py');
    writeFileSync(
      routes,
      `from shop_three.modules.orders.repository.sql import OrdersItemRow\n${readFileSync(
        routes,
        'utf8',
      )}`,
    );

    const report = formatFailures(
      'python-modular-monolith {seeded}',
      await checkGeneratedService(seeded),
    );

    for (const check of ['layer-contracts', 'modular-boundaries']) {
      expect(report).toMatch(
        new RegExp(
          `^python-modular-monolith \\{seeded\\}: \\[fitness ${check}\\] src/shop_three/modules/billing/api/routes.py:1: fail: `,
          'm',
        ),
      );
    }
  }, 120_000);

  it('python-platform-monorepo with two services: generates an exemplary workspace', async () => {
    const services = ['platform-api', 'platform-user'];
    const label = `python-platform-monorepo {services: ${services.join(', ')}}`;
    const { status, log } = await runTemplate(
      server,
      alice,
      'python-platform-monorepo',
      {
        name: 'platform-two',
        description: 'The platform of two services.',
        owner: 'group:default/platform',
        services,
      },
    );
    expect({ status, log }).toMatchObject({ status: 'completed' });
    await waitForEntity(server, alice, 'system:default/platform-two');
    await waitForEntity(
      server,
      alice,
      'component:default/platform-api',
      entity =>
        entity.relations.some(
          (r: { type: string; targetRef: string }) =>
            r.type === 'dependsOn' &&
            r.targetRef === 'component:default/platform-user',
        ),
    );

    const dir = join(repos, 'platform-two');
    const failures = [
      ...(await checkGeneratedService(dir, [
        CHECKS.yamlFiles,
        CHECKS.workflows,
        CHECKS.mkdocs,
        catalogEntities(validateEntity, [
          'catalog-info.yaml',
          ...services.map(s => `services/${s}/openslo.yaml`),
        ]),
      ])),
      ...(
        await Promise.all(
          readdirSync(join(dir, 'libs')).map(lib =>
            checkGeneratedService(join(dir, 'libs', lib), [
              CHECKS.pythonCompiles,
              CHECKS.unitTests,
              CHECKS.ruff,
            ]).then(found =>
              found.map(f => ({ ...f, file: `libs/${lib}/${f.file ?? ''}` })),
            ),
          ),
        )
      ).flat(),
    ];
    for (const service of services) {
      const found = await checkGeneratedService(
        join(dir, 'services', service),
        SERVICE_CHECKS.filter(check => check !== CHECKS.workflows),
      );
      failures.push(
        ...found.map(f => ({
          ...f,
          file: `services/${service}/${f.file ?? ''}`,
        })),
      );
    }
    expect(formatFailures(label, failures)).toBe('');
    expect(readdirSync(join(dir, 'libs')).sort()).toEqual([
      'platform-cache',
      'platform-core',
      'platform-db',
      'platform-messaging',
      'platform-observability',
    ]);
    expect(
      readFileSync(join(dir, '.github/workflows/ci.yml'), 'utf8'),
    ).toContain('working-directory: services/${{ matrix.service }}');
  }, 300_000);

  it.each([
    [
      'python-layered-service',
      { name: 'class', aggregate: 'Order' },
      /"class", a Python keyword/,
    ],
    [
      'python-layered-service',
      { name: 'lives', aggregate: 'None' },
      /"None" is a Python keyword/,
    ],
    [
      'python-layered-service',
      { name: 'json', aggregate: 'Import' },
      /"json", a module of Python's standard library.*"import", a Python keyword/,
    ],
    [
      'python-modular-monolith',
      { name: 'lives', modules: ['orders', 'match'] },
      /"match", a Python soft keyword/,
    ],
  ])(
    '%s refuses %o in words at its first step, and creates nothing',
    async (template, change, words) => {
      const before = listRepos();
      const { status, log } = await runTemplate(server, alice, template, {
        description: 'x',
        owner: 'group:default/platform',
        architecture: 'clean',
        ...change,
      });
      // The log is the task's events as JSON: its quotes are escaped.
      expect({ status, refused: words.test(log.replace(/\\"/g, '"')) }).toEqual(
        {
          status: 'failed',
          refused: true,
        },
      );
      expect(listRepos()).toEqual(before);
    },
  );

  it.each([
    ['a name with a path in it', { name: '../bad' }, /name/],
    ['a missing owner', { owner: undefined }, /owner/],
  ])(
    'refuses %s before the task starts, and creates nothing',
    async (_what, change, message) => {
      const before = listRepos();
      const res = await request(server)
        .post('/api/scaffolder/v2/tasks')
        .set('Authorization', alice)
        .send({
          templateRef: 'template:default/python-layered-service',
          values: {
            name: 'refused',
            description: 'x',
            owner: 'group:default/platform',
            architecture: 'clean',
            aggregate: 'Order',
            ...change,
          },
        });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(message);
      expect(existsSync(join(repos, '..', 'bad'))).toBe(false);
      expect(listRepos()).toEqual(before);
    },
  );
});
