import { Prisma, type PrismaClient } from '../../db/index.ts';
import { DomainError, notFound } from '../errors.ts';
import type { Comment, NewComment, Viewer } from './model.ts';
import { isUuid } from '../ids.ts';
import type { Page } from './page.ts';
import type { PostService } from './posts.ts';
import { COMMENT_COLUMNS, COMMENTS, commentVisibleTo, listPagesByKey, type ListQuery } from './sql.ts';
import { checkText } from './text.ts';

export const COMMENT_LIMITS = { content: 10_000 } as const;

const comments = (viewer: Viewer, page: Page, order: 'ASC' | 'DESC', where: Prisma.Sql[] = []): ListQuery => ({
  table: 'comments',
  alias: 'c',
  columns: COMMENT_COLUMNS,
  from: COMMENTS,
  where: [commentVisibleTo(viewer), ...where],
  order,
  page,
});

/** Comments on posts and replies to comments, read as the `Viewer` may see them (with their posts). */
export interface CommentService {
  findByIds(ids: readonly string[], viewer: Viewer): Promise<Map<string, Comment>>;
  /** On a post the author can see; a reply's parent must be a comment of that post that the author can see. */
  create(authorId: string, input: NewComment, viewer: Viewer): Promise<Comment>;
  /** A page of each post's top-level comments, oldest first. */
  listByPosts(postIds: readonly string[], page: Page, viewer: Viewer): Promise<Map<string, Comment[]>>;
  /** A page of each comment's direct replies, oldest first. */
  listReplies(parentIds: readonly string[], page: Page, viewer: Viewer): Promise<Map<string, Comment[]>>;
  /** A page of each author's comments and replies, newest first. */
  listByAuthors(authorIds: readonly string[], page: Page, viewer: Viewer): Promise<Map<string, Comment[]>>;
}

export function createCommentService(prisma: PrismaClient, posts: PostService): CommentService {
  async function findByIds(ids: readonly string[], viewer: Viewer): Promise<Map<string, Comment>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const rows = await prisma.$queryRaw<Comment[]>`SELECT ${COMMENT_COLUMNS} FROM ${COMMENTS} WHERE c.id = ANY(${valid}::uuid[]) AND ${commentVisibleTo(viewer)}`;
    return new Map(rows.map((comment) => [comment.id, comment]));
  }

  return {
    findByIds,

    /** On a post the author can see; a reply's parent must be a comment of that post that the author can see. */
    async create(authorId: string, input: NewComment, viewer: Viewer): Promise<Comment> {
      const content = checkText('content', input.content, COMMENT_LIMITS.content);
      const post = await posts.get(input.postId, viewer);
      const parentId = input.parentId ?? null;
      if (parentId !== null) {
        const parent = (await findByIds([parentId], viewer)).get(parentId);
        if (!parent) throw notFound('Comment');
        if (parent.postId !== post.id) throw new DomainError('INVALID_INPUT', 'The comment replied to is on another post', ['parentId']);
      }
      try {
        return await prisma.comment.create({ data: { postId: post.id, authorId, parentId, content } });
      } catch (error) {
        // the post, the parent or the author went away since they were read
        if ((error as { code?: unknown }).code === 'P2003') throw notFound('Post');
        throw error;
      }
    },

    /** A page of each post's top-level comments, oldest first. */
    listByPosts(postIds: readonly string[], page: Page, viewer: Viewer): Promise<Map<string, Comment[]>> {
      return listPagesByKey<Comment>(prisma, postIds, Prisma.sql`c.post_id`, comments(viewer, page, 'ASC', [Prisma.sql`c.parent_id IS NULL`]));
    },

    /** A page of each comment's direct replies, oldest first. */
    listReplies(parentIds: readonly string[], page: Page, viewer: Viewer): Promise<Map<string, Comment[]>> {
      return listPagesByKey<Comment>(prisma, parentIds, Prisma.sql`c.parent_id`, comments(viewer, page, 'ASC'));
    },

    /** A page of each author's comments and replies, newest first. */
    listByAuthors(authorIds: readonly string[], page: Page, viewer: Viewer): Promise<Map<string, Comment[]>> {
      return listPagesByKey<Comment>(prisma, authorIds, Prisma.sql`c.author_id`, comments(viewer, page, 'DESC'));
    },
  };
}
