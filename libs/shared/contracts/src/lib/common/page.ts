/** One page of a server-side paginated list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Query parameters every paginated list accepts. `page` starts at 1. */
export interface PageQuery {
  page?: number;
  pageSize?: number;
}
