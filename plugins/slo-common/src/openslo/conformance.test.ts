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
  ['a Service with no spec fields', 'kind: Service\nmetadata: {name: api}\nspec: {}'],
  [
    'a name in upper case, as the specification\'s own examples write them',
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

const sloBase = `kind: SLO
metadata: {name: base}
spec:
  service: web-shop
  indicatorRef: errors
  budgetingMethod: Occurrences
  objectives: [{target: 0.99}]`;

/** Documents the specification does not allow, and the field each must name. */
const refused: Array<[string, string, string]> = [
  ['a kind OpenSLO does not have', 'kind: Dashboard\nmetadata: {name: a}\nspec: {}', 'kind'],
  ['no metadata.name', 'kind: Service\nmetadata: {}\nspec: {}', 'metadata.name'],
  [
    'a name of 64 characters',
    `kind: Service\nmetadata: {name: ${'a'.repeat(64)}}\nspec: {}`,
    'metadata.name',
  ],
  ['a name with a space', 'kind: Service\nmetadata: {name: "a b"}\nspec: {}', 'metadata.name'],
  [
    'a label that maps to a number',
    'kind: Service\nmetadata: {name: a, labels: {tier: {level: 1}}}\nspec: {}',
    'metadata.labels.tier',
  ],
  [
    'a description over 1050 characters',
    `kind: Service\nmetadata: {name: a}\nspec: {description: ${'x'.repeat(1051)}}`,
    'spec.description',
  ],
  ['a DataSource without type', 'kind: DataSource\nmetadata: {name: a}\nspec: {connectionDetails: {}}', 'spec.type'],
  ['a DataSource without connectionDetails', 'kind: DataSource\nmetadata: {name: a}\nspec: {type: Datadog}', 'spec.connectionDetails'],
  ['an SLI without a metric', 'kind: SLI\nmetadata: {name: a}\nspec: {}', 'spec.ratioMetric'],
  [
    'a metric source with neither type nor metricSourceRef',
    'kind: SLI\nmetadata: {name: a}\nspec: {thresholdMetric: {metricSource: {spec: {query: up}}}}',
    'spec.thresholdMetric.metricSource.type',
  ],
  [
    'a metric source without spec',
    'kind: SLI\nmetadata: {name: a}\nspec: {thresholdMetric: {metricSource: {type: Prometheus}}}',
    'spec.thresholdMetric.metricSource.spec',
  ],
  [
    'good and bad together',
    `kind: SLI\nmetadata: {name: a}\nspec:\n  ratioMetric:\n    good: {metricSource: {type: X, spec: {}}}\n    bad: {metricSource: {type: X, spec: {}}}\n    total: {metricSource: {type: X, spec: {}}}`,
    'spec.ratioMetric.bad',
  ],
  [
    'good without total',
    'kind: SLI\nmetadata: {name: a}\nspec: {ratioMetric: {good: {metricSource: {type: X, spec: {}}}}}',
    'spec.ratioMetric.total',
  ],
  [
    'raw without rawType',
    'kind: SLI\nmetadata: {name: a}\nspec: {ratioMetric: {raw: {metricSource: {type: X, spec: {}}}}}',
    'spec.ratioMetric.rawType',
  ],
  [
    'raw with total',
    'kind: SLI\nmetadata: {name: a}\nspec: {ratioMetric: {rawType: success, raw: {metricSource: {type: X, spec: {}}}, total: {metricSource: {type: X, spec: {}}}}}',
    'spec.ratioMetric.total',
  ],
  [
    'a rawType other than success or failure',
    'kind: SLI\nmetadata: {name: a}\nspec: {ratioMetric: {rawType: ratio, raw: {metricSource: {type: X, spec: {}}}}}',
    'spec.ratioMetric.rawType',
  ],
  ['an SLO without service', sloBase.replace('  service: web-shop\n', ''), 'spec.service'],
  ['an SLO without budgetingMethod', sloBase.replace('  budgetingMethod: Occurrences\n', ''), 'spec.budgetingMethod'],
  ['an SLO with budgetingMethod Percentile', sloBase.replace('Occurrences', 'Percentile'), 'spec.budgetingMethod'],
  ['an SLO without objectives', sloBase.replace('  objectives: [{target: 0.99}]', ''), 'spec.objectives'],
  ['an SLO without indicator or indicatorRef', sloBase.replace('  indicatorRef: errors\n', ''), 'spec.indicator'],
  [
    'indicator and indicatorRef together',
    sloBase.replace(
      '  indicatorRef: errors\n',
      '  indicatorRef: errors\n  indicator: {metadata: {name: i}, spec: {ratioMetric: {raw: {metricSource: {type: X, spec: {}}}, rawType: success}}}\n',
    ),
    'spec.indicatorRef',
  ],
  [
    'two time windows',
    `${sloBase}\n  timeWindow: [{duration: 1d, isRolling: true}, {duration: 7d, isRolling: true}]`,
    'spec.timeWindow',
  ],
  ['a duration with a space', `${sloBase}\n  timeWindow: [{duration: 30 d, isRolling: true}]`, 'spec.timeWindow[0].duration'],
  ['a duration in seconds', `${sloBase}\n  timeWindow: [{duration: 30s, isRolling: true}]`, 'spec.timeWindow[0].duration'],
  ['a rolling window with a calendar', `${sloBase}\n  timeWindow: [{duration: 1M, isRolling: true, calendar: {startTime: "2020-01-01 00:00:00", timeZone: UTC}}]`, 'spec.timeWindow[0].calendar'],
  ['isRolling false without a calendar', `${sloBase}\n  timeWindow: [{duration: 1M, isRolling: false}]`, 'spec.timeWindow[0].calendar'],
  ['a calendar time with a zone in it', `${sloBase}\n  timeWindow: [{duration: 1M, calendar: {startTime: "2020-01-01T00:00:00Z", timeZone: UTC}}]`, 'spec.timeWindow[0].calendar.startTime'],
  ['a time zone not in the IANA database', `${sloBase}\n  timeWindow: [{duration: 1M, calendar: {startTime: "2020-01-01 00:00:00", timeZone: Mars/Olympus}}]`, 'spec.timeWindow[0].calendar.timeZone'],
  ['target and targetPercent together', sloBase.replace('{target: 0.99}', '{target: 0.99, targetPercent: 99}'), 'spec.objectives[0].target'],
  ['neither target nor targetPercent', sloBase.replace('{target: 0.99}', '{displayName: x}'), 'spec.objectives[0].target'],
  ['a target of 1.0 (the range is [0.0, 1.0))', sloBase.replace('0.99', '1.0'), 'spec.objectives[0].target'],
  ['a targetPercent of 100', sloBase.replace('target: 0.99', 'targetPercent: 100'), 'spec.objectives[0].targetPercent'],
  ['an op that is not lte, gte, lt or gt', sloBase.replace('{target: 0.99}', '{target: 0.99, op: eq}'), 'spec.objectives[0].op'],
  ['a timeSliceTarget above 1', sloBase.replace('Occurrences', 'Timeslices').replace('{target: 0.99}', '{target: 0.99, timeSliceTarget: 1.5, timeSliceWindow: 1m}'), 'spec.objectives[0].timeSliceTarget'],
  ['Timeslices without timeSliceTarget', sloBase.replace('Occurrences', 'Timeslices').replace('{target: 0.99}', '{target: 0.99, timeSliceWindow: 1m}'), 'spec.objectives[0].timeSliceTarget'],
  ['Timeslices without timeSliceWindow', sloBase.replace('Occurrences', 'Timeslices').replace('{target: 0.99}', '{target: 0.99, timeSliceTarget: 0.9}'), 'spec.objectives[0].timeSliceWindow'],
  [
    'a threshold objective without value',
    `kind: SLO\nmetadata: {name: a}\nspec:\n  service: s\n  indicator: {metadata: {name: i}, spec: {thresholdMetric: {metricSource: {type: X, spec: {}}}}}\n  budgetingMethod: Occurrences\n  objectives: [{op: lt, target: 0.9}]`,
    'spec.objectives[0].value',
  ],
  [
    'two objectives on one thresholdMetric',
    `kind: SLO\nmetadata: {name: a}\nspec:\n  service: s\n  indicator: {metadata: {name: i}, spec: {thresholdMetric: {metricSource: {type: X, spec: {}}}}}\n  budgetingMethod: Occurrences\n  objectives: [{op: lt, value: 1, target: 0.9}, {op: lt, value: 2, target: 0.8}]`,
    'spec.objectives',
  ],
  ['an AlertPolicy without conditions', 'kind: AlertPolicy\nmetadata: {name: a}\nspec: {notificationTargets: []}', 'spec.conditions'],
  [
    'an AlertPolicy with two conditions',
    'kind: AlertPolicy\nmetadata: {name: a}\nspec: {conditions: [{conditionRef: x}, {conditionRef: y}], notificationTargets: []}',
    'spec.conditions',
  ],
  ['an AlertPolicy without notificationTargets', 'kind: AlertPolicy\nmetadata: {name: a}\nspec: {conditions: [{conditionRef: x}]}', 'spec.notificationTargets'],
  [
    'a condition reference under a name the specification does not use',
    'kind: AlertPolicy\nmetadata: {name: a}\nspec: {conditions: [{alertConditionRef: x}], notificationTargets: []}',
    'spec.conditions[0].conditionRef',
  ],
  [
    'an inline condition without its severity',
    'kind: AlertPolicy\nmetadata: {name: a}\nspec: {conditions: [{kind: AlertCondition, metadata: {name: c}, spec: {condition: {threshold: 1, lookbackWindow: 1h}}}], notificationTargets: []}',
    'spec.conditions[0].spec.severity',
  ],
  ['an AlertCondition without severity', 'kind: AlertCondition\nmetadata: {name: a}\nspec: {condition: {threshold: 1, lookbackWindow: 1h}}', 'spec.severity'],
  ['an AlertCondition without condition', 'kind: AlertCondition\nmetadata: {name: a}\nspec: {severity: page}', 'spec.condition'],
  ['a condition kind other than burnrate', 'kind: AlertCondition\nmetadata: {name: a}\nspec: {severity: page, condition: {kind: threshold, threshold: 1, lookbackWindow: 1h}}', 'spec.condition.kind'],
  ['a burnrate without threshold', 'kind: AlertCondition\nmetadata: {name: a}\nspec: {severity: page, condition: {lookbackWindow: 1h}}', 'spec.condition.threshold'],
  ['a burnrate without lookbackWindow', 'kind: AlertCondition\nmetadata: {name: a}\nspec: {severity: page, condition: {threshold: 1}}', 'spec.condition.lookbackWindow'],
  ['an AlertNotificationTarget without target', 'kind: AlertNotificationTarget\nmetadata: {name: a}\nspec: {description: x}', 'spec.target'],
  ['a field no kind has', 'kind: Service\nmetadata: {name: a}\nspec: {owner: team-a}', 'spec.owner'],
];

describe('OpenSLO v1 conformance, from the specification text', () => {
  it.each(accepted)('accepts %s', (_, yaml) => {
    expect(validateOpenslo(doc(yaml))).toEqual([]);
  });

  it.each(refused.map(([title, yaml, field]) => [title, field, yaml]))(
    'refuses %s, naming %s',
    (_, field, yaml) => {
    const problems = validateOpenslo(doc(yaml));
    expect(problems.map(p => p.path)).toContain(field);
    for (const problem of problems) {
      expect(problem.message.length).toBeGreaterThan(5);
    }
    },
  );

  it('says what the specification allows, not only that a value is wrong', () => {
    const messages = (yaml: string) =>
      validateOpenslo(doc(yaml)).map(p => `${p.path}: ${p.message}`);
    expect(messages(sloBase.replace('0.99', '1.0'))).toEqual([
      'spec.objectives[0].target: must be in [0, 1)',
    ]);
    expect(
      messages(`${sloBase}\n  timeWindow: [{duration: 30s, isRolling: true}]`),
    ).toEqual([
      'spec.timeWindow[0].duration: must be a duration shorthand: a positive whole number and one of m, h, d, w, M, Q or Y (5m, 1h, 28d, 1w, 1M, 1Q, 1Y)',
    ]);
    expect(
      messages(
        'kind: AlertPolicy\nmetadata: {name: a}\nspec: {conditions: [{alertConditionRef: x}], notificationTargets: []}',
      ),
    ).toEqual([
      'spec.conditions[0].conditionRef: is required',
      'spec.conditions[0].alertConditionRef: is not a field of this OpenSLO v1 object',
    ]);
  });
});
