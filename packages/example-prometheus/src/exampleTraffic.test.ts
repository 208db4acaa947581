import { EXAMPLE_TRAFFIC, exampleMetricsText } from './exampleTraffic';

const COUNTING_SINCE = Date.UTC(2026, 0, 1) / 1000;

describe('the example traffic', () => {
  it('counts each service from 2026-01-01 at its rate, in the text format', () => {
    const text = exampleMetricsText(COUNTING_SINCE + 100);
    // platform-api: 16 requests a second, 2 % errors, over 100 seconds.
    expect(text).toContain(
      'http_requests_total{job="platform-api",code="500"} 32\n',
    );
    expect(text).toContain(
      'http_requests_total{job="platform-api",code="200"} 1568\n',
    );
    expect(text).toContain(
      'http_request_duration_seconds_count{job="platform-api"} 1600\n',
    );
    // One TYPE line per family, each family's lines together.
    const types = text.match(/^# TYPE .*$/gm) ?? [];
    expect(types).toEqual([
      '# TYPE http_requests_total untyped',
      '# TYPE http_request_duration_seconds_bucket untyped',
      '# TYPE http_request_duration_seconds_count untyped',
    ]);
  });

  it('keeps every service but platform-api inside its objectives (99.9 % available, 95 % within 200 ms)', () => {
    for (const t of EXAMPLE_TRAFFIC) {
      expect({ job: t.job, healthy: t.errorRatio <= 0.001 }).toEqual({
        job: t.job,
        healthy: t.job !== 'platform-api',
      });
      expect(t.within200ms).toBeGreaterThanOrEqual(0.95);
      expect(t.within500ms).toBeGreaterThanOrEqual(t.within200ms);
    }
  });
});
