/*
 * The Prometheus of the end-to-end tests: 30 days of traffic for two
 * example services, held until the process is stopped. platform-api burns
 * its availability budget from an hour before the start until an hour after
 * it (2 % errors against a 99.9 % objective, burn rate 20), so it burns
 * whenever a test evaluates it within the hour; platform-auth is healthy.
 * Started by scripts/e2e-prometheus.sh for playwright.config.ts.
 */
import {
  CounterSeries,
  startPrometheusWithHistory,
} from '@internal/backend-test-kit';

/** The history runs this far past the start: samples "now" for an hour. */
const AHEAD_MINUTES = 60;
const MINUTES = 30 * 1440 + 120 + AHEAD_MINUTES;
const burning = (minute: number) => minute >= MINUTES - 60 - AHEAD_MINUTES;

const traffic = (
  job: string,
  errorsPerMinute: (minute: number) => number,
): CounterSeries[] => [
  {
    name: 'http_requests_total',
    labels: { job, code: '200' },
    perMinute: (m: number) => 1000 - errorsPerMinute(m),
  },
  {
    name: 'http_requests_total',
    labels: { job, code: '500' },
    perMinute: errorsPerMinute,
  },
  {
    name: 'http_request_duration_seconds_bucket',
    labels: { job, le: '0.2' },
    perMinute: () => 980,
  },
  {
    name: 'http_request_duration_seconds_bucket',
    labels: { job, le: '0.5' },
    perMinute: () => 999.5,
  },
  {
    name: 'http_request_duration_seconds_count',
    labels: { job },
    perMinute: () => 1000,
  },
];

async function main() {
  const port = Number(process.env.PORTAL_E2E_PROMETHEUS_PORT ?? 7018);
  const prometheus = await startPrometheusWithHistory({
    port,
    minutes: MINUTES,
    end: new Date(Date.now() + AHEAD_MINUTES * 60_000),
    series: [
      ...traffic('platform-api', m => (burning(m) ? 20 : 0.5)),
      ...traffic('platform-auth', () => 0.2),
    ],
  });
  process.stdout.write(
    `Prometheus with example history on ${prometheus.url}\n`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      prometheus.stop().finally(() => process.exit(0));
    });
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
