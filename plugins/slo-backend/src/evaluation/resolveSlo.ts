import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlertConditionSpec,
  AlertPolicySpec,
  burnRateAlertWindows,
  describeProblems,
  durationSeconds,
  MetricSource,
  OpensloKind,
  readOpensloSpec,
  shortWindowSeconds,
  SliSpec,
  SloSpec,
} from '@internal/plugin-slo-common';
import { budgetPeriod } from './budgetPeriod';
import {
  MisconfiguredSloError,
  NotEvaluatedSloError,
  ResolvedAlert,
  ResolvedIndicator,
  ResolvedObjective,
  ResolvedSlo,
} from './ResolvedSlo';

type ReferencedKind = 'SLI' | 'AlertPolicy' | 'AlertCondition' | 'DataSource';

/** Finds an OpenSLO entity of a kind by name in the SLO's namespace. */
export type OpensloLookup = (
  kind: ReferencedKind,
  name: string,
) => Promise<Entity | undefined>;

function specOf<K extends OpensloKind>(kind: K, spec: unknown, what: string) {
  const read = readOpensloSpec(kind, spec);
  if ('problems' in read) {
    throw new MisconfiguredSloError(
      `${what} is not valid OpenSLO: ${describeProblems(read.problems)}`,
    );
  }
  return read.spec;
}

async function referenced<K extends ReferencedKind>(
  lookup: OpensloLookup,
  kind: K,
  name: string,
) {
  const entity = await lookup(kind, name);
  if (!entity) {
    throw new MisconfiguredSloError(
      `the ${kind} '${name}' it refers to is not in the catalog`,
    );
  }
  return specOf(kind, entity.spec, `the ${kind} '${name}'`);
}

// The only connection detail a repository may give: the name of a
// Prometheus configured in app-config. An address is never followed.
const CONFIGURED_NAME = 'dataSource';

/** The configured Prometheus one metric source is read from. */
async function prometheusOf(
  source: MetricSource,
  lookup: OpensloLookup,
): Promise<string> {
  const ref = source.metricSourceRef;
  const dataSource = ref ? await lookup('DataSource', ref) : undefined;
  const details = dataSource
    ? specOf('DataSource', dataSource.spec, `the DataSource '${ref}'`)
    : undefined;
  const type = source.type ?? details?.type ?? 'Prometheus';
  if (type.toLowerCase() !== 'prometheus') {
    throw new NotEvaluatedSloError(`${type} has no evaluator here`);
  }
  const extra = Object.keys(source.spec).filter(k => k !== 'query');
  if (extra.length > 0) {
    throw new NotEvaluatedSloError(
      `a Prometheus metricSource gives ${extra.join(
        ', ',
      )} in its spec; the portal only runs spec.query, on a Prometheus configured in app-config (slo.dataSources)`,
    );
  }
  if (typeof source.spec.query !== 'string' || !source.spec.query.trim()) {
    throw new MisconfiguredSloError(
      'a Prometheus metricSource needs spec.query, the PromQL expression to run',
    );
  }
  if (!ref) {
    throw new NotEvaluatedSloError(
      'a Prometheus metricSource names no DataSource (metricSourceRef), so no configured Prometheus is known to ask',
    );
  }
  if (!details) {
    return ref;
  }
  const connection = details.connectionDetails;
  const own = Object.keys(connection).filter(k => k !== CONFIGURED_NAME);
  const configured = connection[CONFIGURED_NAME];
  if (own.length > 0 || typeof configured !== 'string') {
    throw new NotEvaluatedSloError(
      `the DataSource '${ref}' gives its own connection details${
        own.length ? ` (${own.join(', ')})` : ''
      }; the portal only queries a Prometheus configured in app-config: write connectionDetails.dataSource: <a name under slo.dataSources>`,
    );
  }
  return configured;
}

/** The one configured Prometheus every metric source of an indicator uses. */
async function dataSourceOf(
  sources: MetricSource[],
  lookup: OpensloLookup,
): Promise<string> {
  const names = new Set(
    await Promise.all(sources.map(s => prometheusOf(s, lookup))),
  );
  if (names.size !== 1) {
    throw new MisconfiguredSloError(
      `the metric sources of an indicator go to different data sources (${[
        ...names,
      ].join(', ')}); a ratio is evaluated on one`,
    );
  }
  return [...names][0]!;
}

const queryOf = (side?: { metricSource: MetricSource }) =>
  side ? String(side.metricSource.spec.query) : undefined;

async function resolveIndicator(
  sli: SliSpec,
  objective: SloSpec['objectives'][number],
  lookup: OpensloLookup,
): Promise<{ indicator: ResolvedIndicator; dataSource: string }> {
  if (sli.thresholdMetric) {
    if (!objective.op || objective.value === undefined) {
      throw new MisconfiguredSloError(
        'an objective on a thresholdMetric needs op and value',
      );
    }
    return {
      dataSource: await dataSourceOf(
        [sli.thresholdMetric.metricSource],
        lookup,
      ),
      indicator: {
        kind: 'threshold',
        query: queryOf(sli.thresholdMetric)!,
        op: objective.op,
        value: objective.value,
      },
    };
  }
  const ratio = sli.ratioMetric!;
  const sides = [ratio.good, ratio.bad, ratio.total, ratio.raw].filter(
    (s): s is { metricSource: MetricSource } => Boolean(s),
  );
  const dataSource = await dataSourceOf(
    sides.map(s => s.metricSource),
    lookup,
  );
  if (!ratio.raw && ratio.counter === undefined) {
    throw new NotEvaluatedSloError(
      'ratioMetric.counter is not given, so whether to count the increase of a counter or sum the values is unknown; add counter: true or false',
    );
  }
  return {
    dataSource,
    indicator: {
      kind: 'ratio',
      counter: ratio.counter ?? false,
      good: queryOf(ratio.good),
      bad: queryOf(ratio.bad),
      total: queryOf(ratio.total),
      raw: queryOf(ratio.raw),
      rawType: ratio.rawType,
    },
  };
}

type Inline<T> = { metadata: { name: string }; spec: T };

async function resolveAlerts(
  spec: SloSpec,
  periodSeconds: number,
  lookup: OpensloLookup,
): Promise<ResolvedAlert[]> {
  if (!spec.alertPolicies?.length) {
    return burnRateAlertWindows(periodSeconds).map(w => ({ ...w, op: 'gt' }));
  }
  return Promise.all(
    spec.alertPolicies.map(async item => {
      const { name, spec: policy } = await inlineOrReferenced<AlertPolicySpec>(
        typeof item === 'string' ? { alertPolicyRef: item } : item,
        'alertPolicyRef',
        ref => referenced(lookup, 'AlertPolicy', ref),
      );
      const { spec: condition } = await inlineOrReferenced<AlertConditionSpec>(
        policy.conditions[0],
        'conditionRef',
        ref => referenced(lookup, 'AlertCondition', ref),
      );
      const longSeconds = durationSeconds(condition.condition.lookbackWindow);
      return {
        policy: name,
        severity: condition.severity,
        factor: condition.condition.threshold,
        // OpenSLO alerts when the burn rate exceeds the threshold.
        op: condition.condition.op ?? 'gt',
        longSeconds,
        shortSeconds: shortWindowSeconds(longSeconds),
      };
    }),
  );
}

/** An OpenSLO item given inline ({metadata, spec}) or by reference. */
async function inlineOrReferenced<T>(
  item: object,
  refKey: string,
  follow: (ref: string) => Promise<unknown>,
): Promise<{ name: string; spec: T }> {
  const ref = (item as Record<string, unknown>)[refKey];
  if (typeof ref === 'string') {
    return { name: ref, spec: (await follow(ref)) as T };
  }
  const inline = item as Inline<T>;
  return { name: inline.metadata.name, spec: inline.spec };
}

const sliceSeconds = (window: string | number | undefined) => {
  if (window === undefined) return undefined;
  // A bare number is minutes.
  return typeof window === 'number' ? window * 60 : durationSeconds(window);
};

/** Follows an SLO entity's references and normalises it for evaluation. */
export async function resolveSlo(
  entity: Entity,
  lookup: OpensloLookup,
  at: Date,
): Promise<ResolvedSlo> {
  const spec = specOf('SLO', entity.spec, 'the SLO');
  if (!spec.timeWindow) {
    throw new NotEvaluatedSloError(
      'it gives no timeWindow, so there is no budget period to measure',
    );
  }
  const { windowSeconds, periodSeconds } = budgetPeriod(spec.timeWindow[0], at);
  let sloSli: SliSpec | undefined = spec.indicator?.spec;
  if (!sloSli && spec.indicatorRef) {
    sloSli = await referenced(lookup, 'SLI', spec.indicatorRef);
  }
  if (sloSli?.thresholdMetric && spec.objectives.length > 1) {
    throw new MisconfiguredSloError(
      'an SLO on a thresholdMetric has one objective',
    );
  }
  const objectives: ResolvedObjective[] = await Promise.all(
    spec.objectives.map(async objective => {
      const sli =
        objective.indicator?.spec ??
        (objective.indicatorRef
          ? await referenced(lookup, 'SLI', objective.indicatorRef)
          : sloSli);
      if (!sli) {
        throw new MisconfiguredSloError('an objective has no indicator');
      }
      return {
        displayName: objective.displayName,
        target: objective.target ?? objective.targetPercent! / 100,
        timeSliceTarget: objective.timeSliceTarget,
        sliceSeconds: sliceSeconds(objective.timeSliceWindow),
        ...(await resolveIndicator(sli, objective, lookup)),
      };
    }),
  );
  return {
    sloRef: stringifyEntityRef(entity),
    componentRef: stringifyEntityRef({
      kind: 'component',
      namespace: entity.metadata.namespace,
      name: spec.service,
    }),
    budgetingMethod: spec.budgetingMethod,
    windowSeconds,
    periodSeconds,
    objectives,
    alerts: await resolveAlerts(spec, periodSeconds, lookup),
  };
}
