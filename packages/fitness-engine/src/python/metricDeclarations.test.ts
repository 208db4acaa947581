import { metricDeclarations } from './metricDeclarations';

const declared = (source: string) =>
  metricDeclarations(source, 'm.py').map(({ path, ...d }) => d);

describe('metricDeclarations', () => {
  it('reads the golden path metrics, with buckets bound to a module-level tuple', () => {
    const source = [
      'from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram',
      '',
      'LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 2.0, 2.5, 5.0, 10.0)',
      '',
      'REQUESTS = Counter(',
      '    "http_requests", "HTTP requests answered.", ["method", "route", "code"]',
      ')',
      'LATENCY = Histogram(',
      '    "http_request_duration_seconds",',
      '    "Time to answer.",',
      '    ["method", "route"],',
      '    buckets=LATENCY_BUCKETS,',
      ')',
    ].join('\n');
    expect(declared(source)).toEqual([
      {
        type: 'Counter',
        name: 'http_requests',
        labels: ['method', 'route', 'code'],
        buckets: undefined,
        line: 5,
      },
      {
        type: 'Histogram',
        name: 'http_request_duration_seconds',
        labels: ['method', 'route'],
        buckets: [
          0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 1, 2, 2.5, 5, 10,
        ],
        line: 8,
      },
    ]);
  });

  it('reads keywords, aliases, the module form, prefixes and infinity', () => {
    const source = [
      'import math',
      'import prometheus_client as prom',
      'from prometheus_client import (',
      '    Gauge,',
      '    Summary as S,',
      ')',
      '',
      'def setup(registry):',
      '    prom.Histogram(name="latency", documentation="d", unit="seconds",',
      '                   namespace="shop", buckets=[.1, 1, float("inf")])',
      "    S('size_bytes', 'd', labelnames=('handler',), registry=registry)",
      "    Gauge(r'in_flight', 'd')",
      '    prom.Counter("errors_total", "d", subsystem="db")',
    ].join('\n');
    expect(declared(source)).toEqual([
      {
        type: 'Histogram',
        name: 'shop_latency_seconds',
        labels: [],
        buckets: [0.1, 1, Infinity],
        line: 9,
      },
      {
        type: 'Summary',
        name: 'size_bytes',
        labels: ['handler'],
        buckets: undefined,
        line: 11,
      },
      {
        type: 'Gauge',
        name: 'in_flight',
        labels: [],
        buckets: undefined,
        line: 12,
      },
      {
        type: 'Counter',
        name: 'db_errors',
        labels: [],
        buckets: undefined,
        line: 13,
      },
    ]);
  });

  it('leaves what is not a literal unknown, and ignores other Counters', () => {
    const source = [
      'from collections import Counter',
      'from prometheus_client import Histogram',
      'words = Counter("a b a".split())',
      'NAME = settings.metric_name',
      'Histogram(NAME, "d", LABELS, buckets=compute())',
      'Histogram(f"{PREFIX}_latency", "d")',
      'Histogram("default", "d")',
    ].join('\n');
    expect(declared(source)).toEqual([
      {
        type: 'Histogram',
        name: undefined,
        labels: undefined,
        buckets: undefined,
        line: 5,
      },
      {
        type: 'Histogram',
        name: undefined,
        labels: [],
        buckets: expect.any(Array),
        line: 6,
      },
      {
        type: 'Histogram',
        name: 'default',
        labels: [],
        buckets: [
          0.005,
          0.01,
          0.025,
          0.05,
          0.075,
          0.1,
          0.25,
          0.5,
          0.75,
          1,
          2.5,
          5,
          7.5,
          10,
          Infinity,
        ],
        line: 7,
      },
    ]);
  });
});
