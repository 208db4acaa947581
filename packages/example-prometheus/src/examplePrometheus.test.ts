import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startExamplePrometheus } from './examplePrometheus';
import { freePort } from './freePort';
import { queryScalar } from './__testUtils__/queryScalar';

const dir = mkdtempSync(join(tmpdir(), 'example-prometheus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the example Prometheus', () => {
  it('holds 30 days of the example traffic, platform-api burning, and records the time it was stopped on its next start', async () => {
    // A first start three hours ago, as far as the history goes.
    const threeHoursAgo = Math.floor(Date.now() / 60_000) * 60 - 3 * 3600;
    let prometheus = await startExamplePrometheus({
      dir,
      port: await freePort(),
      recordUntil: threeHoursAgo * 1000,
    });
    const errorRatio = (range: string) =>
      queryScalar(
        prometheus.url,
        `sum(increase(http_requests_total{job="platform-api",code="500"}${range})) / sum(increase(http_requests_total{job="platform-api"}${range}))`,
      );
    const requests = (job: string, range: string) =>
      queryScalar(
        prometheus.url,
        `sum(increase(http_requests_total{job="${job}"}${range}))`,
      );
    try {
      // platform-api fails 2 % of its requests: a burn rate of 20 against
      // 99.9 %, over the fast window and over the month.
      expect(await errorRatio('[1h] offset 3h')).toBeCloseTo(0.02, 6);
      expect(await errorRatio('[29d] offset 3h')).toBeCloseTo(0.02, 6);
      // platform-auth: 9 requests a second; increase() extrapolates to the
      // range's edges and the newest sample may be a minute old: 2 % slack.
      const month = await requests('platform-auth', '[29d] offset 3h');
      expect(Math.abs(month - 9 * 86_400 * 29)).toBeLessThan(
        9 * 86_400 * 29 * 0.02,
      );
    } finally {
      await prometheus.stop();
    }
    // It ran for moments only: its data ends three hours ago.
    writeFileSync(join(dir, 'recorded-until'), String(threeHoursAgo));

    prometheus = await startExamplePrometheus({ dir, port: await freePort() });
    try {
      // The newest two hours are recorded every minute: 2 % slack.
      const recent = await requests('platform-auth', '[2h]');
      expect(Math.abs(recent - 9 * 7200)).toBeLessThan(9 * 7200 * 0.02);
      // The hour before, every 5 minutes: increase() extrapolates at most
      // half a step past its first and last samples, so up to 10 % short,
      // and nothing at all had that hour not been recorded.
      const older = await requests('platform-auth', '[1h] offset 2h');
      expect(older).toBeGreaterThan(9 * 3600 * 0.9);
      expect(older).toBeLessThan(9 * 3600 * 1.02);
      expect(await errorRatio('[1h]')).toBeCloseTo(0.02, 6);
      expect(await errorRatio('[5m]')).toBeCloseTo(0.02, 6);
    } finally {
      await prometheus.stop();
    }
  }, 120_000);
});
