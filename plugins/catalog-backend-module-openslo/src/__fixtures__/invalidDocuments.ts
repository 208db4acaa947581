/**
 * Invalid OpenSLO v1 documents, each with the field path its processing
 * error must name. They share one openslo.yaml with valid documents.
 */

const ratio = {
  counter: true,
  good: {
    metricSource: {
      metricSourceRef: 'prometheus-main',
      spec: { query: 'http_requests_total{job="checkout",code!~"5.."}' },
    },
  },
  total: {
    metricSource: {
      metricSourceRef: 'prometheus-main',
      spec: { query: 'http_requests_total{job="checkout"}' },
    },
  },
};

const slo = (name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'openslo/v1',
  kind: 'SLO',
  metadata: { name },
  spec: {
    service: 'checkout',
    indicatorRef: 'checkout-availability-ratio',
    timeWindow: [{ duration: '30d', isRolling: true }],
    budgetingMethod: 'Occurrences',
    objectives: [{ target: 0.999 }],
    ...spec,
  },
});

const doc = (kind: string, name: string, spec: unknown) => ({
  apiVersion: 'openslo/v1',
  kind,
  metadata: { name },
  spec,
});

const condition = (spec: Record<string, unknown>) => ({
  severity: 'page',
  condition: {
    kind: 'burnrate',
    op: 'gte',
    threshold: 14.4,
    lookbackWindow: '1h',
    alertAfter: '2m',
    ...spec,
  },
});

export interface InvalidCase {
  title: string;
  kind: string;
  name: string;
  document: object;
  path: string;
}

const cases: Omit<InvalidCase, 'kind' | 'name'>[] = [
  {
    title: 'target and targetPercent together',
    document: slo('checkout-bad-both-targets', {
      objectives: [{ target: 0.99, targetPercent: 99 }],
    }),
    path: 'spec.objectives[0].target',
  },
  {
    title: 'target of 1',
    document: slo('checkout-bad-target-one', { objectives: [{ target: 1 }] }),
    path: 'spec.objectives[0].target',
  },
  {
    title: 'targetPercent of 100',
    document: slo('checkout-bad-percent', {
      objectives: [{ targetPercent: 100 }],
    }),
    path: 'spec.objectives[0].targetPercent',
  },
  {
    title: 'no target at all',
    document: slo('checkout-bad-no-target', {
      objectives: [{ displayName: 'x' }],
    }),
    path: 'spec.objectives[0].target',
  },
  {
    title: 'two time windows',
    document: slo('checkout-bad-two-windows', {
      timeWindow: [
        { duration: '30d', isRolling: true },
        { duration: '7d', isRolling: true },
      ],
    }),
    path: 'spec.timeWindow',
  },
  {
    title: 'a rolling window with a calendar',
    document: slo('checkout-bad-rolling-calendar', {
      timeWindow: [
        {
          duration: '30d',
          isRolling: true,
          calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'UTC' },
        },
      ],
    }),
    path: 'spec.timeWindow[0].calendar',
  },
  {
    title: 'a calendar window without a calendar',
    document: slo('checkout-bad-no-calendar', {
      timeWindow: [{ duration: '1M', isRolling: false }],
    }),
    path: 'spec.timeWindow[0].calendar',
  },
  {
    title: 'an unknown time zone',
    document: slo('checkout-bad-zone', {
      timeWindow: [
        {
          duration: '1M',
          isRolling: false,
          calendar: {
            startTime: '2026-01-01 00:00:00',
            timeZone: 'Mars/Olympus',
          },
        },
      ],
    }),
    path: 'spec.timeWindow[0].calendar.timeZone',
  },
  {
    title: 'a duration that is not shorthand',
    document: slo('checkout-bad-duration', {
      timeWindow: [{ duration: '30 days', isRolling: true }],
    }),
    path: 'spec.timeWindow[0].duration',
  },
  {
    title: 'an unknown budgeting method',
    document: slo('checkout-bad-method', { budgetingMethod: 'Percentile' }),
    path: 'spec.budgetingMethod',
  },
  {
    title: 'Timeslices without a timeSliceTarget',
    document: slo('checkout-bad-timeslices', {
      budgetingMethod: 'Timeslices',
      objectives: [{ target: 0.99, timeSliceWindow: '1m' }],
    }),
    path: 'spec.objectives[0].timeSliceTarget',
  },
  {
    title: 'good and bad together',
    document: slo('checkout-bad-good-and-bad', {
      indicatorRef: undefined,
      indicator: {
        metadata: { name: 'checkout-bad-good-and-bad-sli' },
        spec: { ratioMetric: { ...ratio, bad: ratio.good } },
      },
    }),
    path: 'spec.indicator.spec.ratioMetric.bad',
  },
  {
    title: 'good without total',
    document: doc('SLI', 'checkout-bad-no-total', {
      ratioMetric: { counter: true, good: ratio.good },
    }),
    path: 'spec.ratioMetric.total',
  },
  {
    title: 'raw without rawType',
    document: doc('SLI', 'checkout-bad-raw', {
      ratioMetric: { counter: false, raw: ratio.good },
    }),
    path: 'spec.ratioMetric.rawType',
  },
  {
    title: 'both a threshold and a ratio metric',
    document: doc('SLI', 'checkout-bad-two-metrics', {
      ratioMetric: ratio,
      thresholdMetric: { metricSource: ratio.good.metricSource },
    }),
    path: 'spec.thresholdMetric',
  },
  {
    title: 'a threshold objective without op',
    document: slo('checkout-bad-threshold-op', {
      indicatorRef: undefined,
      indicator: {
        metadata: { name: 'checkout-bad-threshold-op-sli' },
        spec: { thresholdMetric: { metricSource: ratio.good.metricSource } },
      },
      objectives: [{ target: 0.95, value: 0.2 }],
    }),
    path: 'spec.objectives[0].op',
  },
  {
    title: 'indicator and indicatorRef together',
    document: slo('checkout-bad-two-indicators', {
      indicator: {
        metadata: { name: 'checkout-x' },
        spec: { ratioMetric: ratio },
      },
    }),
    path: 'spec.indicatorRef',
  },
  {
    title: 'an alert policy with two conditions',
    document: doc('AlertPolicy', 'checkout-bad-policy', {
      conditions: [
        { conditionRef: 'checkout-a' },
        { conditionRef: 'checkout-b' },
      ],
    }),
    path: 'spec.conditions',
  },
  {
    title: 'a condition that is not a burn rate',
    document: doc(
      'AlertCondition',
      'checkout-bad-condition-kind',
      condition({ kind: 'threshold' }),
    ),
    path: 'spec.condition.kind',
  },
  {
    title: 'a lookback window that is not shorthand',
    document: doc(
      'AlertCondition',
      'checkout-bad-lookback',
      condition({ lookbackWindow: '1 hour' }),
    ),
    path: 'spec.condition.lookbackWindow',
  },
  {
    title: 'a field OpenSLO does not have',
    document: slo('checkout-bad-field', { owner: 'group:default/x' }),
    path: 'spec.owner',
  },
  {
    title: 'an inline alert policy without conditions',
    document: slo('checkout-bad-inline-policy', {
      alertPolicies: [
        {
          kind: 'AlertPolicy',
          metadata: { name: 'checkout-inline' },
          spec: {},
        },
      ],
    }),
    path: 'spec.alertPolicies[0].spec.conditions',
  },
];

export const INVALID_CASES: InvalidCase[] = cases.map(c => ({
  ...c,
  kind: (c.document as { kind: string }).kind,
  name: (c.document as { metadata: { name: string } }).metadata.name,
}));
