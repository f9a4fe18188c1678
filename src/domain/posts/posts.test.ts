import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { DomainError } from '../errors.ts';
import { createUserService, type User } from '../users/users.ts';
import { createCommentService, createPostService, createUserDirectory, toPage, type Viewer } from './index.ts';

let database: TestDatabase;
let posts: ReturnType<typeof createPostService>;
let comments: ReturnType<typeof createCommentService>;
let users: ReturnType<typeof createUserService>;
let alice: User;
let bob: User;
const page = (first = 10, after?: string) => toPage({ first, after });
const as = (user: User | undefined, admin = false): Viewer => ({ userId: user?.id, admin });
let n = 0;
const newUser = () => users.create({ email: `author${++n}@example.com`, name: `Author ${n}`, password: 'a long enough password' });

beforeAll(async () => {
  database = await createTestDatabase();
  const { prisma } = database.db;
  users = createUserService(prisma);
  posts = createPostService(prisma);
  comments = createCommentService(prisma, posts);
  [alice, bob] = [await newUser(), await newUser()];
});
afterAll(() => database.cleanup());

/** The order lists promise: by creation time, ties (same millisecond) by id. */
const byCreation = <T extends { createdAt: Date; id: string }>(items: T[], order: 'asc' | 'desc') =>
  [...items].sort((a, b) => (a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1)) * (order === 'asc' ? 1 : -1));
const invalid = (fields: string[]) => expect.objectContaining({ code: 'INVALID_INPUT', fields });

describe('posts', () => {
  it('creates a post with trimmed title and tags, a draft by default', async () => {
    const post = await posts.create(alice.id, { title: '  Hello  ', content: 'Body', tags: [' a ', 'b', 'a'] });
    expect(post).toEqual({
      id: expect.any(String),
      authorId: alice.id,
      title: 'Hello',
      content: 'Body',
      published: false,
      tags: ['a', 'b'],
      createdAt: expect.any(Date),
    });
    expect(await posts.get(post.id, as(alice))).toEqual(post);
  });

  it('refuses blank or long text and too many tags', async () => {
    await expect(posts.create(alice.id, { title: ' ', content: 'x' })).rejects.toEqual(invalid(['title']));
    await expect(posts.create(alice.id, { title: 'x'.repeat(201), content: 'x' })).rejects.toEqual(invalid(['title']));
    await expect(posts.create(alice.id, { title: 'x', content: '' })).rejects.toEqual(invalid(['content']));
    await expect(posts.create(alice.id, { title: 'x', content: 'x', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) })).rejects.toEqual(invalid(['tags']));
    await expect(posts.create(alice.id, { title: 'x', content: 'x', tags: [''] })).rejects.toBeInstanceOf(DomainError);
  });

  it('shows drafts to their author and admins only', async () => {
    const author = await newUser();
    const draft = await posts.create(author.id, { title: 'Draft', content: 'x' });
    const published = await posts.create(author.id, { title: 'Out', content: 'x', published: true });
    const ids = (list: { id: string }[]) => list.map((p) => p.id);
    const both = ids(byCreation([draft, published], 'desc'));
    expect(ids((await posts.listByAuthors([author.id], page(), as(author))).get(author.id)!)).toEqual(both);
    expect(ids((await posts.listByAuthors([author.id], page(), as(bob))).get(author.id)!)).toEqual([published.id]);
    expect(ids((await posts.listByAuthors([author.id], page(), as(undefined, true))).get(author.id)!)).toEqual(both);
    await expect(posts.get(draft.id, as(bob))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pages newest first with `after`, per author in one call', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await posts.create(a.id, { title: `A${i}`, content: 'x', published: true }));
    const made = byCreation(created, 'desc').map((p) => p.id);
    await posts.create(b.id, { title: 'B', content: 'x', published: true });
    const first = (await posts.listByAuthors([a.id, b.id, a.id], page(2), as(bob)));
    expect(first.get(a.id)!.map((p) => p.id)).toEqual(made.slice(0, 2));
    expect(first.get(b.id)).toHaveLength(1);
    const next = (await posts.listByAuthors([a.id], page(2, made[1]), as(bob))).get(a.id)!;
    expect(next.map((p) => p.id)).toEqual(made.slice(2, 4));
    const top = await posts.list({ published: true }, page(3), as(bob));
    expect(top).toHaveLength(3);
    expect(top[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(top[2]!.createdAt.getTime());
    expect(await posts.list({ published: false }, page(), as(bob))).toEqual([]);
  });

  it('hides what soft-deleted users wrote from everyone but admins', async () => {
    const gone = await newUser();
    const post = await posts.create(gone.id, { title: 'Soon hidden', content: 'x', published: true });
    const onAlice = await posts.create(alice.id, { title: 'Public', content: 'x', published: true });
    const comment = await comments.create(gone.id, { postId: onAlice.id, content: 'hi' }, as(gone));
    await users.softDelete(gone.id, alice.id);
    await expect(posts.get(post.id, as(bob))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await posts.get(post.id, as(undefined, true))).toMatchObject({ id: post.id });
    expect((await comments.listByPosts([onAlice.id], page(), as(bob))).get(onAlice.id)).toEqual([]);
    expect((await comments.listByPosts([onAlice.id], page(), as(undefined, true))).get(onAlice.id)!.map((c) => c.id)).toEqual([comment.id]);
  });
});

describe('comments', () => {
  it('threads replies under comments of the same post, oldest first', async () => {
    const post = await posts.create(alice.id, { title: 'Thread', content: 'x', published: true });
    const other = await posts.create(alice.id, { title: 'Other', content: 'x', published: true });
    const top = await comments.create(bob.id, { postId: post.id, content: 'first' }, as(bob));
    const reply1 = await comments.create(alice.id, { postId: post.id, content: 'r1', parentId: top.id }, as(alice));
    const reply2 = await comments.create(bob.id, { postId: post.id, content: 'r2', parentId: top.id }, as(bob));
    expect(top).toMatchObject({ postId: post.id, authorId: bob.id, parentId: null, content: 'first' });
    expect((await comments.listByPosts([post.id], page(), as(bob))).get(post.id)!.map((c) => c.id)).toEqual([top.id]);
    const [older, newer] = byCreation([reply1, reply2], 'asc');
    expect((await comments.listReplies([top.id], page(), as(bob))).get(top.id)!.map((c) => c.id)).toEqual([older!.id, newer!.id]);
    expect((await comments.listReplies([top.id], page(1, older!.id), as(bob))).get(top.id)!.map((c) => c.id)).toEqual([newer!.id]);
    await expect(comments.create(bob.id, { postId: other.id, content: 'x', parentId: top.id }, as(bob))).rejects.toEqual(invalid(['parentId']));
    await expect(comments.create(bob.id, { postId: post.id, content: ' ' }, as(bob))).rejects.toEqual(invalid(['content']));
  });

  it('needs a post the author can see', async () => {
    const draft = await posts.create(alice.id, { title: 'Draft', content: 'x' });
    await expect(comments.create(bob.id, { postId: draft.id, content: 'x' }, as(bob))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(comments.create(bob.id, { postId: 'not-a-uuid', content: 'x' }, as(bob))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(comments.create(bob.id, { postId: draft.id, content: 'x', parentId: '00000000-0000-4000-8000-000000000000' }, as(alice))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it("go with their author, their post and the comment they reply to when a user is hard-deleted", async () => {
    const [author, commenter] = [await newUser(), await newUser()];
    const post = await posts.create(author.id, { title: 'Goes', content: 'x', published: true });
    const kept = await posts.create(alice.id, { title: 'Stays', content: 'x', published: true });
    const onGoing = await comments.create(alice.id, { postId: post.id, content: 'on a post that goes' }, as(alice));
    const byCommenter = await comments.create(commenter.id, { postId: kept.id, content: 'by a user who goes' }, as(commenter));
    const replyToIt = await comments.create(alice.id, { postId: kept.id, content: 'reply', parentId: byCommenter.id }, as(alice));
    await users.hardDelete(author.id, { includeDeleted: true }, alice.id);
    await users.hardDelete(commenter.id, { includeDeleted: true }, alice.id);
    const { prisma } = database.db;
    expect(await prisma.post.count({ where: { id: post.id } })).toBe(0);
    expect(await prisma.comment.count({ where: { id: { in: [onGoing.id, byCommenter.id, replyToIt.id] } } })).toBe(0);
    expect(await prisma.post.count({ where: { id: kept.id } })).toBe(1);
  });
});

describe('pages and the user directory', () => {
  it('refuses a `first` out of 0..100 and an `after` that is not an id', () => {
    expect(() => toPage({ first: 101 })).toThrow(DomainError);
    expect(() => toPage({ first: -1 })).toThrow(DomainError);
    expect(() => toPage({ after: 'nope' })).toThrow(DomainError);
    expect(toPage({ first: null })).toEqual({ first: 10, after: undefined });
  });

  it('reads users by ids and pages them oldest first', async () => {
    const directory = createUserDirectory(database.db.prisma);
    const found = await directory.findByIds([alice.id, bob.id, 'junk'], { includeDeleted: false });
    expect([...found.keys()].sort()).toEqual([alice.id, bob.id].sort());
    const all = await directory.page(page(100), { includeDeleted: true });
    const firstTwo = await directory.page(page(2), { includeDeleted: true });
    expect(firstTwo).toEqual(all.slice(0, 2));
    expect(await directory.page(page(2, all[1]!.id), { includeDeleted: true })).toEqual(all.slice(2, 4));
    expect(all.every((u, i) => i === 0 || u.createdAt >= all[i - 1]!.createdAt)).toBe(true);
  });
});
