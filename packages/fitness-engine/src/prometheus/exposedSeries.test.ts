import {
  bucketLabels,
  DEFAULT_BUCKETS,
  exposedSeries,
  formatBound,
  fullName,
} from './exposedSeries';

describe('the series prometheus_client exposes', () => {
  it('names counters with _total, whether or not the code gave it', () => {
    for (const name of ['http_requests', 'http_requests_total']) {
      expect(
        exposedSeries({
          type: 'Counter',
          name: fullName('Counter', name),
          path: 'm.py',
        }),
      ).toEqual(['http_requests_total', 'http_requests_created']);
    }
  });

  it('gives histograms, summaries and gauges their series', () => {
    const series = (type: 'Histogram' | 'Summary' | 'Gauge') =>
      exposedSeries({ type, name: 'x', path: 'm.py' });
    expect(series('Histogram')).toEqual([
      'x_bucket',
      'x_count',
      'x_sum',
      'x_created',
    ]);
    expect(series('Summary')).toEqual(['x_count', 'x_sum', 'x_created']);
    expect(series('Gauge')).toEqual(['x']);
  });

  it('prefixes the namespace and subsystem, and appends the unit once', () => {
    expect(fullName('Histogram', 'latency', 'shop', 'http', 'seconds')).toBe(
      'shop_http_latency_seconds',
    );
    expect(fullName('Gauge', 'queue_seconds', '', '', 'seconds')).toBe(
      'queue_seconds',
    );
    // The _total is dropped before the unit is added, as prometheus_client does.
    expect(fullName('Counter', 'sent_total', '', '', 'bytes')).toBe(
      'sent_bytes',
    );
  });

  it('writes bounds as Python repr, with Go exponents from 1e7', () => {
    expect(
      [0.2, 1, 10, 0.25, 0.005, 2.5, 1e-5, 1234567, 12345678].map(formatBound),
    ).toEqual([
      '0.2',
      '1.0',
      '10.0',
      '0.25',
      '0.005',
      '2.5',
      '1e-05',
      '1.234567e+06',
      '1.2345678e+07',
    ]);
    expect(formatBound(Infinity)).toBe('+Inf');
  });

  it('gives the default buckets the le values of prometheus_client', () => {
    expect(bucketLabels(DEFAULT_BUCKETS)).toEqual([
      '0.005',
      '0.01',
      '0.025',
      '0.05',
      '0.075',
      '0.1',
      '0.25',
      '0.5',
      '0.75',
      '1.0',
      '2.5',
      '5.0',
      '7.5',
      '10.0',
      '+Inf',
    ]);
    expect(bucketLabels([0.1, 1])).toEqual(['0.1', '1.0', '+Inf']);
  });
});
