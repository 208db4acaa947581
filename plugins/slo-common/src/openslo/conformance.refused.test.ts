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

const sloBase = `kind: SLO
metadata: {name: base}
spec:
  service: web-shop
  indicatorRef: errors
  budgetingMethod: Occurrences
  objectives: [{target: 0.99}]`;

/** Documents the specification does not allow, and the field each must name. */
const refused: Array<[string, string, string]> = [
  [
    'a kind OpenSLO does not have',
    'kind: Dashboard\nmetadata: {name: a}\nspec: {}',
    'kind',
  ],
  [
    'no metadata.name',
    'kind: Service\nmetadata: {}\nspec: {}',
    'metadata.name',
  ],
  [
    'a name of 64 characters',
    `kind: Service\nmetadata: {name: ${'a'.repeat(64)}}\nspec: {}`,
    'metadata.name',
  ],
  [
    'a name with a space',
    'kind: Service\nmetadata: {name: "a b"}\nspec: {}',
    'metadata.name',
  ],
  [
    'a label that maps to a number',
    'kind: Service\nmetadata: {name: a, labels: {tier: {level: 1}}}\nspec: {}',
    'metadata.labels.tier',
  ],
  [
    'a description over 1050 characters',
    `kind: Service\nmetadata: {name: a}\nspec: {description: ${'x'.repeat(
      1051,
    )}}`,
    'spec.description',
  ],
  [
    'a DataSource without type',
    'kind: DataSource\nmetadata: {name: a}\nspec: {connectionDetails: {}}',
    'spec.type',
  ],
  [
    'a DataSource without connectionDetails',
    'kind: DataSource\nmetadata: {name: a}\nspec: {type: Datadog}',
    'spec.connectionDetails',
  ],
  [
    'an SLI without a metric',
    'kind: SLI\nmetadata: {name: a}\nspec: {}',
    'spec.ratioMetric',
  ],
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
  [
    'an SLO without service',
    sloBase.replace('  service: web-shop\n', ''),
    'spec.service',
  ],
  [
    'an SLO without budgetingMethod',
    sloBase.replace('  budgetingMethod: Occurrences\n', ''),
    'spec.budgetingMethod',
  ],
  [
    'an SLO with budgetingMethod Percentile',
    sloBase.replace('Occurrences', 'Percentile'),
    'spec.budgetingMethod',
  ],
  [
    'an SLO without objectives',
    sloBase.replace('  objectives: [{target: 0.99}]', ''),
    'spec.objectives',
  ],
  [
    'an SLO without indicator or indicatorRef',
    sloBase.replace('  indicatorRef: errors\n', ''),
    'spec.indicator',
  ],
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
  [
    'a duration with a space',
    `${sloBase}\n  timeWindow: [{duration: 30 d, isRolling: true}]`,
    'spec.timeWindow[0].duration',
  ],
  [
    'a duration in seconds',
    `${sloBase}\n  timeWindow: [{duration: 30s, isRolling: true}]`,
    'spec.timeWindow[0].duration',
  ],
  [
    'a rolling window with a calendar',
    `${sloBase}\n  timeWindow: [{duration: 1M, isRolling: true, calendar: {startTime: "2020-01-01 00:00:00", timeZone: UTC}}]`,
    'spec.timeWindow[0].calendar',
  ],
  [
    'isRolling false without a calendar',
    `${sloBase}\n  timeWindow: [{duration: 1M, isRolling: false}]`,
    'spec.timeWindow[0].calendar',
  ],
  [
    'a calendar time with a zone in it',
    `${sloBase}\n  timeWindow: [{duration: 1M, calendar: {startTime: "2020-01-01T00:00:00Z", timeZone: UTC}}]`,
    'spec.timeWindow[0].calendar.startTime',
  ],
  [
    'a time zone not in the IANA database',
    `${sloBase}\n  timeWindow: [{duration: 1M, calendar: {startTime: "2020-01-01 00:00:00", timeZone: Mars/Olympus}}]`,
    'spec.timeWindow[0].calendar.timeZone',
  ],
  [
    'target and targetPercent together',
    sloBase.replace('{target: 0.99}', '{target: 0.99, targetPercent: 99}'),
    'spec.objectives[0].target',
  ],
  [
    'neither target nor targetPercent',
    sloBase.replace('{target: 0.99}', '{displayName: x}'),
    'spec.objectives[0].target',
  ],
  [
    'a target of 1.0 (the range is [0.0, 1.0))',
    sloBase.replace('0.99', '1.0'),
    'spec.objectives[0].target',
  ],
  [
    'a targetPercent of 100',
    sloBase.replace('target: 0.99', 'targetPercent: 100'),
    'spec.objectives[0].targetPercent',
  ],
  [
    'an op that is not lte, gte, lt or gt',
    sloBase.replace('{target: 0.99}', '{target: 0.99, op: eq}'),
    'spec.objectives[0].op',
  ],
  [
    'a timeSliceTarget above 1',
    sloBase
      .replace('Occurrences', 'Timeslices')
      .replace(
        '{target: 0.99}',
        '{target: 0.99, timeSliceTarget: 1.5, timeSliceWindow: 1m}',
      ),
    'spec.objectives[0].timeSliceTarget',
  ],
  [
    'Timeslices without timeSliceTarget',
    sloBase
      .replace('Occurrences', 'Timeslices')
      .replace('{target: 0.99}', '{target: 0.99, timeSliceWindow: 1m}'),
    'spec.objectives[0].timeSliceTarget',
  ],
  [
    'Timeslices without timeSliceWindow',
    sloBase
      .replace('Occurrences', 'Timeslices')
      .replace('{target: 0.99}', '{target: 0.99, timeSliceTarget: 0.9}'),
    'spec.objectives[0].timeSliceWindow',
  ],
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
  [
    'an AlertPolicy without conditions',
    'kind: AlertPolicy\nmetadata: {name: a}\nspec: {notificationTargets: []}',
    'spec.conditions',
  ],
  [
    'an AlertPolicy with two conditions',
    'kind: AlertPolicy\nmetadata: {name: a}\nspec: {conditions: [{conditionRef: x}, {conditionRef: y}], notificationTargets: []}',
    'spec.conditions',
  ],
  [
    'an AlertPolicy without notificationTargets',
    'kind: AlertPolicy\nmetadata: {name: a}\nspec: {conditions: [{conditionRef: x}]}',
    'spec.notificationTargets',
  ],
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
  [
    'an AlertCondition without severity',
    'kind: AlertCondition\nmetadata: {name: a}\nspec: {condition: {threshold: 1, lookbackWindow: 1h}}',
    'spec.severity',
  ],
  [
    'an AlertCondition without condition',
    'kind: AlertCondition\nmetadata: {name: a}\nspec: {severity: page}',
    'spec.condition',
  ],
  [
    'a condition kind other than burnrate',
    'kind: AlertCondition\nmetadata: {name: a}\nspec: {severity: page, condition: {kind: threshold, threshold: 1, lookbackWindow: 1h}}',
    'spec.condition.kind',
  ],
  [
    'a burnrate without threshold',
    'kind: AlertCondition\nmetadata: {name: a}\nspec: {severity: page, condition: {lookbackWindow: 1h}}',
    'spec.condition.threshold',
  ],
  [
    'a burnrate without lookbackWindow',
    'kind: AlertCondition\nmetadata: {name: a}\nspec: {severity: page, condition: {threshold: 1}}',
    'spec.condition.lookbackWindow',
  ],
  [
    'an AlertNotificationTarget without target',
    'kind: AlertNotificationTarget\nmetadata: {name: a}\nspec: {description: x}',
    'spec.target',
  ],
  [
    'a field no kind has',
    'kind: Service\nmetadata: {name: a}\nspec: {owner: team-a}',
    'spec.owner',
  ],
];

describe('OpenSLO v1 conformance: documents the specification does not allow', () => {
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
