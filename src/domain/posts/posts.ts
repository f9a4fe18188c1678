import { Prisma, type PrismaClient } from '../../db/index.ts';
import { notFound } from '../errors.ts';
import type { NewPost, Post, Viewer } from './model.ts';
import { isUuid } from '../ids.ts';
import type { Page } from './page.ts';
import { POST_COLUMNS, POSTS, listPage, listPagesByKey, postVisibleTo, type ListQuery } from './sql.ts';
import { checkTags, checkText } from './text.ts';

export const POST_LIMITS = { title: 200, content: 50_000, tags: 10, tagLength: 40 } as const;

export interface PostFilter {
  /** Only published posts (true) or only drafts (false). */
  published?: boolean | undefined;
}

const newestFirst = (viewer: Viewer, page: Page, where: Prisma.Sql[] = []): ListQuery => ({
  table: 'posts',
  alias: 'p',
  columns: POST_COLUMNS,
  from: POSTS,
  where: [postVisibleTo(viewer), ...where],
  order: 'DESC',
  page,
});

/** Posts: written by users, read as the `Viewer` may see them. */
export interface PostService {
  findByIds(ids: readonly string[], viewer: Viewer): Promise<Map<string, Post>>;
  get(id: string, viewer: Viewer): Promise<Post>;
  create(authorId: string, input: NewPost): Promise<Post>;
  /** Newest first. */
  list(filter: PostFilter, page: Page, viewer: Viewer): Promise<Post[]>;
  /** A page of each author's posts, newest first. */
  listByAuthors(authorIds: readonly string[], page: Page, viewer: Viewer): Promise<Map<string, Post[]>>;
}

export function createPostService(prisma: PrismaClient): PostService {
  async function findByIds(ids: readonly string[], viewer: Viewer): Promise<Map<string, Post>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const rows = await prisma.$queryRaw<Post[]>`SELECT ${POST_COLUMNS} FROM ${POSTS} WHERE p.id = ANY(${valid}::uuid[]) AND ${postVisibleTo(viewer)}`;
    return new Map(rows.map((post) => [post.id, post]));
  }

  return {
    findByIds,

    async get(id: string, viewer: Viewer): Promise<Post> {
      const post = (await findByIds([id], viewer)).get(id);
      if (!post) throw notFound('Post');
      return post;
    },

    async create(authorId: string, input: NewPost): Promise<Post> {
      const data = {
        authorId,
        title: checkText('title', input.title, POST_LIMITS.title, { trim: true }),
        content: checkText('content', input.content, POST_LIMITS.content),
        published: input.published ?? false,
        tags: checkTags(input.tags ?? [], POST_LIMITS.tags, POST_LIMITS.tagLength),
      };
      try {
        return await prisma.post.create({ data });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'P2003') throw notFound('User');
        throw error;
      }
    },

    /** Newest first. */
    list(filter: PostFilter, page: Page, viewer: Viewer): Promise<Post[]> {
      const where = filter.published === undefined ? [] : [Prisma.sql`p.published = ${filter.published}`];
      return listPage<Post>(prisma, newestFirst(viewer, page, where));
    },

    /** A page of each author's posts, newest first. */
    listByAuthors(authorIds: readonly string[], page: Page, viewer: Viewer): Promise<Map<string, Post[]>> {
      return listPagesByKey<Post>(prisma, authorIds, Prisma.sql`p.author_id`, newestFirst(viewer, page));
    },
  };
}
