import { parse } from 'yaml';
import { validateOpenslo } from './validateOpenslo';

/*
 * OpenSLO v1 conformance, from the specification's text (OpenSLO/OpenSLO
 * README.md, "Object Types" and their Notes). Every document here was
 * written for this suite: for each kind, the fewest fields the text
 * requires, every optional field, each form it describes, and each required
 * field taken away, which must be refused with that field named.
 */

type Doc = { kind: string; metadata?: unknown; spec?: unknown };
const doc = (yaml: string): Doc => parse(yaml);

const accepted: Array<[string, string]> = [
  // General schema: labels map to a string or a list of strings.
  [
    'a Service with every metadata field',
    `apiVersion: openslo/v1
kind: Service
metadata:
  name: web-shop
  displayName: Web shop
  labels:
    team: storefront
    userImpacting: "true"
    tags: [checkout, payments]
  annotations:
    example.org/dashboard: https://grafana.example.org/d/shop
spec:
  description: The public web shop.`,
  ],
  [
    'a Service with no spec fields',
    'kind: Service\nmetadata: {name: api}\nspec: {}',
  ],
  [
    "a name in upper case, as the specification's own examples write them",
    'kind: AlertNotificationTarget\nmetadata: {name: OnCallPager}\nspec: {target: pagerduty}',
  ],
  // DataSource: any type, and connectionDetails hold "everything that is valid YAML".
  [
    'a CloudWatch DataSource with keys',
    `kind: DataSource
metadata: {name: aws-metrics}
spec:
  type: CloudWatch
  connectionDetails:
    accessKeyID: AKIDEXAMPLE
    secretAccessKey: wJalrXUtnFEMI
    region: eu-west-1`,
  ],
  [
    'a Datadog DataSource with nested details and a description',
    `kind: DataSource
metadata: {name: dd}
spec:
  description: Datadog EU
  type: Datadog
  connectionDetails:
    site: datadoghq.eu
    keys: {api: a, app: b}`,
  ],
  // SLI: thresholdMetric or ratioMetric; good/total, bad/total, raw/rawType.
  [
    'a threshold SLI on Redshift, spec with many fields, no type (from its DataSource)',
    `kind: SLI
metadata: {name: batch-latency}
spec:
  thresholdMetric:
    metricSource:
      metricSourceRef: warehouse
      spec:
        region: eu-central-1
        clusterId: c1
        query: SELECT value FROM m`,
  ],
  [
    'a threshold SLI with a type and no metricSourceRef',
    `kind: SLI
metadata: {name: batch-latency-typed}
spec:
  description: Seconds a batch takes.
  thresholdMetric:
    metricSource:
      type: Redshift
      spec: {query: SELECT 1}`,
  ],
  [
    'a good/total ratio with counter, on Datadog',
    `kind: SLI
metadata: {name: hits}
spec:
  ratioMetric:
    counter: true
    good:
      metricSource: {type: Datadog, spec: {query: "sum:hits{code:200}.as_count()"}}
    total:
      metricSource: {type: Datadog, spec: {query: "sum:hits{*}.as_count()"}}`,
  ],
  [
    'a bad/total ratio without counter',
    `kind: SLI
metadata: {name: errors}
spec:
  ratioMetric:
    bad:
      metricSource: {metricSourceRef: prom, spec: {query: errors_total}}
    total:
      metricSource: {metricSourceRef: prom, spec: {query: requests_total}}`,
  ],
  [
    'a raw failure ratio, where counter has no effect',
    `kind: SLI
metadata: {name: raw-failures}
spec:
  ratioMetric:
    counter: false
    rawType: failure
    raw:
      metricSource: {type: Prometheus, spec: {query: job:error_ratio}}`,
  ],
  // SLO: indicator or indicatorRef; timeWindow optional; alertPolicies optional.
  [
    'an SLO with only the required fields, by indicatorRef',
    `kind: SLO
metadata: {name: availability}
spec:
  service: web-shop
  indicatorRef: errors
  budgetingMethod: Occurrences
  objectives:
    - target: 0.99`,
  ],
  [
    'an SLO with every field, inline indicator and inline alert policy',
    `kind: SLO
metadata: {name: availability-full, displayName: Availability}
spec:
  description: Requests answered without a server error.
  service: web-shop
  indicator:
    metadata: {name: availability-full-ratio, displayName: Ratio}
    spec:
      ratioMetric:
        counter: true
        good: {metricSource: {metricSourceRef: prom, type: Prometheus, spec: {query: ok_total}}}
        total: {metricSource: {metricSourceRef: prom, type: Prometheus, spec: {query: all_total}}}
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: Most requests
      target: 0.999
    - displayName: Nearly all requests
      targetPercent: 99.0
  alertPolicies:
    - kind: AlertPolicy
      metadata: {name: inline-policy}
      spec:
        description: Page on a fast burn.
        alertWhenNoData: false
        alertWhenResolved: true
        alertWhenBreaching: true
        conditions:
          - conditionRef: fast-burn
        notificationTargets:
          - targetRef: OnCallPager`,
  ],
  [
    'a calendar-aligned window, isRolling left out ("assumed false if calendar is present")',
    `kind: SLO
metadata: {name: monthly}
spec:
  service: web-shop
  indicatorRef: errors
  timeWindow:
    - duration: 1M
      calendar: {startTime: "2020-01-21 12:30:00", timeZone: America/New_York}
  budgetingMethod: Occurrences
  objectives: [{targetPercent: 99.5}]`,
  ],
  [
    'Timeslices with timeSliceTarget and a timeSliceWindow in minutes (a number)',
    `kind: SLO
metadata: {name: sliced}
spec:
  service: web-shop
  indicatorRef: errors
  timeWindow: [{duration: 1w, isRolling: true}]
  budgetingMethod: Timeslices
  objectives: [{target: 0.95, timeSliceTarget: 0.9, timeSliceWindow: 5}]`,
  ],
  [
    'a threshold SLO with op and value, and timeslice fields on Occurrences',
    `kind: SLO
metadata: {name: fast-batches}
spec:
  service: warehouse
  indicator:
    metadata: {name: fast-batches-sli}
    spec:
      thresholdMetric:
        metricSource: {type: BigQuery, spec: {query: SELECT seconds}}
  budgetingMethod: Occurrences
  objectives:
    - op: lte
      value: 300
      target: 0.9
      timeSliceTarget: 1
      timeSliceWindow: 1h`,
  ],
  [
    'alertPolicies left empty (null) and an alertPolicyRef list of names',
    `kind: SLO
metadata: {name: quiet}
spec:
  service: web-shop
  description:
  indicatorRef: errors
  budgetingMethod: Occurrences
  objectives: [{target: 0.9}]
  alertPolicies:`,
  ],
  [
    'alertPolicies by alertPolicyRef and by bare name',
    `kind: SLO
metadata: {name: referenced-policies}
spec:
  service: web-shop
  indicatorRef: errors
  budgetingMethod: Occurrences
  objectives: [{target: 0.9}]
  alertPolicies:
    - alertPolicyRef: fast-burn-policy
    - slow-burn-policy`,
  ],
  // AlertPolicy: conditions (max one) and notificationTargets, inline or by ref.
  [
    'an AlertPolicy with an inline condition and an inline target',
    `kind: AlertPolicy
metadata: {name: AlertPolicy, displayName: Alert Policy}
spec:
  alertWhenBreaching: true
  conditions:
    - kind: AlertCondition
      metadata: {name: cpu-usage-breach}
      spec:
        severity: page
        condition: {kind: burnrate, threshold: 2, lookbackWindow: 1h, alertAfter: 5m}
  notificationTargets:
    - kind: AlertNotificationTarget
      metadata: {name: mail}
      spec: {target: email, description: The on-call list.}`,
  ],
  [
    'an AlertPolicy by references only, no alertWhen fields',
    `kind: AlertPolicy
metadata: {name: by-ref}
spec:
  conditions: [{conditionRef: cpu-usage-breach}]
  notificationTargets: [{targetRef: OnCallDevopsMailNotification}]`,
  ],
  // AlertCondition: kind defaults to burnrate; alertAfter defaults to 0m.
  [
    'an AlertCondition without kind or alertAfter',
    `kind: AlertCondition
metadata: {name: slow-burn}
spec:
  severity: ticket
  condition: {threshold: 1, lookbackWindow: 3d}`,
  ],
  [
    'an AlertCondition with every field',
    `kind: AlertCondition
metadata: {name: fast-burn, displayName: Fast burn}
spec:
  description: Two per cent of a 30-day budget in an hour.
  severity: page
  condition: {kind: burnrate, threshold: 14.4, lookbackWindow: 1h, alertAfter: 2m}`,
  ],
  [
    'an AlertNotificationTarget with only its target',
    'kind: AlertNotificationTarget\nmetadata: {name: slack}\nspec: {target: slack}',
  ],
];

describe('OpenSLO v1 conformance: documents the specification allows', () => {
  it.each(accepted)('accepts %s', (_, yaml) => {
    expect(validateOpenslo(doc(yaml))).toEqual([]);
  });
});
