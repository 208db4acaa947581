/** The prometheus_client metric types whose series the functions know. */
export type MetricType = 'Counter' | 'Gauge' | 'Histogram' | 'Summary';

/** A metric as the service's code declares it, with prometheus_client. */
export interface MetricDeclaration {
  type: MetricType;
  /** The full name (namespace, subsystem and unit applied); undefined when not a literal. */
  name?: string;
  /** Undefined when the label names are not a literal. */
  labels?: string[];
  /** A histogram's bucket bounds; undefined when not a literal. */
  buckets?: number[];
  /** Where it is declared: the module, or the dependency that brings it. */
  path: string;
  line?: number;
  /** The library whose default metric it is. */
  library?: string;
}

/** prometheus_client's `Histogram.DEFAULT_BUCKETS`. */
export const DEFAULT_BUCKETS = [
  0.005,
  0.01,
  0.025,
  0.05,
  0.075,
  0.1,
  0.25,
  0.5,
  0.75,
  1.0,
  2.5,
  5.0,
  7.5,
  10.0,
  Infinity,
];

/** The series each type exposes, as suffixes of the full name. */
const SUFFIXES: Record<MetricType, string[]> = {
  Counter: ['_total', '_created'],
  Gauge: [''],
  Histogram: ['_bucket', '_count', '_sum', '_created'],
  Summary: ['_count', '_sum', '_created'],
};

/**
 * prometheus_client's full name of a metric: `namespace_subsystem_name`,
 * a counter's trailing `_total` dropped (it is added back to its series),
 * then `_unit` unless the name already ends with it.
 */
export function fullName(
  type: MetricType,
  name: string,
  namespace = '',
  subsystem = '',
  unit = '',
): string {
  let full = [namespace, subsystem, name].filter(Boolean).join('_');
  if (type === 'Counter' && full.endsWith('_total')) full = full.slice(0, -6);
  if (unit && !full.endsWith(`_${unit}`)) full += `_${unit}`;
  return full;
}

/** The series names a declared metric exposes. */
export function exposedSeries(declaration: MetricDeclaration): string[] {
  return declaration.name === undefined
    ? []
    : SUFFIXES[declaration.type].map(suffix => declaration.name + suffix);
}

/** Python's `repr` of a float: the shortest digits that read back, as Python lays them out. */
function pythonRepr(value: number): string {
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
  const exponent = Number(exponentText);
  const digits = mantissa.replace('.', '');
  const sign = value < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${m}e${exponent < 0 ? '-' : '+'}${e}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  return `${sign}${whole}.${digits.slice(exponent + 1) || '0'}`;
}

/**
 * A bucket bound as prometheus_client writes it in `le` (its
 * `floatToGoString`): Python's repr (0.2 → "0.2", 10 → "10.0"), with Go's
 * exponent from seven digits before the point, and "+Inf".
 */
export function formatBound(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  if (Number.isNaN(value)) return 'NaN';
  const repr = pythonRepr(value);
  const dot = repr.indexOf('.');
  if (value > 0 && dot > 6) {
    const mantissa = `${repr[0]}.${repr.slice(1, dot)}${repr.slice(
      dot + 1,
    )}`.replace(/[0.]+$/, '');
    return `${mantissa}e+0${dot - 1}`;
  }
  return repr;
}

/** The `le` values of a histogram's buckets: its bounds, and +Inf, which prometheus_client adds. */
export function bucketLabels(buckets: number[]): string[] {
  const bounds =
    buckets[buckets.length - 1] === Infinity ? buckets : [...buckets, Infinity];
  return bounds.map(formatBound);
}
