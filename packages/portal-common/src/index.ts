export { DEFAULT_PAGE_LIMIT } from './paging';
export type { PagedList, PageRequest } from './paging';
