const UNIT_SECONDS = {
  m: 60,
  h: 3600,
  d: 86400,
  w: 7 * 86400,
  M: 30 * 86400,
  Q: 90 * 86400,
  Y: 365 * 86400,
} as const;

export type DurationUnit = keyof typeof UNIT_SECONDS;

export const DURATION_PATTERN = /^([1-9][0-9]*)([mhdwMQY])$/;

/** A parsed OpenSLO duration shorthand such as `28d`. */
export interface OpensloDuration {
  count: number;
  unit: DurationUnit;
}

export function parseDuration(text: string): OpensloDuration | undefined {
  const match = DURATION_PATTERN.exec(text);
  if (!match) {
    return undefined;
  }
  return { count: Number(match[1]), unit: match[2] as DurationUnit };
}

/**
 * The length of a rolling duration in seconds. A month counts 30 days, a
 * quarter 90 and a year 365; calendar windows use real calendar periods.
 */
export function durationSeconds(text: string): number {
  const duration = parseDuration(text);
  if (!duration) {
    throw new Error(`'${text}' is not an OpenSLO duration shorthand`);
  }
  return duration.count * UNIT_SECONDS[duration.unit];
}

/** Formats seconds as a Prometheus range, e.g. `1h`, `5m` or `840s`. */
export function promRange(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole % 86400 === 0) return `${whole / 86400}d`;
  if (whole % 3600 === 0) return `${whole / 3600}h`;
  if (whole % 60 === 0) return `${whole / 60}m`;
  return `${whole}s`;
}
