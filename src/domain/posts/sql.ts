import { Prisma, type PrismaClient } from '../../db/index.ts';
import type { Viewer } from './model.ts';
import type { Page } from './page.ts';

type Sql = Prisma.Sql;

/** Every read of posts and comments is one of these: rows of one table, filtered, in created order, a page of them. */
export interface ListQuery {
  table: 'posts' | 'comments';
  /** The table's alias in `from`. */
  alias: 'p' | 'c';
  columns: Sql;
  /** FROM and its joins. */
  from: Sql;
  where: Sql[];
  order: 'ASC' | 'DESC';
  page: Page;
}

export const POST_COLUMNS = Prisma.sql`p.id, p.author_id AS "authorId", p.title, p.content, p.published, p.tags, p.created_at AS "createdAt"`;
/** Posts (`p`) with their authors (`pa`). */
export const POSTS = Prisma.sql`posts p JOIN users pa ON pa.id = p.author_id`;

export const COMMENT_COLUMNS = Prisma.sql`c.id, c.post_id AS "postId", c.author_id AS "authorId", c.parent_id AS "parentId", c.content, c.created_at AS "createdAt"`;
/** Comments (`c`) with their authors (`ca`), posts (`p`) and the posts' authors (`pa`). */
export const COMMENTS = Prisma.sql`comments c JOIN users ca ON ca.id = c.author_id JOIN posts p ON p.id = c.post_id JOIN users pa ON pa.id = p.author_id`;

/** The visibility rule of `Viewer` for posts `p` by `pa`. */
export function postVisibleTo(viewer: Viewer): Sql {
  if (viewer.admin) return Prisma.sql`TRUE`;
  const own = viewer.userId === undefined ? Prisma.empty : Prisma.sql` OR p.author_id = ${viewer.userId}::uuid`;
  return Prisma.sql`(pa.deleted_at IS NULL AND (p.published${own}))`;
}

/** A comment is seen with its post, unless its author is soft-deleted. */
export function commentVisibleTo(viewer: Viewer): Sql {
  if (viewer.admin) return Prisma.sql`TRUE`;
  return Prisma.sql`(ca.deleted_at IS NULL AND ${postVisibleTo(viewer)})`;
}

function selectPage(query: ListQuery, extraWhere: Sql[] = []): Sql {
  const { alias, order, page } = query;
  const a = Prisma.raw(alias);
  const direction = Prisma.raw(order);
  const where = [...query.where, ...extraWhere];
  if (page.after !== undefined) {
    const comparison = Prisma.raw(order === 'ASC' ? '>' : '<');
    where.push(
      Prisma.sql`(${a}.created_at, ${a}.id) ${comparison} (SELECT k.created_at, k.id FROM ${Prisma.raw(query.table)} k WHERE k.id = ${page.after}::uuid)`,
    );
  }
  return Prisma.sql`SELECT ${query.columns} FROM ${query.from} WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY ${a}.created_at ${direction}, ${a}.id ${direction} LIMIT ${page.first}`;
}

/** One page of rows. */
export function listPage<Row>(prisma: PrismaClient, query: ListQuery): Promise<Row[]> {
  if (query.page.first === 0) return Promise.resolve([]);
  return prisma.$queryRaw<Row[]>(selectPage(query));
}

/**
 * A page of rows for each parent key, in one statement: `keyColumn` (e.g. `p.author_id`) is matched against each key
 * through a lateral join, so each parent gets its own `LIMIT` and the index on (key, created_at, id) serves it.
 */
export async function listPagesByKey<Row>(prisma: PrismaClient, keys: readonly string[], keyColumn: Sql, query: ListQuery): Promise<Map<string, Row[]>> {
  const pages = new Map<string, Row[]>(keys.map((key) => [key, []]));
  const distinct = [...pages.keys()];
  if (distinct.length === 0 || query.page.first === 0) return pages;
  const direction = Prisma.raw(query.order);
  const rows = await prisma.$queryRaw<Array<Row & { parentKey: string }>>`
    SELECT parent.key AS "parentKey", x.* FROM unnest(${distinct}::uuid[]) WITH ORDINALITY AS parent(key, ord)
    CROSS JOIN LATERAL (${selectPage(query, [Prisma.sql`${keyColumn} = parent.key`])}) x
    ORDER BY parent.ord, x."createdAt" ${direction}, x.id ${direction}`;
  for (const { parentKey, ...row } of rows) pages.get(parentKey)?.push(row as unknown as Row);
  return pages;
}
