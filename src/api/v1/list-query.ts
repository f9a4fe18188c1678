import type { UserListQuery, UserSortField } from '../../domain/users/users.ts';
import { invalidInput } from '../../framework/index.ts';
import type { ListUsersRequest } from '../../../generated/v1/handlers.ts';

const SORT_ALIASES: Record<string, UserSortField> = { created_at: 'createdAt' };

function exclusive(query: Record<string, unknown>, a: string, b: string): void {
  if (query[a] !== undefined && query[b] !== undefined) {
    throw invalidInput([{ field: `query.${b}`, message: `cannot be combined with ${a}` }]);
  }
}

/** v1's paging and sorting, with `page`, `sort` and `order` as the aliases the v1 spec documents. */
export function toListQuery(query: ListUsersRequest['query']): UserListQuery {
  exclusive(query, 'offset', 'page');
  exclusive(query, 'sortBy', 'sort');
  exclusive(query, 'sortOrder', 'order');
  const sort = query.sortBy ?? query.sort;
  return {
    limit: query.limit,
    offset: query.offset ?? (query.page !== undefined ? (query.page - 1) * query.limit : 0),
    sortBy: sort === undefined ? 'createdAt' : (SORT_ALIASES[sort] ?? (sort as UserSortField)),
    sortOrder: query.sortOrder ?? query.order ?? 'asc',
  };
}
