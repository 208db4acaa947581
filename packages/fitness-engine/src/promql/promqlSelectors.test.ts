import { promqlSelectors } from './promqlSelectors';

describe('promqlSelectors', () => {
  it('reads the golden path SLO queries', () => {
    expect(
      promqlSelectors('http_requests_total{job="shop",code!~"5.."}'),
    ).toEqual([
      {
        metric: 'http_requests_total',
        matchers: [
          { label: 'job', op: '=', value: 'shop' },
          { label: 'code', op: '!~', value: '5..' },
        ],
      },
    ]);
    expect(
      promqlSelectors(
        'http_request_duration_seconds_bucket{job=\'shop\', le="0.2"}',
      ),
    ).toEqual([
      {
        metric: 'http_request_duration_seconds_bucket',
        matchers: [
          { label: 'job', op: '=', value: 'shop' },
          { label: 'le', op: '=', value: '0.2' },
        ],
      },
    ]);
  });

  it('skips functions, aggregations, grouping labels, ranges, offsets and strings', () => {
    const query = `
      histogram_quantile(0.95, sum by (le, route) (rate(latency_bucket{job="a"}[5m] offset 1h)))
      / on (route) group_left(team)
      sum without (instance) (increase(errors_total[1d:5m]))
      > bool 0.5 and label_replace(up, "dst", "$1", "src", "(.*)") @ start()`;
    expect(promqlSelectors(query).map(s => s.metric)).toEqual([
      'latency_bucket',
      'errors_total',
      'up',
    ]);
  });

  it('reads metric names given as __name__ or as a quoted name, and keeps recording rules whole', () => {
    expect(
      promqlSelectors(
        '{__name__="requests_total", by="x"} + {"my.metric"} + job:requests:rate5m + {__name__=~"a|b"}',
      ),
    ).toEqual([
      {
        metric: 'requests_total',
        matchers: [{ label: 'by', op: '=', value: 'x' }],
      },
      { metric: 'my.metric', matchers: [] },
      { metric: 'job:requests:rate5m', matchers: [] },
      { metric: undefined, matchers: [] },
    ]);
  });
});
