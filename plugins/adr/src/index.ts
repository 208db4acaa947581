export { default } from './plugin';
export { adrApiRef } from './api';
export type { AdrApi, AdrIndexFilter } from './api';
export { AdrStatusChip } from './components/AdrStatusChip';
