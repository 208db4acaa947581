import { createServiceFactory } from '@backstage/backend-plugin-api';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  PrometheusFixture,
  startPrometheusWithHistory,
} from '@internal/backend-test-kit';
import catalogOpenslo from '@internal/plugin-catalog-backend-module-openslo';
import { OPENSLO_KINDS, SloEvaluation } from '@internal/plugin-slo-common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  documents,
  waitForAttachedSlos,
  writeRepository,
} from './__testUtils__/checkoutRepository';
import { sloPlugin } from './plugin';

/*
 * History: 30 days and 2 hours of one-minute samples. Every minute serves
 * 1,000 requests; 0.5 fail, except in the newest hour, when 20 fail (2 %).
 * Hand-computed for a 99.9 % objective over 30 days (43,200 minutes):
 *   bad  = 0.5 × 43,140 + 20 × 60 = 22,770 of 43,200,000 requests
 *   SLI  = 1 − 22,770 / 43,200,000 = 0.99947292
 *   budget remaining = 1 − 0.00052708 / 0.001 = 0.47291667
 *   burn 1h = 5m = 30m = 0.02 / 0.001 = 20
 *   burn 6h = (0.5 × 300 + 1,200) / 360,000 / 0.001 = 3.75
 *   burn 3d = (0.5 × 4,260 + 1,200) / 4,320,000 / 0.001 = 0.77083333
 *   time to exhaustion at 20 = 0.47291667 × 2,592,000 s / 20 = 61,290 s
 * Timeslices of one minute at 99 %: the 60 burning minutes (98 %) are bad:
 *   remaining = 1 − 60 / (0.01 × 43,200) = 0.86111111, SLI = 0.99861111
 * The same 60 minutes are bad for a threshold of at most 5 errors a minute.
 * RatioTimeslices averages the minutes' ratios; with equal traffic a minute:
 *   (0.9995 × 43,140 + 0.98 × 60) / 43,200 = 0.99947292, remaining 0.47291667
 * increase() extrapolates to the window edges, so values match within 2 %.
 */
const MINUTES = 30 * 1440 + 120;
const BURNING_FROM = MINUTES - 60;
const TOLERANCE = 0.02;

const expectNear = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(
    Math.abs(expected) * TOLERANCE,
  );
};

const user = mockCredentials.user.header('user:default/alice');

const send = jest.fn(async (_notification: any) => undefined);

describe('slo backend against a real Prometheus', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slo-backend-'));
  let prometheus: PrometheusFixture;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  const evaluate = async (name: string): Promise<SloEvaluation> => {
    const res = await request(backend.server)
      .post(`/api/slo/slos/default/${name}/evaluate`)
      .set('Authorization', user);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    writeRepository(path.join(dir, 'checkout'));
    prometheus = await startPrometheusWithHistory({
      minutes: MINUTES,
      series: [
        {
          name: 'http_requests_total',
          labels: { job: 'checkout', code: '200' },
          perMinute: m => (m >= BURNING_FROM ? 980 : 999.5),
        },
        {
          name: 'http_requests_total',
          labels: { job: 'checkout', code: '500' },
          perMinute: m => (m >= BURNING_FROM ? 20 : 0.5),
        },
      ],
    });
    backend = await startTestBackend({
      features: [
        createServiceFactory({
          service: notificationService,
          deps: {},
          factory: () => ({ send }),
        }),
        sloPlugin,
        catalogPlugin,
        catalogOpenslo,
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            catalog: {
              processingInterval: { seconds: 1 },
              rules: [{ allow: ['Component', 'Location', ...OPENSLO_KINDS] }],
              locations: [
                {
                  type: 'file',
                  target: path.join(dir, 'checkout', 'catalog-info.yaml'),
                },
              ],
            },
            slo: {
              onDemandEvaluationsPerMinute: 100,
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 24 },
              },
              dataSources: {
                'prometheus-test': { type: 'prometheus', url: prometheus.url },
                'prometheus-down': {
                  type: 'prometheus',
                  url: 'http://127.0.0.1:9',
                },
                'prometheus-unset': { type: 'prometheus' },
              },
            },
          },
        }),
      ],
    });
    await waitForAttachedSlos(backend.server, user);
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    await prometheus?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('computes the Occurrences budget, burn rates and alerts by hand', async () => {
    const evaluation = await evaluate('checkout-availability');
    expect(evaluation.status).toBe('burning');
    const [objective] = evaluation.objectives;
    expectNear(objective.sli, 0.99947292);
    expectNear(objective.budgetRemaining, 0.47291667);
    expectNear(objective.burnRate, 20);
    expectNear(objective.timeToExhaustionSeconds, 61_290);
    const [fast, slow] = objective.alerts;
    expect(fast).toMatchObject({
      policy: 'checkout-availability-fast-burn',
      longSeconds: 3600,
      shortSeconds: 300,
      state: 'firing',
    });
    expectNear(fast.longBurnRate, 20);
    expectNear(fast.shortBurnRate, 20);
    expect(slow).toMatchObject({
      policy: 'checkout-availability-slow-burn',
      longSeconds: 259_200,
      shortSeconds: 21_600,
      state: 'ok',
    });
    expectNear(slow.longBurnRate, 0.77083333);
    expectNear(slow.shortBurnRate, 3.75);
  }, 60_000);

  it('tells the owners once when an alert starts firing, linking to the runbook section', async () => {
    const firing = () =>
      send.mock.calls.filter(
        ([n]) =>
          n.payload.scope ===
          'slo-alert:slo:default/checkout-availability:checkout-availability-fast-burn',
      );
    await evaluate('checkout-availability');
    await evaluate('checkout-availability');
    expect(firing()).toHaveLength(1);
    expect(firing()[0][0]).toEqual({
      recipients: { type: 'entity', entityRef: 'group:default/payments' },
      payload: expect.objectContaining({
        title:
          'checkout-availability: checkout-availability-fast-burn is firing',
        link: '/docs/default/component/checkout/runbook/#checkout-availability-fast-burn',
        topic: 'slo-alert-firing',
        severity: 'high',
      }),
    });
    expect(
      send.mock.calls.some(([n]) => n.payload.title.includes('slow-burn')),
    ).toBe(false);
  }, 60_000);

  it('computes the Timeslices budget with a subquery', async () => {
    const evaluation = await evaluate('checkout-availability-slices');
    expect(evaluation.budgetingMethod).toBe('Timeslices');
    const [objective] = evaluation.objectives;
    expectNear(objective.budgetRemaining, 0.86111111);
    expectNear(objective.sli, 0.99861111);
  }, 60_000);

  it('computes RatioTimeslices as the mean of the slices', async () => {
    const evaluation = await evaluate('checkout-availability-ratio-slices');
    expect(evaluation.budgetingMethod).toBe('RatioTimeslices');
    const [objective] = evaluation.objectives;
    expectNear(objective.sli, 0.99947292);
    expectNear(objective.budgetRemaining, 0.47291667);
  }, 60_000);

  it('computes Timeslices of a threshold metric', async () => {
    const evaluation = await evaluate('checkout-error-minutes');
    const [objective] = evaluation.objectives;
    expectNear(objective.budgetRemaining, 0.86111111);
    expectNear(objective.sli, 0.99861111);
  }, 60_000);

  it('gives clear statuses for failing sources instead of crashing', async () => {
    const unreachable = await evaluate('checkout-unreachable');
    expect(unreachable.status).toBe('unreachable');
    expect(unreachable.message).toMatch(/^source unreachable since \d{4}-/);
    const again = await evaluate('checkout-unreachable');
    expect(again.message?.slice(0, 50)).toBe(unreachable.message?.slice(0, 50));

    const definitionsOnly = await evaluate('checkout-definitions-only');
    expect(definitionsOnly).toMatchObject({
      status: 'no-data',
      message:
        "data source 'prometheus-unset' has no URL; only the definitions are shown",
    });
    const unknown = await evaluate('checkout-unknown-source');
    expect(unknown).toMatchObject({
      status: 'misconfigured',
      message:
        "data source 'prometheus-nowhere' is not configured in app-config (slo.dataSources)",
    });
    const empty = await evaluate('checkout-empty');
    expect(empty).toMatchObject({
      status: 'no-data',
      message: 'no data: the queries matched no events in the window',
    });
  }, 60_000);

  it('serves the entity SLOs, the board sorted by budget, and history', async () => {
    await evaluate('checkout-availability');
    const entity = await request(backend.server)
      .get('/api/slo/entities/component/default/checkout')
      .set('Authorization', user);
    expect(entity.status).toBe(200);
    const slo = entity.body.items.find(
      (i: { sloRef: string }) =>
        i.sloRef === 'slo:default/checkout-availability',
    );
    expect(slo).toMatchObject({
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.999 }],
      evaluation: { status: 'burning' },
    });

    const board = await request(backend.server)
      .get('/api/slo/board')
      .query({ owner: 'group:default/payments', limit: 4 })
      .set('Authorization', user);
    expect(board.status).toBe(200);
    expect(board.body.totalItems).toBe(documents.length - 2);
    type Item = { sloRef: string; budgetRemaining?: number };
    const budgets = board.body.items.map((i: Item) => i.budgetRemaining);
    expect(budgets).toEqual([...budgets].sort((a, b) => a - b));
    expect(
      board.body.items
        .map((i: Item) => i.sloRef)
        .slice(0, 2)
        .sort(),
    ).toEqual([
      'slo:default/checkout-availability',
      'slo:default/checkout-availability-ratio-slices',
    ]);
    expect(board.body.items[0]).toMatchObject({
      componentRef: 'component:default/checkout',
      ownerRef: 'group:default/payments',
      systemRef: 'system:default/shop',
    });
    const tail = await request(backend.server)
      .get('/api/slo/board')
      .query({ offset: 4, limit: 50 })
      .set('Authorization', user);
    expect(tail.body.items.map((i: Item) => i.budgetRemaining)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const otherOwner = await request(backend.server)
      .get('/api/slo/board')
      .query({ owner: 'group:default/nobody' })
      .set('Authorization', user);
    expect(otherOwner.body).toEqual({ items: [], totalItems: 0 });
    const burning = await request(backend.server)
      .get('/api/slo/board')
      .query({ status: 'burning,exhausted' })
      .set('Authorization', user);
    expect(burning.body.items.length).toBeGreaterThan(0);
    expect(
      burning.body.items.map((i: { status: string }) => i.status),
    ).not.toContain('no-data');
    expect(burning.body.items.map((i: Item) => i.sloRef)).toContain(
      'slo:default/checkout-availability',
    );
    const unknownStatus = await request(backend.server)
      .get('/api/slo/board')
      .query({ status: 'burning,on-fire' })
      .set('Authorization', user);
    expect(unknownStatus.status).toBe(400);

    const history = await request(backend.server)
      .get('/api/slo/slos/default/checkout-availability/history')
      .set('Authorization', user);
    expect(history.body.points.length).toBeGreaterThanOrEqual(2);
    expectNear(history.body.points.at(-1).budgetRemaining, 0.47291667);
  }, 60_000);

  it('refuses bad input and callers without credentials', async () => {
    const bad = await request(backend.server)
      .get('/api/slo/board')
      .query({ limit: 1000 })
      .set('Authorization', user);
    expect(bad.status).toBe(400);
    const missing = await request(backend.server)
      .post('/api/slo/slos/default/no-such-slo/evaluate')
      .set('Authorization', user);
    expect(missing.status).toBe(404);
  });
});
