import { IANAZone, DateTime } from 'luxon';
import { z } from 'zod';
import { DURATION_PATTERN, parseDuration } from './duration';

const PORTAL_DATA_SOURCE_HINT =
  'a repository cannot give a data source address; name a data source configured in app-config under slo.dataSources';

const name = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'must be an RFC 1123 label (lower-case letters, digits and "-")',
  );

const duration = z
  .string()
  .regex(
    DURATION_PATTERN,
    'must be a duration shorthand such as 5m, 1h, 28d, 1w, 1M, 1Q or 1Y',
  );

const operator = z.enum(['lt', 'lte', 'gt', 'gte']);

export const metadataSchema = z.looseObject({
  name,
  displayName: z.string().optional(),
});

const metricSource = z
  .strictObject({
    metricSourceRef: name.optional(),
    type: z.string().optional(),
    spec: z.record(z.string(), z.unknown()),
  })
  .superRefine((source, ctx) => {
    for (const key of Object.keys(source.spec)) {
      if (key !== 'query') {
        ctx.addIssue({
          code: 'custom',
          path: ['spec', key],
          message: `only a query may be given here; ${PORTAL_DATA_SOURCE_HINT}`,
        });
      }
    }
    if (typeof source.spec.query !== 'string' || !source.spec.query.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['spec', 'query'],
        message: 'must be a non-empty query string',
      });
    }
    if (
      source.type !== undefined &&
      source.type.toLowerCase() !== 'prometheus'
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `'${source.type}' is not supported; the portal evaluates Prometheus sources`,
      });
    }
  });

const metricSide = z.strictObject({ metricSource });

const ratioMetric = z
  .strictObject({
    counter: z.boolean(),
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
      issue('bad', 'good and bad are mutually exclusive');
    }
    if (ratio.raw) {
      for (const side of ['good', 'bad', 'total'] as const) {
        if (ratio[side]) issue(side, 'cannot be combined with raw');
      }
      if (!ratio.rawType) issue('rawType', 'is required with raw');
      return;
    }
    if (ratio.rawType) issue('rawType', 'is only allowed with raw');
    if (!ratio.good && !ratio.bad) {
      issue(
        'good',
        'one of good + total, bad + total, or raw + rawType is required',
      );
    } else if (!ratio.total) {
      issue('total', `is required with ${ratio.good ? 'good' : 'bad'}`);
    }
  });

const thresholdMetric = z.strictObject({ metricSource });

export const sliSpecSchema = z
  .strictObject({
    description: z.string().optional(),
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

const inlineIndicator = z.strictObject({
  metadata: metadataSchema,
  spec: sliSpecSchema,
});

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

const objective = z.strictObject({
  displayName: z.string().optional(),
  op: operator.optional(),
  value: z.number().optional(),
  target: fraction('closed', 'open').optional(),
  targetPercent: fraction('closed', 'open', 100).optional(),
  timeSliceTarget: fraction('open', 'closed').optional(),
  timeSliceWindow: duration.optional(),
  indicator: inlineIndicator.optional(),
  indicatorRef: name.optional(),
  compositeWeight: z.number().positive('must be positive').optional(),
});

const calendar = z.strictObject({
  startTime: z
    .string()
    .refine(
      v => DateTime.fromFormat(v, 'yyyy-MM-dd HH:mm:ss').isValid,
      'must be a time such as "2022-01-01 12:00:00"',
    ),
  timeZone: z
    .string()
    .refine(v => IANAZone.isValidZone(v), 'must be an IANA time zone'),
});

const timeWindow = z
  .strictObject({
    duration,
    isRolling: z.boolean(),
    calendar: calendar.optional(),
  })
  .superRefine((window, ctx) => {
    if (window.isRolling && window.calendar) {
      ctx.addIssue({
        code: 'custom',
        path: ['calendar'],
        message: 'a rolling window has no calendar',
      });
    }
    if (!window.isRolling) {
      if (!window.calendar) {
        ctx.addIssue({
          code: 'custom',
          path: ['calendar'],
          message: 'is required when isRolling is false',
        });
      }
      if (parseDuration(window.duration)?.unit === 'm') {
        ctx.addIssue({
          code: 'custom',
          path: ['duration'],
          message: 'a calendar window is counted in h, d, w, M, Q or Y',
        });
      }
    }
  });

const burnRateCondition = z.strictObject({
  kind: z.literal('burnrate', { error: "must be 'burnrate'" }),
  op: operator,
  threshold: z.number().positive('must be a positive burn-rate factor'),
  lookbackWindow: duration,
  alertAfter: duration,
});

export const alertConditionSpecSchema = z.strictObject({
  description: z.string().optional(),
  severity: z.string().min(1, 'is required'),
  condition: burnRateCondition,
});

export const alertNotificationTargetSpecSchema = z.strictObject({
  description: z.string().optional(),
  target: z.string().min(1, 'is required'),
});

const inlineOrRef = <T extends z.ZodType>(
  kind: string,
  refKey: string,
  spec: T,
) =>
  z.union([
    z.strictObject({ [refKey]: name }),
    z.strictObject({ kind: z.literal(kind), metadata: metadataSchema, spec }),
  ]);

export const alertPolicySpecSchema = z.strictObject({
  description: z.string().optional(),
  alertWhenNoData: z.boolean().optional(),
  alertWhenResolved: z.boolean().optional(),
  alertWhenBreaching: z.boolean().optional(),
  conditions: z
    .array(
      inlineOrRef('AlertCondition', 'conditionRef', alertConditionSpecSchema),
    )
    .length(1, 'must hold exactly one condition'),
  notificationTargets: z
    .array(
      inlineOrRef(
        'AlertNotificationTarget',
        'targetRef',
        alertNotificationTargetSpecSchema,
      ),
    )
    .optional(),
});

export const sloSpecSchema = z
  .strictObject({
    description: z.string().optional(),
    service: name,
    indicator: inlineIndicator.optional(),
    indicatorRef: name.optional(),
    timeWindow: z.array(timeWindow).length(1, 'must hold exactly one window'),
    budgetingMethod: z.enum(['Occurrences', 'Timeslices', 'RatioTimeslices'], {
      error: 'must be Occurrences, Timeslices or RatioTimeslices',
    }),
    objectives: z.array(objective).min(1, 'must hold at least one objective'),
    alertPolicies: z
      .array(
        inlineOrRef('AlertPolicy', 'alertPolicyRef', alertPolicySpecSchema),
      )
      .optional(),
  })
  .superRefine((slo, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (slo.indicator && slo.indicatorRef) {
      issue(
        ['indicatorRef'],
        'indicator and indicatorRef are mutually exclusive',
      );
    }
    const sloLevel = Boolean(slo.indicator || slo.indicatorRef);
    slo.objectives.forEach((o, i) => {
      const at = (field: string) => ['objectives', i, field];
      if ((o.target === undefined) === (o.targetPercent === undefined)) {
        issue(
          at('target'),
          'exactly one of target and targetPercent is required',
        );
      }
      const own = Boolean(o.indicator || o.indicatorRef);
      if (o.indicator && o.indicatorRef) {
        issue(
          at('indicatorRef'),
          'indicator and indicatorRef are mutually exclusive',
        );
      }
      if (own === sloLevel) {
        issue(
          at('indicator'),
          sloLevel
            ? 'the SLO already names an indicator'
            : 'an indicator or indicatorRef is required, here or on the SLO',
        );
      }
      const inline = o.indicator ?? slo.indicator;
      if (inline) {
        const threshold = Boolean(inline.spec.thresholdMetric);
        if (threshold && (o.op === undefined || o.value === undefined)) {
          issue(
            at(o.op === undefined ? 'op' : 'value'),
            'is required with a thresholdMetric',
          );
        }
        if (!threshold && (o.op !== undefined || o.value !== undefined)) {
          issue(
            at(o.op !== undefined ? 'op' : 'value'),
            'is only allowed with a thresholdMetric',
          );
        }
      }
      if (slo.budgetingMethod !== 'Occurrences' && !o.timeSliceWindow) {
        issue(at('timeSliceWindow'), `is required for ${slo.budgetingMethod}`);
      }
      if (
        slo.budgetingMethod === 'Timeslices' &&
        o.timeSliceTarget === undefined
      ) {
        issue(at('timeSliceTarget'), 'is required for Timeslices');
      }
      if (
        slo.budgetingMethod === 'Occurrences' &&
        (o.timeSliceTarget !== undefined || o.timeSliceWindow)
      ) {
        issue(
          at(o.timeSliceWindow ? 'timeSliceWindow' : 'timeSliceTarget'),
          'is only allowed with Timeslices or RatioTimeslices',
        );
      }
    });
  });

export const dataSourceSpecSchema = z
  .strictObject({
    description: z.string().optional(),
    type: z.string().refine(t => t.toLowerCase() === 'prometheus', {
      message: 'must be Prometheus',
    }),
    connectionDetails: z.record(z.string(), z.unknown()),
  })
  .superRefine((source, ctx) => {
    for (const key of Object.keys(source.connectionDetails)) {
      if (key !== 'dataSource') {
        ctx.addIssue({
          code: 'custom',
          path: ['connectionDetails', key],
          message: PORTAL_DATA_SOURCE_HINT,
        });
      }
    }
    if (typeof source.connectionDetails.dataSource !== 'string') {
      ctx.addIssue({
        code: 'custom',
        path: ['connectionDetails', 'dataSource'],
        message:
          'must name a data source configured in app-config (slo.dataSources)',
      });
    }
  });

export const serviceSpecSchema = z.strictObject({
  description: z.string().optional(),
});

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
