import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlTestKit, type GraphqlBody, type GraphqlTestKit } from './testing/kit.ts';
import { dataProblems } from './testing/valid-data.ts';

/** Three typical GraphQL documents (a user with posts, published posts with authors, a comment), over HTTP against a listening server. */
const USER_EXAMPLE = `query {
user(id: "123") {
name
email
posts {
title
}
}
}`;

const POSTS_EXAMPLE = `query {
posts(
first: 10
published: true
) {
title
author {
name
}
}
}`;

const COMMENT_EXAMPLE = `mutation {
createComment(
postId: "456"
content: "Great!"
) {
id
author {
name
}
}
}`;

let kit: GraphqlTestKit;
let baseUrl: string;
beforeAll(async () => {
  kit = await createGraphqlTestKit();
  baseUrl = await kit.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.dataViolations).toEqual([]);
});

/** POST /graphql over the network; the answer's data must fit the schema. */
async function post(query: string, credential: string): Promise<{ status: number; body: GraphqlBody }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as GraphqlBody;
  expect(await dataProblems(query, body.data)).toEqual([]);
  return { status: response.status, body };
}

describe('GraphQL operations as a client writes them', () => {
  it('query { user(id) { name email posts { title } } }', async () => {
    const ada = await kit.createUser({ name: 'Ada Lovelace' });
    await kit.graphql('mutation { createPost(title: "Notes on the Engine", content: "...", published: true) { id } }', { auth: ada.token });
    const withKey = await post(USER_EXAMPLE.replace('"123"', `"${ada.id}"`), kit.adminKey);
    expect(withKey).toEqual({ status: 200, body: { data: { user: { name: 'Ada Lovelace', email: ada.email, posts: [{ title: 'Notes on the Engine' }] } } } });
    const asSelf = await post(USER_EXAMPLE.replace('"123"', `"${ada.id}"`), ada.token);
    expect(asSelf.body).toEqual(withKey.body);
  });

  it('query { posts(first: 10, published: true) { title author { name } } }', async () => {
    const grace = await kit.createUser({ name: 'Grace Hopper' });
    await kit.graphql('mutation { createPost(title: "Draft", content: "...") { id } }', { auth: grace.token });
    await kit.graphql('mutation { createPost(title: "Compilers", content: "...", published: true) { id } }', { auth: grace.token });
    const { status, body } = await post(POSTS_EXAMPLE, kit.standardKey);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const posts = (body.data as { posts: Array<{ title: string; author: { name: string } }> }).posts;
    expect(posts).toContainEqual({ title: 'Compilers', author: { name: 'Grace Hopper' } });
    expect(posts.map((p) => p.title)).not.toContain('Draft');
  });

  it('mutation { createComment(postId, content: "Great!") { id author { name } } }', async () => {
    const author = await kit.createUser({ name: 'Author' });
    const reader = await kit.createUser({ name: 'Reader' });
    const created = await kit.graphql('mutation { createPost(title: "Read me", content: "...", published: true) { id } }', { auth: author.token });
    const postId = (created.body.data as { createPost: { id: string } }).createPost.id;
    const { status, body } = await post(COMMENT_EXAMPLE.replace('"456"', `"${postId}"`), reader.token);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { createComment: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), author: { name: 'Reader' } } } });
  });
});
