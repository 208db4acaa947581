import { sloQueries } from './serviceProbes';

describe('sloQueries', () => {
  it('finds the Prometheus queries of every openslo/v1 document, inline or as an SLI', () => {
    const text = `apiVersion: openslo/v1
kind: SLI
metadata: { name: ratio }
spec:
  ratioMetric:
    counter: true
    good: { metricSource: { type: Prometheus, spec: { query: 'good_total' } } }
    total: { metricSource: { type: Prometheus, spec: { query: 'all_total' } } }
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: latency }
spec:
  indicator:
    spec:
      thresholdMetric: { metricSource: { type: Prometheus, spec: { query: 'p95_seconds' } } }
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: elsewhere }
spec:
  indicator:
    spec:
      thresholdMetric: { metricSource: { type: Datadog, spec: { query: 'avg:latency{*}' } } }
---
apiVersion: backstage.io/v1alpha1
kind: Component
spec: { query: 'not_an_slo' }
`;
    expect(sloQueries(text)).toEqual([
      'good_total',
      'all_total',
      'p95_seconds',
    ]);
  });
});
