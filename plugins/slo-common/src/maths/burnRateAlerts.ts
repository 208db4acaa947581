const DAY = 86400;
const HOUR = 3600;
const BASE_WINDOW_SECONDS = 30 * DAY;

export type AlertSeverity = 'page' | 'ticket';

/** A multi-window burn-rate alert: both windows must burn above the factor. */
export interface BurnRateAlertWindow {
  severity: AlertSeverity;
  factor: number;
  longSeconds: number;
  shortSeconds: number;
}

const BASE_ALERTS: BurnRateAlertWindow[] = [
  { severity: 'page', factor: 14.4, longSeconds: HOUR, shortSeconds: 5 * 60 },
  { severity: 'page', factor: 6, longSeconds: 6 * HOUR, shortSeconds: 30 * 60 },
  { severity: 'ticket', factor: 3, longSeconds: DAY, shortSeconds: 2 * HOUR },
  {
    severity: 'ticket',
    factor: 1,
    longSeconds: 3 * DAY,
    shortSeconds: 6 * HOUR,
  },
];

/**
 * The SRE Workbook's alert windows for a 30-day SLO, scaled in proportion
 * for other SLO windows. The factors stay, so each alert still fires after
 * the same share of the budget is spent.
 */
export function burnRateAlertWindows(
  sloWindowSeconds: number,
): BurnRateAlertWindow[] {
  const scale = sloWindowSeconds / BASE_WINDOW_SECONDS;
  return BASE_ALERTS.map(alert => ({
    ...alert,
    longSeconds: Math.round(alert.longSeconds * scale),
    shortSeconds: Math.round(alert.shortSeconds * scale),
  }));
}

/** The short window of an OpenSLO burn-rate condition: 1/12 of the long one. */
export function shortWindowSeconds(longSeconds: number): number {
  return Math.round(longSeconds / 12);
}

export type AlertState = 'firing' | 'ok' | 'no-data';
export type ConditionOperator = 'lt' | 'lte' | 'gt' | 'gte';

const COMPARE: Record<ConditionOperator, (a: number, b: number) => boolean> = {
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
};

/** Fires when the burn rates of both windows pass the factor. */
export function burnRateAlertState(options: {
  longBurnRate: number | undefined;
  shortBurnRate: number | undefined;
  factor: number;
  op?: ConditionOperator;
}): AlertState {
  const { longBurnRate, shortBurnRate, factor } = options;
  if (longBurnRate === undefined || shortBurnRate === undefined) {
    return 'no-data';
  }
  const passes = COMPARE[options.op ?? 'gt'];
  return passes(longBurnRate, factor) && passes(shortBurnRate, factor)
    ? 'firing'
    : 'ok';
}
