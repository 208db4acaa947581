import {
  AlertEvaluation,
  burnRate,
  burnRateAlertState,
  errorBudgetRemaining,
  ObjectiveEvaluation,
  objectiveStatus,
  SloEvaluation,
  SloStatus,
  sliFromCounts,
  timeslicesBudgetRemaining,
  timeToExhaustion,
  worstStatus,
} from '@internal/plugin-slo-common';
import {
  PrometheusClient,
  QueryError,
  SourceUnreachableError,
} from '../prometheus/PrometheusClient';
import { DataSources } from '../prometheus/DataSources';
import {
  occurrenceQueries,
  ratioTimesliceQuery,
  timesliceQueries,
} from './promql';
import { ResolvedObjective, ResolvedSlo } from './ResolvedSlo';

type Measure = (rangeSeconds: number) => Promise<number | undefined>;

/** The error ratio of a range: bad events (or bad slices) over all of them. */
function errorRatioMeasure(
  slo: ResolvedSlo,
  objective: ResolvedObjective,
  client: PrometheusClient,
  at: Date,
): Measure {
  const q = (query: string | undefined) =>
    query ? client.scalar(query, at) : Promise.resolve(undefined);
  const { indicator, sliceSeconds } = objective;
  if (slo.budgetingMethod === 'Timeslices') {
    return async range => {
      const queries = timesliceQueries(
        indicator,
        range,
        sliceSeconds!,
        objective.timeSliceTarget!,
      );
      const [bad, withData] = await Promise.all([
        q(queries.bad),
        q(queries.withData),
      ]);
      return withData ? (bad ?? 0) / (range / sliceSeconds!) : undefined;
    };
  }
  if (slo.budgetingMethod === 'RatioTimeslices') {
    return async range => {
      const mean = await q(
        ratioTimesliceQuery(indicator, range, sliceSeconds!),
      );
      return mean === undefined ? undefined : 1 - mean;
    };
  }
  return async range => {
    const queries = occurrenceQueries(indicator, range);
    if (queries.ratio) {
      const ratio = await q(queries.ratio);
      if (ratio === undefined) return undefined;
      return indicator.kind === 'ratio' && indicator.rawType === 'failure'
        ? ratio
        : 1 - ratio;
    }
    const [good, bad, total] = await Promise.all([
      q(queries.good),
      q(queries.bad),
      q(queries.total),
    ]);
    const sli = sliFromCounts(good ?? (total ?? 0) - (bad ?? 0), total ?? 0);
    return sli === undefined ? undefined : Math.min(1, Math.max(0, 1 - sli));
  };
}

async function evaluateObjective(
  slo: ResolvedSlo,
  objective: ResolvedObjective,
  client: PrometheusClient,
  at: Date,
): Promise<ObjectiveEvaluation> {
  const base = { displayName: objective.displayName, target: objective.target };
  const errorRatio = errorRatioMeasure(slo, objective, client, at);
  const windowError = await errorRatio(slo.windowSeconds);
  const burnOver = async (range: number) => {
    const ratio = await errorRatio(range);
    return ratio === undefined ? undefined : burnRate(ratio, objective.target);
  };
  const alerts: AlertEvaluation[] = await Promise.all(
    slo.alerts.map(async alert => {
      const [longBurnRate, shortBurnRate] = await Promise.all([
        burnOver(alert.longSeconds),
        burnOver(alert.shortSeconds),
      ]);
      return {
        policy: alert.policy,
        severity: alert.severity,
        factor: alert.factor,
        longSeconds: alert.longSeconds,
        shortSeconds: alert.shortSeconds,
        longBurnRate,
        shortBurnRate,
        state: burnRateAlertState({
          longBurnRate,
          shortBurnRate,
          factor: alert.factor,
          op: alert.op,
        }),
      };
    }),
  );
  if (windowError === undefined) {
    return {
      ...base,
      alerts,
      status: 'no-data',
      message: 'no data: the queries matched no events in the window',
    };
  }
  const sli = 1 - windowError;
  const budgetRemaining =
    slo.budgetingMethod === 'Timeslices'
      ? timeslicesBudgetRemaining({
          badSlices:
            windowError * (slo.windowSeconds / objective.sliceSeconds!),
          totalSlices: slo.periodSeconds / objective.sliceSeconds!,
          target: objective.target,
        })
      : errorBudgetRemaining(sli, objective.target);
  const fastest = [...alerts].sort((a, b) => a.longSeconds - b.longSeconds)[0];
  const current = fastest?.longBurnRate;
  return {
    ...base,
    sli,
    budgetRemaining,
    burnRate: current,
    timeToExhaustionSeconds:
      current === undefined
        ? undefined
        : timeToExhaustion({
            remaining: budgetRemaining,
            burnRate: current,
            windowSeconds: slo.periodSeconds,
          }),
    alerts,
    status: objectiveStatus({ budgetRemaining, alerts }),
  };
}

function failed(
  objective: ResolvedObjective,
  status: SloStatus,
  message: string,
): ObjectiveEvaluation {
  return {
    displayName: objective.displayName,
    target: objective.target,
    alerts: [],
    status,
    message,
  };
}

/**
 * Evaluates every objective of an SLO at one moment. Failures become a
 * status with a message, never an exception.
 */
export async function evaluateSlo(
  slo: ResolvedSlo,
  dataSources: DataSources,
  at: Date,
): Promise<SloEvaluation> {
  const objectives = await Promise.all(
    slo.objectives.map(async objective => {
      const source = dataSources.lookup(objective.dataSource);
      if (!('client' in source)) {
        return failed(
          objective,
          source.problem === 'no-url' ? 'no-data' : 'misconfigured',
          source.message,
        );
      }
      try {
        return await evaluateObjective(slo, objective, source.client, at);
      } catch (error) {
        if (error instanceof SourceUnreachableError) {
          return failed(objective, 'unreachable', error.message);
        }
        if (error instanceof QueryError) {
          return failed(
            objective,
            'misconfigured',
            `query error: ${error.message}`,
          );
        }
        throw error;
      }
    }),
  );
  const status = worstStatus(objectives.map(o => o.status));
  return {
    sloRef: slo.sloRef,
    evaluatedAt: at.toISOString(),
    windowSeconds: slo.windowSeconds,
    budgetingMethod: slo.budgetingMethod,
    status,
    message: objectives.find(o => o.status === status)?.message,
    objectives,
  };
}
