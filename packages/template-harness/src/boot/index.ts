export { bootProof } from './bootProof';
export type {
  BootProofOptions,
  BootProofReport,
  RunningService,
} from './bootProof';
export { startPrivatePostgres } from './privatePostgres';
export type { PrivatePostgres } from './privatePostgres';
export { startScrapingPrometheus } from './privatePrometheus';
export type { ScrapingPrometheus } from './privatePrometheus';
export { DEV_LOCK, RUNTIME_LOCK, writeLocks } from './pythonLock';
