import type { CreatedTestUser } from '../../testing/v2.ts';
import type { GraphqlTestKit } from './kit.ts';

/** Creates through GraphQL with the user's token and returns the new object's id; fails loudly otherwise. */
async function create(kit: GraphqlTestKit, user: CreatedTestUser, mutation: string, field: string, variables: Record<string, unknown>): Promise<string> {
  const { body } = await kit.graphql(mutation, { auth: user.token, variables });
  const created = (body.data as Record<string, { id: string } | undefined> | null | undefined)?.[field];
  if (!created) throw new Error(`${field} failed: ${JSON.stringify(body.errors)}`);
  return created.id;
}

export const createPost = (kit: GraphqlTestKit, author: CreatedTestUser, post: { title?: string; content?: string; published?: boolean; tags?: string[] } = {}) =>
  create(
    kit,
    author,
    'mutation ($title: String!, $content: String!, $published: Boolean, $tags: [String!]) { createPost(title: $title, content: $content, published: $published, tags: $tags) { id } }',
    'createPost',
    { title: 'A post', content: 'Its content', published: true, tags: [], ...post },
  );

export const createComment = (kit: GraphqlTestKit, author: CreatedTestUser, postId: string, content = 'A comment', parentId?: string) =>
  create(
    kit,
    author,
    'mutation ($postId: ID!, $content: String!, $parentId: ID) { createComment(postId: $postId, content: $content, parentId: $parentId) { id } }',
    'createComment',
    { postId, content, parentId },
  );
