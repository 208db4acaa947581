/**
 * Error-budget arithmetic after the SRE Workbook ("Alerting on SLOs") and
 * Sloth's recording rules. Ratios are fractions in [0, 1]; a remaining budget
 * below zero means the budget is overspent.
 */

/** The SLI of an occurrence count, or undefined when nothing happened. */
export function sliFromCounts(good: number, total: number): number | undefined {
  if (!(total > 0) || !Number.isFinite(good)) {
    return undefined;
  }
  return good / total;
}

/** Occurrences: 1 − (1 − SLI) / (1 − target). */
export function errorBudgetRemaining(sli: number, target: number): number {
  return 1 - (1 - sli) / (1 - target);
}

/** Timeslices: 1 − bad slices / ((1 − target) × slices in the window). */
export function timeslicesBudgetRemaining(options: {
  badSlices: number;
  totalSlices: number;
  target: number;
}): number {
  const allowed = (1 - options.target) * options.totalSlices;
  return 1 - options.badSlices / allowed;
}

/** How many times faster than sustainable the budget is being spent. */
export function burnRate(errorRatio: number, target: number): number {
  return errorRatio / (1 - target);
}

/**
 * Seconds until the remaining budget is spent at a constant burn rate:
 * remaining × window ÷ burn rate. Undefined when nothing is burning.
 */
export function timeToExhaustion(options: {
  remaining: number;
  burnRate: number;
  windowSeconds: number;
}): number | undefined {
  if (options.remaining <= 0) {
    return 0;
  }
  if (!(options.burnRate > 0)) {
    return undefined;
  }
  return (options.remaining * options.windowSeconds) / options.burnRate;
}
