export { portalTestDatabases } from './portalTestDatabases';
export {
  startPrometheusWithHistory,
  writeOpenMetricsHistory,
} from '@internal/example-prometheus';
export type {
  CounterSeries,
  OpenMetricsHistory,
  PrometheusFixture,
} from '@internal/example-prometheus';
export { eventually, waitFor } from './waitFor';
export { pluginSchedulerHandle } from './pluginScheduler';
export { fitnessFunctionModule } from './fitnessFunctionModule';
export type { TestFitnessFunction } from './fitnessFunctionModule';
export { probeLiveness, whileProbingLiveness } from './liveness';
