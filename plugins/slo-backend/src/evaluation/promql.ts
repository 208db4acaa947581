import { ConditionOperator, promRange } from '@internal/plugin-slo-common';
import { ResolvedIndicator } from './ResolvedSlo';

const PROMQL_OPERATOR: Record<ConditionOperator, string> = {
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
};

const INVERSE: Record<ConditionOperator, ConditionOperator> = {
  lt: 'gte',
  lte: 'gt',
  gt: 'lte',
  gte: 'lt',
};

/** Events counted over a range: increase() of a counter, else a sum. */
function eventsOver(query: string, counter: boolean, range: string) {
  return counter
    ? `sum(increase(${query}[${range}]))`
    : `sum(sum_over_time(${query}[${range}]))`;
}

/**
 * Occurrences: the queries for the good and total event counts of a range.
 * A `bad` indicator yields bad events; a raw one yields the ratio itself.
 */
export function occurrenceQueries(
  indicator: ResolvedIndicator,
  rangeSeconds: number,
): { good?: string; bad?: string; total?: string; ratio?: string } {
  const range = promRange(rangeSeconds);
  if (indicator.kind === 'threshold') {
    return {
      good: `sum(sum_over_time((${indicator.query} ${
        PROMQL_OPERATOR[indicator.op]
      } bool ${indicator.value})[${range}:1m]))`,
      total: `sum(count_over_time((${indicator.query})[${range}:1m]))`,
    };
  }
  if (indicator.raw) {
    return { ratio: `avg(avg_over_time(${indicator.raw}[${range}]))` };
  }
  return {
    good:
      indicator.good && eventsOver(indicator.good, indicator.counter, range),
    bad: indicator.bad && eventsOver(indicator.bad, indicator.counter, range),
    total: eventsOver(indicator.total!, indicator.counter, range),
  };
}

/** The success ratio of one time slice, as a PromQL expression. */
function sliceRatio(indicator: ResolvedIndicator, slice: string): string {
  if (indicator.kind === 'threshold') {
    return `(${indicator.query} ${PROMQL_OPERATOR[indicator.op]} bool ${
      indicator.value
    })`;
  }
  if (indicator.raw) {
    const raw = `avg(avg_over_time(${indicator.raw}[${slice}]))`;
    return indicator.rawType === 'failure' ? `(1 - ${raw})` : raw;
  }
  const total = eventsOver(indicator.total!, indicator.counter, slice);
  return indicator.good
    ? `(${eventsOver(indicator.good, indicator.counter, slice)} / ${total})`
    : `(1 - ${eventsOver(
        indicator.bad!,
        indicator.counter,
        slice,
      )} / ${total})`;
}

/**
 * Timeslices: bad slices in a range, and how many slices had data, through
 * a subquery that steps one slice at a time. A slice without events (0/0)
 * is NaN; `<` with `bool` gives 0 for it, so it counts as good.
 */
export function timesliceQueries(
  indicator: ResolvedIndicator,
  rangeSeconds: number,
  sliceSeconds: number,
  sliceTarget: number,
): { bad: string; withData: string } {
  const range = promRange(rangeSeconds);
  const slice = promRange(sliceSeconds);
  const ratio = sliceRatio(indicator, slice);
  const bad =
    indicator.kind === 'threshold'
      ? `(${indicator.query} ${PROMQL_OPERATOR[INVERSE[indicator.op]]} bool ${
          indicator.value
        })`
      : `(${ratio} < bool ${sliceTarget})`;
  return {
    bad: `sum(sum_over_time(${bad}[${range}:${slice}]))`,
    withData: `sum(count_over_time(${ratio}[${range}:${slice}]))`,
  };
}

/**
 * RatioTimeslices: the mean of the slices' success ratios; `>= 0` drops
 * the NaN of slices without events.
 */
export function ratioTimesliceQuery(
  indicator: ResolvedIndicator,
  rangeSeconds: number,
  sliceSeconds: number,
): string {
  const slice = promRange(sliceSeconds);
  return `avg_over_time((${sliceRatio(indicator, slice)} >= 0)[${promRange(
    rangeSeconds,
  )}:${slice}])`;
}
