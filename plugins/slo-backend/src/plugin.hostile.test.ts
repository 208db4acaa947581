import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { waitFor } from '@internal/backend-test-kit';
import catalogOpenslo from '@internal/plugin-catalog-backend-module-openslo';
import { OPENSLO_KINDS, SloEvaluation } from '@internal/plugin-slo-common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  waitForAttachedSlos,
  writeRepository,
} from './__testUtils__/checkoutRepository';
import { sloPlugin } from './plugin';

const alice = mockCredentials.user.header('user:default/alice');
const bob = mockCredentials.user.header('user:default/bob');

const slo = (name: string, metricSourceRef: string) => ({
  apiVersion: 'openslo/v1',
  kind: 'SLO',
  metadata: { name },
  spec: {
    service: 'checkout',
    indicator: {
      metadata: { name: `${name}-ratio` },
      spec: {
        ratioMetric: {
          counter: true,
          good: { metricSource: { metricSourceRef, spec: { query: 'a' } } },
          total: { metricSource: { metricSourceRef, spec: { query: 'b' } } },
        },
      },
    },
    timeWindow: [{ duration: '30d', isRolling: true }],
    budgetingMethod: 'Occurrences',
    objectives: [{ target: 0.999 }],
    alertPolicies: [{ alertPolicyRef: 'checkout-fast-burn' }],
  },
});

// One SLO's data source names an app-config key that cannot exist, another
// one's configured URL is not a URL; neither may stop the others.
const documents = [
  {
    apiVersion: 'openslo/v1',
    kind: 'AlertPolicy',
    metadata: { name: 'checkout-fast-burn' },
    spec: {
      conditions: [
        {
          kind: 'AlertCondition',
          metadata: { name: 'checkout-fast-burn-condition' },
          spec: {
            severity: 'page',
            condition: {
              kind: 'burnrate',
              op: 'gte',
              threshold: 14.4,
              lookbackWindow: '1h',
              alertAfter: '2m',
            },
          },
        },
      ],
    },
  },
  {
    apiVersion: 'openslo/v1',
    kind: 'DataSource',
    metadata: { name: 'checkout-bad-key' },
    spec: { type: 'Prometheus', connectionDetails: { dataSource: '1bad' } },
  },
  slo('checkout-bad-name', 'checkout-bad-key'),
  slo('checkout-broken-url', 'prometheus-broken'),
  slo('checkout-fine-1', 'prometheus-unset'),
  slo('checkout-fine-2', 'prometheus-unset'),
  slo('checkout-fine-3', 'prometheus-unset'),
];

describe('slo backend: one bad SLO stops nothing, and evaluating now is rate-limited', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slo-hostile-'));
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  const evaluate = (name: string, auth = alice) =>
    request(backend.server)
      .post(`/api/slo/slos/default/${name}/evaluate`)
      .set('Authorization', auth);

  beforeAll(async () => {
    const repo = path.join(dir, 'checkout');
    writeRepository(repo, documents);
    backend = await startTestBackend({
      features: [
        // The real scheduler, which runs the round every 2 s.
        schedulerServiceFactory,
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
                { type: 'file', target: path.join(repo, 'catalog-info.yaml') },
              ],
            },
            slo: {
              schedule: {
                frequency: { seconds: 2 },
                timeout: { minutes: 1 },
                initialDelay: { seconds: 1 },
              },
              dataSources: {
                'prometheus-broken': { type: 'prometheus', url: 'http://[' },
                'prometheus-unset': { type: 'prometheus' },
              },
            },
          },
        }),
      ],
    });
    await waitForAttachedSlos(backend.server, alice, documents);
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('marks an SLO whose data source name cannot be a config key misconfigured', async () => {
    const res = await evaluate('checkout-bad-name');
    expect(res.status).toBe(200);
    expect(res.body as SloEvaluation).toMatchObject({
      status: 'misconfigured',
      message:
        "data source '1bad' cannot be named in app-config: a name starts with a letter and holds letters, digits, '-', '_' and ':'",
    });
  });

  it('marks an SLO whose evaluation fails unexpectedly error, with the reason', async () => {
    const res = await evaluate('checkout-broken-url');
    expect(res.status).toBe(200);
    expect(res.body as SloEvaluation).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/^the evaluation failed: .*Invalid URL/),
    });
  });

  it('evaluates every other SLO on schedule, and stores each failure on its own SLO', async () => {
    const statuses = await waitFor('a scheduled round', async () => {
      const res = await request(backend.server)
        .get('/api/slo/board')
        .set('Authorization', alice);
      const items: { sloRef: string; status: string }[] = res.body.items ?? [];
      return items.length === 5
        ? Object.fromEntries(items.map(i => [i.sloRef, i.status]))
        : undefined;
    });
    expect(statuses).toEqual({
      'slo:default/checkout-bad-name': 'misconfigured',
      'slo:default/checkout-broken-url': 'error',
      'slo:default/checkout-fine-1': 'no-data',
      'slo:default/checkout-fine-2': 'no-data',
      'slo:default/checkout-fine-3': 'no-data',
    });
  }, 60_000);

  it('answers 429 to the seventh evaluation a user asks for within a minute', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await evaluate('checkout-not-there', bob)).status).toBe(404);
    }
    for (let i = 0; i < 6; i++) {
      expect((await evaluate('checkout-fine-1', bob)).status).toBe(200);
    }
    const refused = await evaluate('checkout-fine-1', bob);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body.error.message).toBe(
      'You asked for 6 evaluations within a minute, the most allowed; the scheduled evaluation keeps running',
    );
    expect((await evaluate('checkout-fine-2', alice)).status).toBe(200);
  });
});
