export { writeOpenMetricsHistory } from './openMetrics';
export type { CounterSeries, OpenMetricsHistory } from './openMetrics';
export { startPrometheusWithHistory } from './startPrometheus';
export type { PrometheusFixture } from './startPrometheus';
export { startExamplePrometheus } from './examplePrometheus';
export type { ExamplePrometheus } from './examplePrometheus';
export { EXAMPLE_TRAFFIC } from './exampleTraffic';
