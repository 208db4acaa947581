import { IANAZone, DateTime } from 'luxon';
import { z } from 'zod';
import { DURATION_PATTERN } from './duration';

/*
 * OpenSLO v1 as its specification (OpenSLO/OpenSLO README.md) writes it:
 * every field it marks optional may be left out, and what it leaves to the
 * implementation (metric source types, their spec, connection details) is
 * accepted as written. Whether the portal can evaluate a document is decided
 * later, by the evaluator, and never refuses a document.
 */

// The catalog's own name rule, a superset of the RFC 1123 labels OpenSLO
// requires every implementation to support.
const name = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(
    /^[a-zA-Z0-9]([-_.a-zA-Z0-9]*[a-zA-Z0-9])?$/,
    'must be a name of letters, digits, "-", "_" and "." that starts and ends with a letter or digit (OpenSLO requires RFC 1123 labels; the catalog also allows upper case, "_" and ".")',
  );

// A reference is "the name or path" of the object it refers to.
const reference = z.string().min(1, 'must name the object it refers to');

const description = z
  .string()
  .max(1050, 'must be at most 1050 characters')
  .optional();

const duration = z
  .string()
  .regex(
    DURATION_PATTERN,
    'must be a duration shorthand: a positive whole number and one of m, h, d, w, M, Q or Y (5m, 1h, 28d, 1w, 1M, 1Q, 1Y)',
  );

const operator = z.enum(['lt', 'lte', 'gt', 'gte']);

// A label key is one segment of at most 63 characters.
const labelKey = z
  .string()
  .regex(
    /^[a-zA-Z0-9]([-_.a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/,
    'must be at most 63 letters, digits, "-", "_" and "." that start and end with a letter or digit',
  );

export const metadataSchema = z.looseObject({
  name,
  displayName: z.string().optional(),
  labels: z
    .record(labelKey, z.union([z.string(), z.array(z.string())]), {
      error: 'must map each key to a string or a list of strings',
    })
    .optional(),
  annotations: z
    .record(z.string(), z.string(), {
      error: 'must map each key to a string',
    })
    .optional(),
});

const metricSource = z
  .strictObject({
    metricSourceRef: reference.optional(),
    type: z.string().min(1, 'must name the source type').optional(),
    spec: z.record(z.string(), z.unknown(), {
      error: 'is required: the fields the data source type reads',
    }),
  })
  .superRefine((source, ctx) => {
    if (source.type === undefined && source.metricSourceRef === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message:
          'is required when metricSourceRef does not name a DataSource to take it from',
      });
    }
  });

const metricSide = z.strictObject({ metricSource });

const ratioMetric = z
  .strictObject({
    counter: z.boolean().optional(),
    good: metricSide.optional(),
    bad: metricSide.optional(),
    total: metricSide.optional(),
    raw: metricSide.optional(),
    rawType: z.enum(['success', 'failure']).optional(),
  })
  .superRefine((ratio, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (ratio.good && ratio.bad) {
      issue('bad', 'must not be set when good is (one numerator only)');
    }
    if (ratio.raw) {
      for (const side of ['good', 'bad', 'total'] as const) {
        if (ratio[side]) issue(side, 'cannot be used together with raw');
      }
      if (!ratio.rawType) {
        issue('rawType', 'is required with raw (success or failure)');
      }
      return;
    }
    if (ratio.rawType) issue('rawType', 'is only used with raw');
    if (!ratio.good && !ratio.bad) {
      issue(
        ratio.total ? 'good' : 'total',
        ratio.total
          ? 'one of good and bad is required with total'
          : 'one of good + total, bad + total, or raw + rawType is required',
      );
    } else if (!ratio.total) {
      issue('total', `is required with ${ratio.good ? 'good' : 'bad'}`);
    }
  });

const thresholdMetric = z.strictObject({ metricSource });

export const sliSpecSchema = z
  .strictObject({
    description,
    thresholdMetric: thresholdMetric.optional(),
    ratioMetric: ratioMetric.optional(),
  })
  .superRefine((sli, ctx) => {
    if (!sli.thresholdMetric === !sli.ratioMetric) {
      ctx.addIssue({
        code: 'custom',
        path: [sli.ratioMetric ? 'thresholdMetric' : 'ratioMetric'],
        message: 'exactly one of thresholdMetric and ratioMetric is required',
      });
    }
  });

// An object written inline: OpenSLO shows it as {metadata, spec}, or with
// its kind (and apiVersion) as a whole document.
const inline = <T extends z.ZodType>(kind: string, spec: T) =>
  z.strictObject({
    apiVersion: z.literal('openslo/v1').optional(),
    kind: z.literal(kind, { error: `must be ${kind}` }).optional(),
    metadata: metadataSchema,
    spec,
  });

const inlineIndicator = inline('SLI', sliSpecSchema);

const fraction = (low: 'open' | 'closed', high: 'open' | 'closed', max = 1) =>
  z
    .number()
    .refine(
      v =>
        (low === 'closed' ? v >= 0 : v > 0) &&
        (high === 'closed' ? v <= max : v < max),
      `must be in ${low === 'closed' ? '[' : '('}0, ${max}${
        high === 'closed' ? ']' : ')'
      }`,
    );

// A number of minutes, or a duration shorthand.
const timeSliceWindow = z.union([
  z.number().positive('must be a positive number of minutes'),
  duration,
]);

const objective = z.strictObject({
  displayName: z.string().optional(),
  op: operator.optional(),
  value: z.number().optional(),
  target: fraction('closed', 'open').optional(),
  targetPercent: fraction('closed', 'open', 100).optional(),
  timeSliceTarget: fraction('closed', 'closed').optional(),
  timeSliceWindow: timeSliceWindow.optional(),
  indicator: inlineIndicator.optional(),
  indicatorRef: reference.optional(),
  compositeWeight: z.number().positive('must be positive').optional(),
});

const calendar = z.strictObject({
  startTime: z
    .string()
    .refine(
      v => DateTime.fromFormat(v, 'yyyy-MM-dd HH:mm:ss').isValid,
      'must be a date and 24-hour time without a zone, such as "2022-01-01 12:00:00"',
    ),
  timeZone: z
    .string()
    .refine(
      v => IANAZone.isValidZone(v),
      'must be a name of the IANA Time Zone Database, such as Europe/Paris',
    ),
});

const timeWindow = z
  .strictObject({
    duration,
    isRolling: z.boolean().optional(),
    calendar: calendar.optional(),
  })
  .superRefine((window, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (window.isRolling === true && window.calendar) {
      issue('calendar', 'is not used by a rolling window (isRolling: true)');
    } else if (window.isRolling !== true && !window.calendar) {
      issue(
        window.isRolling === false ? 'calendar' : 'isRolling',
        window.isRolling === false
          ? 'is required when isRolling is false'
          : 'must be true for a rolling window, or a calendar must be given for a calendar-aligned one',
      );
    }
  });

const burnRateCondition = z.strictObject({
  kind: z.literal('burnrate', { error: 'must be burnrate' }).optional(),
  // Not in OpenSLO v1, which always alerts above the threshold; accepted so
  // that "at least" (gte) can be said.
  op: operator.optional(),
  threshold: z.number(),
  lookbackWindow: duration,
  alertAfter: duration.optional(),
});

export const alertConditionSpecSchema = z.strictObject({
  description,
  severity: z.string().min(1, 'is required'),
  condition: burnRateCondition,
});

export const alertNotificationTargetSpecSchema = z.strictObject({
  description,
  target: z.string().min(1, 'is required'),
});

const inlineOrRef = <T extends z.ZodType>(
  kind: string,
  refKey: string,
  spec: T,
) => z.union([z.strictObject({ [refKey]: reference }), inline(kind, spec)]);

export const alertPolicySpecSchema = z.strictObject({
  description,
  alertWhenNoData: z.boolean().optional(),
  alertWhenResolved: z.boolean().optional(),
  alertWhenBreaching: z.boolean().optional(),
  conditions: z
    .array(
      inlineOrRef('AlertCondition', 'conditionRef', alertConditionSpecSchema),
    )
    .length(1, 'must hold one condition (OpenSLO v1 allows at most one)'),
  notificationTargets: z.array(
    inlineOrRef(
      'AlertNotificationTarget',
      'targetRef',
      alertNotificationTargetSpecSchema,
    ),
  ),
});

// OpenSLO's own Go model reads alertPolicies as a list of names, and the
// specification shows {alertPolicyRef} and inline policies: all three.
const alertPolicyItem = z.union([
  reference,
  ...inlineOrRef('AlertPolicy', 'alertPolicyRef', alertPolicySpecSchema)
    .options,
]);

export const sloSpecSchema = z
  .strictObject({
    description,
    service: z.string().min(1, 'must name the service'),
    indicator: inlineIndicator.optional(),
    indicatorRef: reference.optional(),
    timeWindow: z
      .array(timeWindow)
      .length(1, 'must hold exactly one window')
      .optional(),
    budgetingMethod: z.enum(['Occurrences', 'Timeslices', 'RatioTimeslices'], {
      error: 'must be Occurrences, Timeslices or RatioTimeslices',
    }),
    objectives: z.array(objective).min(1, 'must hold at least one objective'),
    alertPolicies: z.array(alertPolicyItem).optional(),
  })
  .superRefine((slo, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (slo.indicator && slo.indicatorRef) {
      issue(['indicatorRef'], 'must not be given together with indicator');
    }
    const sloLevel = Boolean(slo.indicator || slo.indicatorRef);
    if (
      slo.indicator?.spec.thresholdMetric &&
      slo.objectives.length > 1 &&
      !slo.objectives.some(o => o.indicator || o.indicatorRef)
    ) {
      issue(
        ['objectives'],
        'must hold one objective with a thresholdMetric (any number with a ratioMetric)',
      );
    }
    if (
      !sloLevel &&
      slo.objectives.some(o => !o.indicator && !o.indicatorRef)
    ) {
      issue(
        ['indicator'],
        'one of indicator and indicatorRef is required (on the SLO, or on every objective)',
      );
    }
    slo.objectives.forEach((o, i) => {
      const at = (field: string) => ['objectives', i, field];
      if ((o.target === undefined) === (o.targetPercent === undefined)) {
        issue(
          at('target'),
          'exactly one of target and targetPercent is required',
        );
      }
      if (o.indicator && o.indicatorRef) {
        issue(at('indicatorRef'), 'must not be given together with indicator');
      }
      const sli = o.indicator ?? (o.indicatorRef ? undefined : slo.indicator);
      if (sli?.spec.thresholdMetric) {
        for (const field of ['op', 'value'] as const) {
          if (o[field] === undefined) {
            issue(at(field), 'is required with a thresholdMetric');
          }
        }
      }
      if (slo.budgetingMethod !== 'Occurrences' && !o.timeSliceWindow) {
        issue(
          at('timeSliceWindow'),
          `is required for ${slo.budgetingMethod}: the size of a slice`,
        );
      }
      if (
        slo.budgetingMethod === 'Timeslices' &&
        o.timeSliceTarget === undefined
      ) {
        issue(
          at('timeSliceTarget'),
          'is required for Timeslices: the share of good events that makes a slice good',
        );
      }
    });
  });

export const dataSourceSpecSchema = z.strictObject({
  description,
  type: z.string().min(1, 'must name the source type (Prometheus, Datadog …)'),
  connectionDetails: z.record(z.string(), z.unknown(), {
    error: 'is required: the fields used to connect to the source',
  }),
});

export const serviceSpecSchema = z.strictObject({ description });

export const OPENSLO_SPEC_SCHEMAS = {
  SLO: sloSpecSchema,
  SLI: sliSpecSchema,
  AlertPolicy: alertPolicySpecSchema,
  AlertCondition: alertConditionSpecSchema,
  AlertNotificationTarget: alertNotificationTargetSpecSchema,
  DataSource: dataSourceSpecSchema,
  Service: serviceSpecSchema,
} as const;

export type OpensloKind = keyof typeof OPENSLO_SPEC_SCHEMAS;
export type SloSpec = z.infer<typeof sloSpecSchema>;
export type SliSpec = z.infer<typeof sliSpecSchema>;
export type AlertPolicySpec = z.infer<typeof alertPolicySpecSchema>;
export type AlertConditionSpec = z.infer<typeof alertConditionSpecSchema>;
export type DataSourceSpec = z.infer<typeof dataSourceSpecSchema>;
export type MetricSource = z.infer<typeof metricSource>;
