export { portalTestDatabases } from './portalTestDatabases';
export { writeOpenMetricsHistory } from './prometheus/openMetrics';
export type {
  CounterSeries,
  OpenMetricsHistory,
} from './prometheus/openMetrics';
export { startPrometheusWithHistory } from './prometheus/startPrometheus';
export type { PrometheusFixture } from './prometheus/startPrometheus';
export { eventually, waitFor } from './waitFor';
export { pluginSchedulerHandle } from './pluginScheduler';
export { fitnessFunctionModule } from './fitnessFunctionModule';
export type { TestFitnessFunction } from './fitnessFunctionModule';
export { probeLiveness, whileProbingLiveness } from './liveness';
