export { SloClient, sloApiRef } from './api';
export type { SloApi } from './api';
export { SloStatusChip } from './SloStatusChip';
export { formatPercent, formatRate, formatWindow } from './format';
