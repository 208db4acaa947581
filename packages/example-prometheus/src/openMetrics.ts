import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A counter whose increment during each minute is given by `perMinute`. */
export interface CounterSeries {
  name: string;
  labels: Record<string, string>;
  /** The increment added during minute `minute`, 0 being the oldest. */
  perMinute: (minute: number) => number;
  /** The counter's value at the start of the history; 0 by default. */
  initial?: number;
}

export interface OpenMetricsHistory {
  series: CounterSeries[];
  /** Floored to the minute. */
  end: Date;
  minutes: number;
  /** Seconds between samples, counted from `end` minus `minutes`; 60 by default. */
  stepSeconds?: number;
}

/**
 * Writes `minutes` minutes of cumulative counter samples ending at `end`,
 * starting from each series' `initial` value, for `promtool tsdb
 * create-blocks-from openmetrics`.
 * Families are declared `unknown` so every name, `_total`, `_bucket` or
 * `_count` alike, is stored exactly as given.
 */
export async function writeOpenMetricsHistory(
  file: string,
  history: OpenMetricsHistory,
): Promise<void> {
  await pipeline(
    Readable.from(openMetricsLines(history)),
    createWriteStream(file),
  );
}

function* openMetricsLines(history: OpenMetricsHistory): Generator<string> {
  const { minutes, stepSeconds = 60 } = history;
  if (!Number.isInteger(stepSeconds) || stepSeconds <= 0) {
    throw new Error(
      `stepSeconds must be a positive integer, got ${stepSeconds}`,
    );
  }
  const start = Math.floor(history.end.getTime() / 60_000) * 60 - minutes * 60;

  for (const [name, family] of groupByName(history.series)) {
    yield `# TYPE ${name} unknown\n`;
    for (const series of family) {
      const metric = `${name}{${formatLabels(series.labels)}}`;
      let minute = 0;
      let increment = minutes > 0 ? series.perMinute(0) : 0;
      let total = series.initial ?? 0;
      for (let offset = 0; offset <= minutes * 60; offset += stepSeconds) {
        while (minute < minutes && offset >= (minute + 1) * 60) {
          total += increment;
          minute += 1;
          increment = minute < minutes ? series.perMinute(minute) : 0;
        }
        // Samples inside a minute interpolate its increment linearly.
        const value = total + (increment * (offset - minute * 60)) / 60;
        yield `${metric} ${value} ${start + offset}\n`;
      }
    }
  }
  yield '# EOF\n';
}

function groupByName(series: CounterSeries[]) {
  const families = new Map<string, CounterSeries[]>();
  for (const s of series) {
    const family = families.get(s.name) ?? [];
    family.push(s);
    families.set(s.name, family);
  }
  return families;
}

/** `key="value",…` with each value escaped as both text formats want. */
export function formatLabels(labels: Record<string, string>) {
  return Object.entries(labels)
    .map(([key, value]) => `${key}="${escapeLabelValue(value)}"`)
    .join(',');
}

function escapeLabelValue(value: string) {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n');
}
