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
import http from 'node:http';
import { AddressInfo } from 'node:net';
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

const slo = (
  name: string,
  metricSourceRef?: string,
  options: { type?: string; counter?: boolean } = { counter: true },
) => ({
  apiVersion: 'openslo/v1',
  kind: 'SLO',
  metadata: { name },
  spec: {
    service: 'checkout',
    indicator: {
      metadata: { name: `${name}-ratio` },
      spec: {
        ratioMetric: {
          counter: options.counter,
          good: {
            metricSource: {
              metricSourceRef,
              type: options.type,
              spec: { query: 'a' },
            },
          },
          total: {
            metricSource: {
              metricSourceRef,
              type: options.type,
              spec: { query: 'b' },
            },
          },
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
const failing = [
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
      notificationTargets: [],
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

// Valid OpenSLO that the portal does not evaluate: a Datadog source, a ratio
// that does not say whether it counts, and a DataSource that gives its own
// address (which the portal must never call).
const notEvaluated = (address: string) => [
  slo('checkout-datadog', undefined, { type: 'Datadog', counter: true }),
  slo('checkout-no-counter', 'prometheus-unset', {}),
  {
    apiVersion: 'openslo/v1',
    kind: 'DataSource',
    metadata: { name: 'checkout-own-address' },
    spec: { type: 'Prometheus', connectionDetails: { url: address } },
  },
  slo('checkout-own-address-slo', 'checkout-own-address'),
];

describe('slo backend: one bad SLO stops nothing, and evaluating now is rate-limited', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slo-hostile-'));
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  const calls: string[] = [];
  const address = http.createServer((req, res) => {
    calls.push(req.url ?? '');
    res.end('{"status":"success","data":{"resultType":"vector","result":[]}}');
  });

  const evaluate = (name: string, auth = alice) =>
    request(backend.server)
      .post(`/api/slo/slos/default/${name}/evaluate`)
      .set('Authorization', auth);

  beforeAll(async () => {
    await new Promise<void>(resolve => address.listen(0, '127.0.0.1', resolve));
    const { port } = address.address() as AddressInfo;
    const documents = [
      ...failing,
      ...notEvaluated(`http://127.0.0.1:${port}/`),
    ];
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
    address.close();
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

  it.each([
    ['checkout-datadog', 'not evaluated: Datadog has no evaluator here'],
    [
      'checkout-no-counter',
      'not evaluated: ratioMetric.counter is not given, so whether to count the increase of a counter or sum the values is unknown; add counter: true or false',
    ],
    [
      'checkout-own-address-slo',
      "not evaluated: the DataSource 'checkout-own-address' gives its own connection details (url); the portal only queries a Prometheus configured in app-config: write connectionDetails.dataSource: <a name under slo.dataSources>",
    ],
  ])(
    'catalogues %s and says why it is not evaluated',
    async (name, message) => {
      const res = await evaluate(name);
      expect(res.status).toBe(200);
      expect(res.body as SloEvaluation).toMatchObject({
        status: 'not-evaluated',
        message,
      });
      expect(calls).toEqual([]);
    },
  );

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
      return items.length === 8
        ? Object.fromEntries(items.map(i => [i.sloRef, i.status]))
        : undefined;
    });
    expect(statuses).toEqual({
      'slo:default/checkout-bad-name': 'misconfigured',
      'slo:default/checkout-broken-url': 'error',
      'slo:default/checkout-fine-1': 'no-data',
      'slo:default/checkout-fine-2': 'no-data',
      'slo:default/checkout-fine-3': 'no-data',
      'slo:default/checkout-datadog': 'not-evaluated',
      'slo:default/checkout-no-counter': 'not-evaluated',
      'slo:default/checkout-own-address-slo': 'not-evaluated',
    });
    expect(calls).toEqual([]);
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
