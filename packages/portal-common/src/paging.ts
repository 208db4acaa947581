/**
 * One page of a list endpoint (`?offset=&limit=`): the items of the page and
 * how many match the query in all.
 */
export interface PagedList<T> {
  items: T[];
  totalItems: number;
}

/** Where a page starts and how many items it holds. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** The page size a list endpoint uses when the request names none. */
export const DEFAULT_PAGE_LIMIT = 50;
