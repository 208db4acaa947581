import { Entity } from '@backstage/catalog-model';
import { EntitySlo } from '@internal/plugin-slo-common';

/** The base URL the tests' discovery API gives the SLO backend. */
export const SLO_BASE = 'http://localhost:7007/api/slo';

export const orders: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    namespace: 'default',
    annotations: {
      'backstage.io/techdocs-ref': 'dir:.',
      'golden-path/runbook': 'docs/runbook.md',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'platform' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/platform' }],
};

export const platform: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'platform',
    namespace: 'default',
    links: [
      {
        url: 'https://chat.example.com/platform-oncall',
        title: '#platform-oncall',
      },
    ],
  },
  spec: {
    type: 'team',
    profile: { displayName: 'Platform Team', email: 'platform@example.com' },
    children: [],
  },
};

export const shop: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'shop', namespace: 'default', title: 'Shop' },
  spec: { owner: 'platform' },
};

export const healthy: EntitySlo = {
  sloRef: 'slo:default/orders-latency',
  title: 'Orders latency',
  budgetingMethod: 'Occurrences',
  objectives: [{ target: 0.99 }],
  evaluation: {
    sloRef: 'slo:default/orders-latency',
    evaluatedAt: '2026-11-20T10:00:00Z',
    windowSeconds: 2592000,
    budgetingMethod: 'Occurrences',
    status: 'ok',
    objectives: [
      {
        target: 0.99,
        sli: 0.995,
        budgetRemaining: 0.5,
        alerts: [],
        status: 'ok',
      },
    ],
  },
};

export const unreachable: EntitySlo = {
  sloRef: 'slo:default/orders-freshness',
  title: 'Orders freshness',
  budgetingMethod: 'Timeslices',
  objectives: [{ target: 0.95 }],
  evaluation: {
    sloRef: 'slo:default/orders-freshness',
    evaluatedAt: '2026-11-20T10:00:00Z',
    windowSeconds: 2592000,
    budgetingMethod: 'Timeslices',
    status: 'unreachable',
    message: 'source unreachable since 2026-11-20T09:12:00Z',
    objectives: [{ target: 0.95, alerts: [], status: 'unreachable' }],
  },
};

export const burning: EntitySlo = {
  sloRef: 'slo:default/orders-availability',
  title: 'Orders availability',
  description: 'Share of successful order requests',
  budgetingMethod: 'Occurrences',
  objectives: [{ target: 0.999 }],
  evaluation: {
    sloRef: 'slo:default/orders-availability',
    evaluatedAt: '2026-11-20T10:00:00Z',
    windowSeconds: 2592000,
    budgetingMethod: 'Occurrences',
    status: 'burning',
    objectives: [
      {
        target: 0.999,
        sli: 0.9962,
        budgetRemaining: 0.18,
        alerts: [
          {
            policy: 'orders-availability-fast-burn',
            severity: 'page',
            factor: 14.4,
            longSeconds: 3600,
            shortSeconds: 300,
            longBurnRate: 16.2,
            shortBurnRate: 18.9,
            state: 'firing',
          },
          {
            policy: 'orders-availability-slow-burn',
            severity: 'ticket',
            factor: 3,
            longSeconds: 86400,
            shortSeconds: 7200,
            longBurnRate: 2.1,
            shortBurnRate: 1.4,
            state: 'ok',
          },
        ],
        status: 'burning',
      },
    ],
  },
};

export const notEvaluated: EntitySlo = {
  sloRef: 'slo:default/orders-errors',
  title: 'Orders errors',
  budgetingMethod: 'Occurrences',
  objectives: [{ target: 0.9 }],
};

/** A valid SLO on a source the portal has no evaluator for. */
export const onDatadog: EntitySlo = {
  sloRef: 'slo:default/orders-checkout-latency',
  title: 'Orders checkout latency',
  budgetingMethod: 'Occurrences',
  objectives: [{ target: 0.95 }],
  evaluation: {
    sloRef: 'slo:default/orders-checkout-latency',
    evaluatedAt: '2026-11-20T10:00:00Z',
    windowSeconds: 0,
    budgetingMethod: 'Occurrences',
    status: 'not-evaluated',
    message: 'not evaluated: Datadog has no evaluator here',
    objectives: [],
  },
};
