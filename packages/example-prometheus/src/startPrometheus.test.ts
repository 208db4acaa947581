import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { startPrometheusWithHistory } from './startPrometheus';
import { queryScalar } from './__testUtils__/queryScalar';

const MINUTES = 3 * 24 * 60;
const TOTAL = 'http_requests_total';
const ERRORS = 'http_requests_errors_total';

async function fixtureDirs() {
  const entries = await readdir(tmpdir());
  return entries.filter(entry => entry.startsWith('prometheus-fixture-'));
}

describe('startPrometheusWithHistory', () => {
  it('serves the history up to now and cleans up on stop', async () => {
    const dirsBefore = await fixtureDirs();
    const prometheus = await startPrometheusWithHistory({
      minutes: MINUTES,
      series: [
        {
          name: TOTAL,
          labels: { job: 'platform-api' },
          perMinute: () => 1000,
        },
        {
          name: ERRORS,
          labels: { job: 'platform-api', code: '500' },
          perMinute: minute => (minute >= MINUTES - 60 ? 50 : 1),
        },
      ],
    });
    try {
      expect((await fixtureDirs()).length).toBe(dirsBefore.length + 1);
      // increase() extrapolates to the window edges, and the newest sample can
      // be up to a minute old: allow 2 %.
      // Newest hour: 60 minutes × 50 errors.
      const errors = await queryScalar(
        prometheus.url,
        `sum(increase(${ERRORS}[1h]))`,
      );
      expect(Math.abs(errors - 3_000)).toBeLessThanOrEqual(3_000 * 0.02);
      // Last day: 1440 minutes × 1000 requests.
      const total = await queryScalar(
        prometheus.url,
        `sum(increase(${TOTAL}[1d]))`,
      );
      expect(Math.abs(total - 1_440_000)).toBeLessThanOrEqual(1_440_000 * 0.02);
    } finally {
      await prometheus.stop();
    }
    expect(await fixtureDirs()).toEqual(dirsBefore);
  }, 60_000);
});
