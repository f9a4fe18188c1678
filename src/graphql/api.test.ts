import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedTestUser } from '../testing/v2.ts';
import { createComment, createPost } from './testing/fixtures.ts';
import { createGraphqlTestKit, type GraphqlTestKit } from './testing/kit.ts';

let kit: GraphqlTestKit;
let alice: CreatedTestUser;
let bob: CreatedTestUser;
beforeAll(async () => {
  kit = await createGraphqlTestKit();
  [alice, bob] = [await kit.createUser({ name: 'Alice' }), await kit.createUser({ name: 'Bob' })];
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.dataViolations).toEqual([]);
  expect(kit.violations).toEqual([]);
});

/** Posts in the order lists promise: newest first, ties (same millisecond) by id. */
const newestFirst = async (ids: string[]) =>
  (await kit.db.prisma.post.findMany({ where: { id: { in: ids } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })).map((p) => p.id);

const codes = (body: { errors?: Array<{ extensions: { code: string } }> }) => body.errors?.map((e) => e.extensions.code);

describe('queries', () => {
  it('me: the user of the token; null for an API key', async () => {
    expect((await kit.graphql('{ me { id name email role } }', { auth: alice.token })).body).toEqual({
      data: { me: { id: alice.id, name: 'Alice', email: alice.email, role: 'user' } },
    });
    expect((await kit.graphql('{ me { id } }')).body).toEqual({ data: { me: null } });
  });

  it('user(id): the same user as v2, with RFC 3339 UTC timestamps', async () => {
    const { body } = await kit.graphql(`{ user(id: "${alice.id}") { id name email role createdAt updatedAt } }`);
    const v2 = (await kit.call('GET', `/users/${alice.id}`)).json() as Record<string, unknown>;
    expect(body.data).toEqual({ user: { id: v2.id, name: v2.name, email: v2.email, role: v2.role, createdAt: v2.createdAt, updatedAt: v2.updatedAt } });
  });

  it('user(id): NOT_FOUND for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', '123']) {
      const { status, body } = await kit.graphql(`{ user(id: "${id}") { id } }`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ data: { user: null }, errors: [{ path: ['user'], extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it("another user's public fields for a user token, but not their email", async () => {
    const { body } = await kit.graphql(`{ user(id: "${alice.id}") { name role } }`, { auth: bob.token });
    expect(body).toEqual({ data: { user: { name: 'Alice', role: 'user' } } });
    const email = await kit.graphql(`{ user(id: "${alice.id}") { name email } }`, { auth: bob.token });
    expect(email.body).toMatchObject({ data: { user: null }, errors: [{ path: ['user', 'email'], extensions: { code: 'FORBIDDEN' } }] });
  });

  it('users(first, after): oldest first, by cursor, for API keys and admins only', async () => {
    const all = (await kit.graphql('{ users(first: 100) { id } }')).body.data as { users: Array<{ id: string }> };
    expect(all.users.map((u) => u.id)).toEqual(expect.arrayContaining([alice.id, bob.id]));
    const page = (await kit.graphql(`{ users(first: 1, after: "${all.users[0]!.id}") { id } }`, { auth: kit.standardKey })).body.data;
    expect(page).toEqual({ users: [all.users[1]] });
    const asUser = await kit.graphql('{ users { id } }', { auth: alice.token });
    expect(codes(asUser.body)).toEqual(['FORBIDDEN']);
    const admin = await kit.createUser({ role: 'admin' });
    expect((await kit.graphql('{ users(first: 100) { id } }', { auth: admin.token })).body.data).toEqual({ users: [...all.users, { id: admin.id }] });
  });

  it('post(id) and posts(published): drafts only for their author and admins', async () => {
    const author = await kit.createUser();
    const draft = await createPost(kit, author, { title: 'Draft', published: false });
    const published = await createPost(kit, author, { title: 'Published', tags: ['x', 'y'] });
    const query = `{ user(id: "${author.id}") { posts { id title published tags author { id } } } }`;
    const shapes: Record<string, unknown> = {
      [published]: { id: published, title: 'Published', published: true, tags: ['x', 'y'], author: { id: author.id } },
      [draft]: { id: draft, title: 'Draft', published: false, tags: [], author: { id: author.id } },
    };
    expect((await kit.graphql(query, { auth: author.token })).body.data).toEqual({ user: { posts: (await newestFirst([draft, published])).map((id) => shapes[id]) } });
    expect((await kit.graphql(query, { auth: kit.standardKey })).body.data).toMatchObject({ user: { posts: [{ id: published }] } });
    expect((await kit.graphql(`{ post(id: "${draft}") { title } }`, { auth: bob.token })).body).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect((await kit.graphql(`{ post(id: "${draft}") { title } }`)).body.data).toEqual({ post: { title: 'Draft' } });
    const drafts = (await kit.graphql('{ posts(published: false, first: 100) { id } }', { auth: author.token })).body.data as { posts: Array<{ id: string }> };
    expect(drafts.posts).toEqual([{ id: draft }]);
  });

  it('posts(first, after): newest first, page by page', async () => {
    const author = await kit.createUser();
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push(await createPost(kit, author, { title: `P${i}` }));
    const ids = await newestFirst(created);
    const pageOf = async (after?: string) =>
      ((await kit.graphql('query ($after: ID) { posts(first: 2, after: $after) { id } }', { variables: { after } })).body.data as { posts: Array<{ id: string }> }).posts.map(
        (p) => p.id,
      );
    const first = await pageOf();
    expect(first).toEqual(ids.slice(0, 2));
    expect(await pageOf(first[1])).toEqual(ids.slice(2, 4));
    expect(codes((await kit.graphql('{ posts(after: "nope") { id } }')).body)).toEqual(['BAD_USER_INPUT']);
    expect((await kit.graphql('{ posts(first: 101) { id } }')).body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'first' } }] });
  });

  it('a bad page of a nested list fails that list, the same before and after the query is compiled', async () => {
    await createPost(kit, alice);
    for (let run = 0; run < 3; run++) {
      const { status, body } = await kit.graphql('{ posts(first: 1) { comments(first: 500) { id } } }');
      expect(status).toBe(200);
      expect(body).toMatchObject({ data: null, errors: [{ path: ['posts', 0, 'comments'], extensions: { code: 'BAD_USER_INPUT', field: 'first' } }] });
      expect(body.errors).toHaveLength(1);
    }
  });

  it('comments, replies and their posts and authors, both ways', async () => {
    const postId = await createPost(kit, alice, { title: 'Threads' });
    const top = await createComment(kit, bob, postId, 'top');
    const reply = await createComment(kit, alice, postId, 'reply', top);
    const { body } = await kit.graphql(`{
      post(id: "${postId}") { comments { id content author { name } post { id } replies { id content author { name } replies { id } } } }
      user(id: "${bob.id}") { comments { id post { title } } }
    }`);
    expect(body.data).toEqual({
      post: { comments: [{ id: top, content: 'top', author: { name: 'Bob' }, post: { id: postId }, replies: [{ id: reply, content: 'reply', author: { name: 'Alice' }, replies: [] }] }] },
      user: { comments: [{ id: top, post: { title: 'Threads' } }] },
    });
  });

  it('hides soft-deleted users and what they wrote from non-admins, and hard delete takes it all', async () => {
    const gone = await kit.createUser({ name: 'Gone' });
    const postId = await createPost(kit, gone, { title: 'By gone' });
    const onAlice = await createPost(kit, alice, { title: 'On Alice' });
    await createComment(kit, gone, onAlice, 'by gone');
    expect((await kit.call('DELETE', `/users/${gone.id}`)).statusCode).toBe(204);

    expect(codes((await kit.graphql(`{ user(id: "${gone.id}") { id } }`, { auth: kit.standardKey })).body)).toEqual(['NOT_FOUND']);
    expect(codes((await kit.graphql(`{ post(id: "${postId}") { id } }`, { auth: alice.token })).body)).toEqual(['NOT_FOUND']);
    expect((await kit.graphql(`{ post(id: "${onAlice}") { comments { id } } }`, { auth: alice.token })).body.data).toEqual({ post: { comments: [] } });
    expect((await kit.graphql(`{ user(id: "${gone.id}") { name posts { title author { name } } } }`)).body.data).toEqual({
      user: { name: 'Gone', posts: [{ title: 'By gone', author: { name: 'Gone' } }] },
    });

    expect((await kit.call('DELETE', `/users/${gone.id}?hard=true`)).statusCode).toBe(204);
    expect(await kit.db.prisma.post.count({ where: { authorId: gone.id } })).toBe(0);
    expect(await kit.db.prisma.comment.count({ where: { authorId: gone.id } })).toBe(0);
  });
});

describe('mutations', () => {
  it('createPost: by the user of the token, with checked input', async () => {
    const { body } = await kit.graphql('mutation { createPost(title: " Hello ", content: "World", tags: ["a"]) { title content published tags author { id } createdAt } }', {
      auth: alice.token,
    });
    expect(body).toEqual({
      data: { createPost: { title: 'Hello', content: 'World', published: false, tags: ['a'], author: { id: alice.id }, createdAt: expect.stringMatching(/Z$/) } },
    });
    const blank = await kit.graphql('mutation { createPost(title: " ", content: "x") { id } }', { auth: alice.token });
    expect(blank.body).toMatchObject({ data: null, errors: [{ path: ['createPost'], extensions: { code: 'BAD_USER_INPUT', field: 'title' } }] });
  });

  it('createComment(parentId): a reply to a comment of the same post', async () => {
    const one = await createPost(kit, alice);
    const other = await createPost(kit, alice);
    const top = await createComment(kit, bob, one);
    const crossed = await kit.graphql(`mutation { createComment(postId: "${other}", content: "x", parentId: "${top}") { id } }`, { auth: bob.token });
    expect(crossed.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'parentId' } }] });
    const missing = await kit.graphql('mutation { createComment(postId: "00000000-0000-4000-8000-000000000000", content: "x") { id } }', { auth: bob.token });
    expect(codes(missing.body)).toEqual(['NOT_FOUND']);
  });
});

describe('credentials', () => {
  it('UNAUTHENTICATED without a credential, or with an unknown, revoked or foreign one', async () => {
    const revoked = await kit.createUser();
    await kit.call('DELETE', '/auth/token', { auth: revoked.token });
    for (const auth of [null, 'ak_' + 'x'.repeat(43), revoked.token, 'something-else']) {
      const { status, body } = await kit.graphql('{ me { id } }', { auth });
      expect(status).toBe(200);
      expect(body).toMatchObject({ data: { me: null }, errors: [{ path: ['me'], extensions: { code: 'UNAUTHENTICATED' } }] });
      expect(codes((await kit.graphql('{ posts { id } }', { auth })).body)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('mutations need a user token: FORBIDDEN for an API key, UNAUTHENTICATED for nothing', async () => {
    const postId = await createPost(kit, alice);
    const comment = `mutation { createComment(postId: "${postId}", content: "x") { id } }`;
    expect((await kit.graphql(comment)).body).toMatchObject({
      data: null,
      errors: [{ path: ['createComment'], message: expect.stringMatching(/^This operation needs a user token \(ut_\.\.\.\), not an API key/), extensions: { code: 'FORBIDDEN' } }],
    });
    expect(codes((await kit.graphql(comment, { auth: null })).body)).toEqual(['UNAUTHENTICATED']);
  });
});
