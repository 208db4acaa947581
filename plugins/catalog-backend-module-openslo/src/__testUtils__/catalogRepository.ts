import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import unprocessedModule from '@backstage/plugin-catalog-backend-module-unprocessed';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { waitFor } from '@internal/backend-test-kit';
import { OPENSLO_KINDS } from '@internal/plugin-slo-common';
import { catalogModuleOpenslo } from '../module';

export const auth = mockCredentials.user.header('user:default/alice');

export const metricSource = (query: string) => ({
  metricSource: { metricSourceRef: 'prometheus-main', spec: { query } },
});

export const validDocuments = [
  {
    apiVersion: 'openslo/v1',
    kind: 'SLI',
    metadata: { name: 'checkout-availability-ratio' },
    spec: {
      ratioMetric: {
        counter: true,
        good: metricSource('http_requests_total{job="checkout",code!~"5.."}'),
        total: metricSource('http_requests_total{job="checkout"}'),
      },
    },
  },
  {
    apiVersion: 'openslo/v1',
    kind: 'AlertPolicy',
    metadata: { name: 'checkout-availability-fast-burn' },
    spec: {
      conditions: [
        {
          kind: 'AlertCondition',
          metadata: { name: 'checkout-availability-fast-burn-condition' },
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
      notificationTargets: [{ targetRef: 'OnCallPager' }],
    },
  },
  {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name: 'checkout-availability' },
    spec: {
      service: 'checkout',
      indicatorRef: 'checkout-availability-ratio',
      timeWindow: [{ duration: '30d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ targetPercent: 99.9 }],
      alertPolicies: [{ alertPolicyRef: 'checkout-availability-fast-burn' }],
    },
  },
];

/**
 * Valid OpenSLO as its specification writes it, in forms the portal once
 * refused: a Datadog source, a ratio without counter, labels that are lists
 * or text, a name in upper case, alertPolicies left empty.
 */
export const specFormDocuments = [
  {
    apiVersion: 'openslo/v1',
    kind: 'AlertNotificationTarget',
    metadata: { name: 'OnCallPager' },
    spec: { target: 'pagerduty' },
  },
  {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: {
      name: 'LatencyP99',
      labels: { team: 'Checkout squad', tags: ['payments', 'tier-1'] },
    },
    spec: {
      service: 'checkout',
      indicator: {
        metadata: { name: 'checkout-latency-ratio' },
        spec: {
          ratioMetric: {
            good: {
              metricSource: {
                type: 'Datadog',
                spec: { query: 'sum:trace.hits{fast:true}.as_count()' },
              },
            },
            total: {
              metricSource: {
                type: 'Datadog',
                spec: { query: 'sum:trace.hits{*}.as_count()' },
              },
            },
          },
        },
      },
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.95 }],
      alertPolicies: null,
    },
  },
];

export function writeRepository(
  root: string,
  openslo: object[],
  owner = 'group:default/team',
) {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(
    path.join(root, 'catalog-info.yaml'),
    [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: path.basename(root) },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner,
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Location',
        metadata: { name: `${path.basename(root)}-openslo` },
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

export function startCatalog(repositories: string[]) {
  return startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleOpenslo,
      unprocessedModule,
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          catalog: {
            processingInterval: { seconds: 1 },
            rules: [{ allow: ['Component', 'Location', ...OPENSLO_KINDS] }],
            locations: repositories.map(root => ({
              type: 'file',
              target: path.join(root, 'catalog-info.yaml'),
            })),
          },
        },
      }),
    ],
  });
}

export const catalogReady = <T>(probe: () => Promise<T | undefined>) =>
  waitFor('the catalog', probe, 90_000);

export type Failed = {
  unprocessed_entity: { kind: string; metadata: { name: string } };
  errors?: unknown;
};

/**
 * The processing errors of an unprocessed entity as text, causes included.
 * The catalog stores them as serialized errors; their exact shape is not ours
 * to rely on, their messages are.
 */
export const errorText = (entry?: Failed) => {
  const errors = [entry?.errors ?? []].flat();
  return errors.length ? JSON.stringify(errors) : '';
};
