import type { UserListQuery, UserSortField } from '../../domain/users/users.ts';
import type { ListUsersRequest } from '../../../generated/v1/handlers.ts';

const SORT_ALIASES: Record<string, UserSortField> = { created_at: 'createdAt' };

/** v1's paging and sorting, with `page`, `sort` and `order` as the aliases the v1 spec documents (the spec forbids combining an alias with its parameter). */
export function toListQuery(query: ListUsersRequest['query']): UserListQuery {
  const sort = query.sortBy ?? query.sort;
  return {
    limit: query.limit,
    offset: query.offset ?? (query.page !== undefined ? (query.page - 1) * query.limit : 0),
    sortBy: sort === undefined ? 'createdAt' : (SORT_ALIASES[sort] ?? (sort as UserSortField)),
    sortOrder: query.sortOrder ?? query.order ?? 'asc',
  };
}
