import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bootProof,
  formatFailures,
  RunningService,
  ScrapingPrometheus,
  startScrapingPrometheus,
} from '@internal/template-harness';
import sloBackend from '@internal/plugin-slo-backend';
import request from 'supertest';
import { eventually } from '@internal/backend-test-kit';
import {
  runTemplate,
  startScaffolderBackend,
  waitForEntity,
} from './__testUtils__/scaffolderBackend';
import { Server } from './__testUtils__/testBackend';

/*
 * The boot proof of every golden path variant (docs/golden-paths.md): each
 * is generated through the real scaffolder, passes its own CI steps on a
 * private PostgreSQL, boots by its Dockerfile's CMD, and its SLOs, scraped
 * by a private Prometheus, evaluate to numbers in the SLO backend.
 */
const base = mkdtempSync(join(tmpdir(), 'boot-proof-repos-'));
const repos = join(base, 'repos');
const times: string[] = [];

describe('the golden paths boot', () => {
  let server: Server;
  let alice: string;
  let prometheus: ScrapingPrometheus;

  beforeAll(async () => {
    prometheus = await startScrapingPrometheus(base);
    ({ server, token: alice } = await startScaffolderBackend({
      repos,
      templates: [
        'python-layered-service',
        'python-modular-monolith',
        'python-platform-monorepo',
        'architecture-decision-record',
        'runbook',
        'design-document',
      ],
      user: 'alice',
      features: [sloBackend],
      extraConfig: {
        slo: {
          dataSources: {
            'prometheus-main': { type: 'prometheus', url: prometheus.url },
          },
          onDemandEvaluationsPerMinute: 100,
        },
      },
    }));
  }, 120_000);

  afterAll(async () => {
    await prometheus?.stop();
    rmSync(base, { recursive: true, force: true });
    process.stdout.write(`boot proof times:\n${times.join('\n')}\n`);
  });

  /** Evaluates each SLO of the component through the SLO backend's route. */
  const evaluateSlos =
    (component: string) => async (running: RunningService) => {
      let slos: { sloRef: string }[] = [];
      await eventually(`the SLOs of ${component}`, async () => {
        const res = await request(server)
          .get(`/api/slo/entities/component/default/${component}`)
          .set('Authorization', alice);
        slos = res.body.items ?? [];
        return slos.length === 2;
      });
      for (const { sloRef } of slos) {
        const name = sloRef.split('/').pop();
        const res = await request(server)
          .post(`/api/slo/slos/default/${name}/evaluate`)
          .set('Authorization', alice);
        expect({ job: running.job, status: res.status }).toEqual({
          job: component,
          status: 200,
        });
        const [objective] = res.body.objectives;
        expect({
          sloRef,
          status: res.body.status,
          sli: typeof objective?.sli,
          message:
            objective?.sli === undefined ? objective?.message : undefined,
        }).toEqual({
          message: undefined,
          sloRef,
          status: expect.not.stringMatching(
            /no-data|unreachable|misconfigured|error/,
          ),
          sli: 'number',
        });
      }
    };

  const prove = async (
    label: string,
    repository: string,
    component: string,
    service = '.',
  ) => {
    const started = Date.now();
    const report = await bootProof(repository, {
      service,
      prometheus,
      whileRunning: evaluateSlos(component),
    });
    times.push(
      `${label}: ${Math.round((Date.now() - started) / 1000)} s (${report.phases
        .map(p => `${p.phase} ${p.seconds}`)
        .join('; ')})${
        report.events ? `\n  events: ${JSON.stringify(report.events)}` : ''
      }`,
    );
    expect(formatFailures(label, report.failures)).toBe('');
    return report;
  };

  /** The ADR, runbook and design-document golden paths, run on a service. */
  const changeWithTheOtherGoldenPaths = async (component: string) => {
    for (const [template, values] of [
      [
        'architecture-decision-record',
        {
          component,
          title: 'Publish invoices as events',
          context: 'Billing needs them.',
          options: ['Redis Streams', 'RabbitMQ'],
          chosen: 'Redis Streams',
          because: 'we already run Redis.',
          consequences: 'Good, because one broker less.',
        },
      ],
      [
        'runbook',
        { component, dashboards: ['https://grafana.example/d/invoices'] },
      ],
      [
        'design-document',
        {
          component,
          feature: 'Credit notes',
          summary: 'Refunds as credit notes.',
        },
      ],
    ] as const) {
      const res = await runTemplate(server, alice, template, values);
      expect({ template, status: res.status, log: res.log }).toMatchObject({
        status: 'completed',
      });
    }
  };

  // [architecture, messaging, aggregate, changed by the other golden paths]
  const layered: [string, string, string, boolean][] = [
    ['clean', 'none', 'Invoice', true],
    ['clean', 'redis-streams', 'Order', false],
    ['clean', 'rabbitmq', 'Order', false],
    ['hexagonal-cqrs', 'none', 'Order', false],
    ['hexagonal-cqrs', 'redis-streams', 'Order', false],
    ['hexagonal-cqrs', 'rabbitmq', 'Order', false],
  ];

  it.each(layered)(
    'python-layered-service %s with messaging %s, aggregate %s (after the ADR, runbook and design-document templates: %s)',
    async (architecture, messaging, aggregate, changed) => {
      const name = `boot-${architecture === 'clean' ? 'clean' : 'hex'}-${
        messaging.split('-')[0]
      }`;
      const component = `component:default/${name}`;
      const { status, log } = await runTemplate(
        server,
        alice,
        'python-layered-service',
        {
          name,
          description: 'Only the required fields, and the style.',
          owner: 'group:default/platform',
          architecture,
          messaging,
          aggregate,
        },
      );
      expect({ status, log }).toMatchObject({ status: 'completed' });
      await waitForEntity(server, alice, component);
      if (changed) await changeWithTheOtherGoldenPaths(component);
      const report = await prove(
        `python-layered-service {${architecture}, ${messaging}${
          changed ? ', after ADR, runbook, design document' : ''
        }}`,
        join(repos, name),
        name,
      );
      // Every event across a broker restart and a worker kill (eventDelivery.ts).
      const { events } = report;
      expect(
        events && {
          unpublished: events.unpublished,
          handledAll: events.handled === events.outbox,
          createdAll: events.outbox >= events.created,
          takenOver: events.redelivered > 0,
          unreadableLogged: events.unreadable > 0,
        },
      ).toEqual(
        messaging === 'none'
          ? undefined
          : {
              unpublished: 0,
              handledAll: true,
              createdAll: true,
              takenOver: true,
              unreadableLogged: true,
            },
      );
    },
    900_000,
  );

  it('python-modular-monolith with three modules', async () => {
    const { status, log } = await runTemplate(
      server,
      alice,
      'python-modular-monolith',
      {
        name: 'boot-monolith',
        description: 'Orders, billing and accounts.',
        owner: 'group:default/platform',
        modules: ['orders', 'billing', 'user_accounts'],
      },
    );
    expect({ status, log }).toMatchObject({ status: 'completed' });
    await waitForEntity(server, alice, 'component:default/boot-monolith');
    await prove(
      'python-modular-monolith {3 modules}',
      join(repos, 'boot-monolith'),
      'boot-monolith',
    );
  }, 900_000);

  it('python-platform-monorepo with two services', async () => {
    const { status, log } = await runTemplate(
      server,
      alice,
      'python-platform-monorepo',
      {
        name: 'boot-platform',
        description: 'Two services.',
        owner: 'group:default/platform',
        services: ['platform-api', 'platform-user'],
      },
    );
    expect({ status, log }).toMatchObject({ status: 'completed' });
    for (const service of ['platform-api', 'platform-user']) {
      await waitForEntity(server, alice, `component:default/${service}`);
      await prove(
        `python-platform-monorepo {${service}}`,
        join(repos, 'boot-platform'),
        service,
        `services/${service}`,
      );
    }
  }, 1_200_000);
});
