export {
  CHECKS,
  checkGeneratedService,
  SERVICE_CHECKS,
} from './checkGeneratedService';
export { catalogEntities } from './checks/catalogEntities';
export type { ValidateEntity } from './checks/catalogEntities';
export { formatFailures } from './HarnessFailure';
export type { Check, GeneratedService, HarnessFailure } from './HarnessFailure';
export { fitnessReport } from './checks/fitness';
export {
  bootProof,
  DEV_LOCK,
  RUNTIME_LOCK,
  startPrivatePostgres,
  startScrapingPrometheus,
  writeLocks,
} from './boot';
export type {
  BootProofOptions,
  BootProofReport,
  PrivatePostgres,
  RunningService,
  ScrapingPrometheus,
} from './boot';
