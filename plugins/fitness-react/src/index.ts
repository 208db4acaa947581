export { FitnessClient, fitnessApiRef } from './api';
export type { FitnessApi, NewWaiver } from './api';
export { fitnessCatalogColumns } from './catalogColumns';
export { LevelBadge } from './LevelBadge';
export { RescanButton } from './RescanButton';
export { useFunctionDocsHref } from './useFunctionDocsHref';
