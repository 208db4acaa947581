export { default } from './plugin';
export { fitnessCatalogColumns } from './catalogColumns';
export { fitnessApiRef } from './api';
export type { FitnessApi, FitnessListQuery } from './api';
export { LevelBadge } from './components/LevelBadge';
export { RescanButton } from './components/RescanButton';
