export { bootProof } from './bootProof';
export type {
  BootProofOptions,
  BootProofReport,
  RunningService,
} from './bootProof';
export { startScrapingPrometheus } from './privatePrometheus';
export type { ScrapingPrometheus } from './privatePrometheus';
export { DEV_LOCK, RUNTIME_LOCK, writeLocks } from './pythonLock';
