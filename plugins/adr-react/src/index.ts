export { AdrClient, adrApiRef } from './api';
export type { AdrApi } from './api';
export { AdrStatusChip, statusLabel } from './AdrStatusChip';
