export { DEFAULT_PAGE_LIMIT } from './paging';
export type { PagedList, PageRequest } from './paging';
export {
  docsPageOfFile,
  docsPagePath,
  entityPagePath,
  entityRouteParams,
} from './links';
