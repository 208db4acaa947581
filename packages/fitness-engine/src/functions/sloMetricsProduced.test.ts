import { functionContext } from '../testUtils/functionContext';
import { newLayout, oldLayout } from '../testUtils/goldenPathLayouts';
import { sloMetricsProducedFunction } from './sloMetricsProduced';

const evaluate = async (files: Record<string, string>) =>
  sloMetricsProducedFunction.evaluate(await functionContext(files));

const messages = (outcome: {
  evidence: Array<{ line?: number; message: string }>;
}) => outcome.evidence.map(e => `${e.line} ${e.message}`);

/** An SLI document with one Prometheus query, and the metrics module of the service. */
const sli = (query: string, source = '') => `apiVersion: openslo/v1
kind: SLI
metadata:
  name: shop-latency
spec:
  thresholdMetric:
    metricSource:
      metricSourceRef: ${source || 'prometheus-main'}
      spec:
        query: '${query}'
`;

const METRICS = 'src/shop/presentation/operability.py';

describe('slo-metrics-produced', () => {
  it('passes the golden path: a Counter and a Histogram with the bucket the latency SLO counts', async () => {
    expect(await evaluate(newLayout)).toEqual({
      status: 'pass',
      summary:
        'The code produces the 3 series the SLOs query: http_requests_total, http_request_duration_seconds_bucket, http_request_duration_seconds_count.',
      evidence: [
        {
          path: METRICS,
          line: 7,
          message: 'http_requests_total: Counter http_requests',
        },
        {
          path: METRICS,
          line: 10,
          message:
            'http_request_duration_seconds_bucket: Histogram http_request_duration_seconds',
        },
        {
          path: METRICS,
          line: 10,
          message:
            'http_request_duration_seconds_count: Histogram http_request_duration_seconds',
        },
      ],
    });
  });

  it('fails the old golden path, which declares no metric, at each query', async () => {
    const outcome = await evaluate(oldLayout);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      'The code does not produce what the SLOs query: 4 problems.',
    );
    expect(outcome.evidence.map(e => `${e.path}:${e.line}`)).toEqual([
      'openslo.yaml:18',
      'openslo.yaml:24',
      'openslo.yaml:49',
      'openslo.yaml:55',
    ]);
    expect(outcome.evidence[0].message).toBe(
      'SLO shop-availability queries http_requests_total, which the code does not produce',
    );
  });

  // prometheus_client writes the bound 1.0 as "1.0", never "1".
  it.each(['1', '0.15'])(
    'fails le="%s", not a bucket bound as prometheus_client writes it',
    async le => {
      const outcome = await evaluate({
        ...newLayout,
        'openslo.yaml': sli(
          `http_request_duration_seconds_bucket{job="shop",le="${le}"}`,
        ),
      });
      expect(messages(outcome)).toEqual([
        `10 SLI shop-latency queries http_request_duration_seconds_bucket: le="${le}" is not a bucket bound of http_request_duration_seconds (0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 2.0, 2.5, 5.0, 10.0, +Inf; ${METRICS}:10)`,
      ]);
    },
  );

  it('fails a label the metric does not declare, and hints at the series a counter exposes', async () => {
    const outcome = await evaluate({
      ...newLayout,
      'openslo.yaml': sli(
        'sum(rate(http_requests_total{status=~"5..",instance="a"}[5m])) / sum(rate(http_requests[5m]))',
      ),
    });
    expect(messages(outcome)).toEqual([
      `10 SLI shop-latency queries http_requests_total: status is not a label of http_requests (method, route, code; ${METRICS}:7)`,
      `10 SLI shop-latency queries http_requests, which the code does not produce (Counter http_requests at ${METRICS}:7 exposes http_requests_total, http_requests_created)`,
    ]);
  });

  it("accepts prometheus-fastapi-instrumentator's default metrics when it is a dependency", async () => {
    const files = {
      'pyproject.toml':
        '[project]\nname = "shop"\ndependencies = ["prometheus-fastapi-instrumentator>=7"]\n',
      'src/shop/app.py':
        'from prometheus_fastapi_instrumentator import Instrumentator\n',
      'openslo.yaml': sli('http_requests_total{handler="/orders",code="500"}'),
    };
    expect(messages(await evaluate(files))).toEqual([
      '10 SLI shop-latency queries http_requests_total: code is not a label of http_requests (method, status, handler; prometheus-fastapi-instrumentator (a dependency in pyproject.toml))',
    ]);
    expect(
      await evaluate({
        ...files,
        'openslo.yaml': sli(
          'http_requests_total{handler="/orders",status="5xx"}',
        ),
      }),
    ).toMatchObject({ status: 'pass' });
  });

  it('follows DataSource types and indicatorRef, and notes what it does not check', async () => {
    const files = {
      ...newLayout,
      'openslo.yaml': `apiVersion: openslo/v1
kind: DataSource
metadata: { name: datadog }
spec: { type: Datadog, connectionDetails: {} }
---
${sli('job:http_requests:rate5m{job="shop"} / http_requests_total', 'datadog')}
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: shop-latency }
spec:
  indicatorRef: shop-latency-elsewhere
  objectives:
    - indicator:
        metadata: { name: inline }
        spec:
          ratioMetric:
            counter: true
            good:
              metricSource:
                spec: { query: 'job:http_requests:rate5m' }
            total:
              metricSource:
                spec: { query: 'http_requests_total{job="shop"}' }
`,
    };
    const outcome = await evaluate(files);
    expect(outcome.status).toBe('pass');
    expect(messages(outcome)).toEqual([
      `7 http_requests_total: Counter http_requests`,
      '15 SLI shop-latency: a Datadog source, not checked',
      '22 SLO shop-latency: indicatorRef shop-latency-elsewhere is not an SLI of the repository, not checked',
      '31 SLO shop-latency: job:http_requests:rate5m is a recording rule, not checked',
    ]);
  });

  it('does not apply without OpenSLO documents, Prometheus queries or Python source', async () => {
    expect(
      (await evaluate({ 'k8s/deployment.yaml': 'kind: Deployment\n' })).summary,
    ).toBe('No OpenSLO documents.');
    expect(
      (
        await evaluate({
          'openslo.yaml': sli('avg:requests{*}', '').replace(
            'metricSourceRef: prometheus-main',
            'type: Datadog',
          ),
        })
      ).summary,
    ).toBe(
      'No Prometheus query in the OpenSLO documents (1 source not checked).',
    );
    expect(
      await evaluate({ 'openslo.yaml': sli('http_requests_total') }),
    ).toMatchObject({
      status: 'not-applicable',
      summary: 'No Python source here to check the SLO queries against.',
    });
  });
});
