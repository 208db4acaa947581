import { CounterSeries, formatLabels } from './openMetrics';

/**
 * The example services' request counters are functions of wall-clock time:
 * each counts from this instant at a constant rate, so the backfilled history
 * and every later scrape, after any restart, tell one continuous story.
 */
const COUNTING_SINCE_SECONDS = Date.UTC(2026, 0, 1) / 1000;

interface ServiceTraffic {
  job: string;
  requestsPerSecond: number;
  /** Answered 5xx. */
  errorRatio: number;
  /** Answered within 200 ms and within 500 ms (the SLOs' latency buckets). */
  within200ms: number;
  within500ms: number;
}

/**
 * Every example service with an SLO: all healthy but platform-api, which
 * fails 2 % of its requests against a 99.9 % objective, a burn rate of 20
 * that pages (examples/services/platform-api/openslo.yaml).
 */
export const EXAMPLE_TRAFFIC: ServiceTraffic[] = [
  {
    job: 'platform-api',
    requestsPerSecond: 16,
    errorRatio: 0.02,
    within200ms: 0.98,
    within500ms: 0.9995,
  },
  {
    job: 'platform-auth',
    requestsPerSecond: 9,
    errorRatio: 0.0002,
    within200ms: 0.985,
    within500ms: 0.999,
  },
  {
    job: 'platform-user',
    requestsPerSecond: 6,
    errorRatio: 0.0003,
    within200ms: 0.975,
    within500ms: 0.998,
  },
  {
    job: 'platform-worker',
    requestsPerSecond: 2,
    errorRatio: 0.0004,
    within200ms: 0.97,
    within500ms: 0.997,
  },
  {
    job: 'platform-notification',
    requestsPerSecond: 3,
    errorRatio: 0.0001,
    within200ms: 0.99,
    within500ms: 0.999,
  },
  {
    job: 'billing-monolith',
    requestsPerSecond: 4,
    errorRatio: 0.0005,
    within200ms: 0.965,
    within500ms: 0.996,
  },
  {
    job: 'catalog-service',
    requestsPerSecond: 12,
    errorRatio: 0.0002,
    within200ms: 0.98,
    within500ms: 0.999,
  },
];

interface Counter {
  name: string;
  labels: Record<string, string>;
  perSecond: number;
}

function counters(): Counter[] {
  return EXAMPLE_TRAFFIC.flatMap((t): Counter[] => {
    const rate = t.requestsPerSecond;
    return [
      {
        name: 'http_requests_total',
        labels: { job: t.job, code: '200' },
        perSecond: rate * (1 - t.errorRatio),
      },
      {
        name: 'http_requests_total',
        labels: { job: t.job, code: '500' },
        perSecond: rate * t.errorRatio,
      },
      {
        name: 'http_request_duration_seconds_bucket',
        labels: { job: t.job, le: '0.2' },
        perSecond: rate * t.within200ms,
      },
      {
        name: 'http_request_duration_seconds_bucket',
        labels: { job: t.job, le: '0.5' },
        perSecond: rate * t.within500ms,
      },
      {
        name: 'http_request_duration_seconds_bucket',
        labels: { job: t.job, le: '+Inf' },
        perSecond: rate,
      },
      {
        name: 'http_request_duration_seconds_count',
        labels: { job: t.job },
        perSecond: rate,
      },
    ];
  });
}

const valueAt = (counter: Counter, seconds: number) =>
  counter.perSecond * Math.max(0, seconds - COUNTING_SINCE_SECONDS);

/**
 * The history from `fromSeconds` to `toSeconds` (whole minutes), a sample
 * every `stepSeconds`, for backfilling.
 */
export function exampleHistory(
  fromSeconds: number,
  toSeconds: number,
  stepSeconds: number,
) {
  const series: CounterSeries[] = counters().map(counter => ({
    name: counter.name,
    labels: counter.labels,
    initial: valueAt(counter, fromSeconds),
    perMinute: () => counter.perSecond * 60,
  }));
  return {
    series,
    end: new Date(toSeconds * 1000),
    minutes: Math.round((toSeconds - fromSeconds) / 60),
    stepSeconds,
  };
}

/** The counters at `seconds`, in Prometheus' text exposition format. */
export function exampleMetricsText(seconds: number): string {
  const families = new Map<string, string[]>();
  for (const counter of counters()) {
    const lines = families.get(counter.name) ?? [];
    lines.push(
      `${counter.name}{${formatLabels(counter.labels)}} ${valueAt(
        counter,
        seconds,
      )}`,
    );
    families.set(counter.name, lines);
  }
  return [...families]
    .map(([name, lines]) => `# TYPE ${name} untyped\n${lines.join('\n')}\n`)
    .join('');
}
