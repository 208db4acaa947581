import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlertConditionSpec,
  AlertPolicySpec,
  burnRateAlertWindows,
  durationSeconds,
  MetricSource,
  shortWindowSeconds,
  SliSpec,
  SloSpec,
} from '@internal/plugin-slo-common';
import { budgetPeriod } from './budgetPeriod';
import {
  MisconfiguredSloError,
  ResolvedAlert,
  ResolvedIndicator,
  ResolvedObjective,
  ResolvedSlo,
} from './ResolvedSlo';

/** Finds an OpenSLO entity of a kind by name in the SLO's namespace. */
export type OpensloLookup = (
  kind: 'SLI' | 'AlertPolicy' | 'AlertCondition' | 'DataSource',
  name: string,
) => Promise<Entity | undefined>;

async function referenced<T>(
  lookup: OpensloLookup,
  kind: Parameters<OpensloLookup>[0],
  name: string,
): Promise<T> {
  const entity = await lookup(kind, name);
  if (!entity) {
    throw new MisconfiguredSloError(
      `the ${kind} '${name}' it refers to is not in the catalog`,
    );
  }
  return entity.spec as T;
}

async function dataSourceOf(
  sources: MetricSource[],
  lookup: OpensloLookup,
): Promise<string> {
  const refs = new Set(sources.map(s => s.metricSourceRef));
  if (refs.size !== 1 || refs.has(undefined)) {
    throw new MisconfiguredSloError(
      'every metricSource of an indicator must name the same data source in metricSourceRef',
    );
  }
  const name = [...refs][0]!;
  const dataSource = await lookup('DataSource', name);
  const configured = dataSource?.spec?.connectionDetails as
    | { dataSource?: string }
    | undefined;
  return configured?.dataSource ?? name;
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
      indicator: {
        kind: 'threshold',
        query: queryOf(sli.thresholdMetric)!,
        op: objective.op,
        value: objective.value,
      },
      dataSource: await dataSourceOf(
        [sli.thresholdMetric.metricSource],
        lookup,
      ),
    };
  }
  const ratio = sli.ratioMetric!;
  const sides = [ratio.good, ratio.bad, ratio.total, ratio.raw].filter(
    (s): s is { metricSource: MetricSource } => Boolean(s),
  );
  return {
    indicator: {
      kind: 'ratio',
      counter: ratio.counter,
      good: queryOf(ratio.good),
      bad: queryOf(ratio.bad),
      total: queryOf(ratio.total),
      raw: queryOf(ratio.raw),
      rawType: ratio.rawType,
    },
    dataSource: await dataSourceOf(
      sides.map(s => s.metricSource),
      lookup,
    ),
  };
}

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
        item,
        'alertPolicyRef',
        'AlertPolicy',
        lookup,
      );
      const { spec: condition } = await inlineOrReferenced<AlertConditionSpec>(
        policy.conditions[0],
        'conditionRef',
        'AlertCondition',
        lookup,
      );
      const longSeconds = durationSeconds(condition.condition.lookbackWindow);
      return {
        policy: name,
        severity: condition.severity,
        factor: condition.condition.threshold,
        op: condition.condition.op,
        longSeconds,
        shortSeconds: shortWindowSeconds(longSeconds),
      };
    }),
  );
}

type InlineOrRef = Record<string, unknown>;

/** An OpenSLO item given inline ({kind, metadata, spec}) or by reference. */
async function inlineOrReferenced<T>(
  item: InlineOrRef,
  refKey: string,
  kind: Parameters<OpensloLookup>[0],
  lookup: OpensloLookup,
): Promise<{ name: string; spec: T }> {
  if (typeof item[refKey] === 'string') {
    const name = item[refKey] as string;
    return { name, spec: await referenced<T>(lookup, kind, name) };
  }
  const inline = item as { metadata: { name: string }; spec: T };
  return { name: inline.metadata.name, spec: inline.spec };
}

/** Follows an SLO entity's references and normalises it for evaluation. */
export async function resolveSlo(
  entity: Entity,
  lookup: OpensloLookup,
  at: Date,
): Promise<ResolvedSlo> {
  const spec = entity.spec as unknown as SloSpec;
  const { windowSeconds, periodSeconds } = budgetPeriod(spec.timeWindow[0], at);
  let sloSli: SliSpec | undefined = spec.indicator?.spec;
  if (!sloSli && spec.indicatorRef) {
    sloSli = await referenced<SliSpec>(lookup, 'SLI', spec.indicatorRef);
  }
  const objectives: ResolvedObjective[] = await Promise.all(
    spec.objectives.map(async objective => {
      const sli =
        objective.indicator?.spec ??
        (objective.indicatorRef
          ? await referenced<SliSpec>(lookup, 'SLI', objective.indicatorRef)
          : sloSli);
      if (!sli) {
        throw new MisconfiguredSloError('an objective has no indicator');
      }
      return {
        displayName: objective.displayName,
        target: objective.target ?? objective.targetPercent! / 100,
        timeSliceTarget: objective.timeSliceTarget,
        sliceSeconds: objective.timeSliceWindow
          ? durationSeconds(objective.timeSliceWindow)
          : undefined,
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
