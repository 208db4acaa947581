export { default } from './plugin';
export { sloApiRef } from './api';
export type { SloApi, SloBoardFilter } from './api';
export { SloStatusChip } from './components/SloStatusChip';
export { formatPercent } from './format';
