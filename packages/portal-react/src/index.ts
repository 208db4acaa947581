export { FilterBar } from './FilterBar';
export type { FilterField, FilterValues } from './FilterBar';
export { PagedTable } from './PagedTable';
export type { PagedColumn } from './PagedTable';
export { errorMessage, formatDateTime } from './format';
export { HistoryChart } from './HistoryChart';
export { useEntityPageHref } from './useEntityPageHref';
export { SearchResultListItem } from './SearchResultListItem';
