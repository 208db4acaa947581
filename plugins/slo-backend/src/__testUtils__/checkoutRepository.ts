import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from '@internal/backend-test-kit';
import request from 'supertest';
import { stringify } from 'yaml';

/*
 * A service `checkout` (owned by group:default/payments, in system shop)
 * whose openslo.yaml holds SLOs on each kind of indicator and budgeting
 * method, and on data sources that are down, without a URL or unknown.
 */
const source = (query: string, ref = 'prometheus-test') => ({
  metricSource: { metricSourceRef: ref, spec: { query } },
});

const availability = (
  name: string,
  extra: Record<string, unknown> = {},
  ref = 'prometheus-test',
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
          counter: true,
          good: source('http_requests_total{job="checkout",code="200"}', ref),
          total: source('http_requests_total{job="checkout"}', ref),
        },
      },
    },
    timeWindow: [{ duration: '30d', isRolling: true }],
    budgetingMethod: 'Occurrences',
    objectives: [{ target: 0.999 }],
    alertPolicies: [
      { alertPolicyRef: 'checkout-availability-fast-burn' },
      { alertPolicyRef: 'checkout-availability-slow-burn' },
    ],
    ...extra,
  },
});

const policy = (name: string, threshold: number, lookbackWindow: string) => ({
  apiVersion: 'openslo/v1',
  kind: 'AlertPolicy',
  metadata: { name },
  spec: {
    conditions: [
      {
        kind: 'AlertCondition',
        metadata: { name: `${name}-condition` },
        spec: {
          severity: 'page',
          condition: {
            kind: 'burnrate',
            op: 'gte',
            threshold,
            lookbackWindow,
            alertAfter: '2m',
          },
        },
      },
    ],
    notificationTargets: [],
  },
});

export const documents = [
  policy('checkout-availability-fast-burn', 14.4, '1h'),
  policy('checkout-availability-slow-burn', 1, '3d'),
  availability('checkout-availability'),
  availability('checkout-availability-slices', {
    budgetingMethod: 'Timeslices',
    objectives: [
      { target: 0.99, timeSliceTarget: 0.99, timeSliceWindow: '1m' },
    ],
  }),
  availability('checkout-availability-ratio-slices', {
    budgetingMethod: 'RatioTimeslices',
    objectives: [{ target: 0.999, timeSliceWindow: '1m' }],
  }),
  availability('checkout-error-minutes', {
    indicator: {
      metadata: { name: 'checkout-error-minutes-threshold' },
      spec: {
        thresholdMetric: source(
          'sum(increase(http_requests_total{job="checkout",code="500"}[1m]))',
        ),
      },
    },
    budgetingMethod: 'Timeslices',
    objectives: [
      {
        target: 0.99,
        op: 'lte',
        value: 5,
        timeSliceTarget: 0.99,
        timeSliceWindow: '1m',
      },
    ],
  }),
  availability('checkout-unreachable', {}, 'prometheus-down'),
  availability('checkout-definitions-only', {}, 'prometheus-unset'),
  availability('checkout-unknown-source', {}, 'prometheus-nowhere'),
  availability('checkout-empty', {
    indicator: {
      metadata: { name: 'checkout-empty-ratio' },
      spec: {
        ratioMetric: {
          counter: true,
          good: source('no_such_metric_total{code="200"}'),
          total: source('no_such_metric_total'),
        },
      },
    },
  }),
];

/** checkout's repository, with `openslo` (by default, the documents above). */
export function writeRepository(root: string, openslo: object[] = documents) {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(
    path.join(root, 'catalog-info.yaml'),
    [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'checkout' },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'group:default/payments',
          system: 'shop',
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Location',
        metadata: { name: 'checkout-openslo' },
        spec: { targets: ['./openslo.yaml'] },
      },
    ]
      .map(d => stringify(d))
      .join('---\n'),
  );
  fs.writeFileSync(
    path.join(root, 'openslo.yaml'),
    openslo.map(d => stringify(d)).join('---\n'),
  );
}

/** Waits until every SLO of `openslo` is attached to checkout. */
export async function waitForAttachedSlos(
  server: Parameters<typeof request>[0],
  auth: string,
  openslo: Array<{ kind: string }> = documents,
) {
  const expected = openslo.filter(d => d.kind === 'SLO').length;
  await waitFor('every SLO attached to checkout', async () => {
    const res = await request(server)
      .get('/api/catalog/entities/by-name/component/default/checkout')
      .set('Authorization', auth);
    const slos = (res.body.relations ?? []).filter(
      (r: { type: string }) => r.type === 'hasSlo',
    );
    return slos.length === expected ? true : undefined;
  });
}
