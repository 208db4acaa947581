export { EntityRefFilter } from './EntityRefFilter';
export type { EntityOption } from './EntityRefFilter';
export { errorMessage, formatDateTime } from './format';
export { useCatalogFilterOptions } from './useCatalogFilterOptions';
export { HistoryChart } from './HistoryChart';
