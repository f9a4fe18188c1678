/**
 * A consumer of the client package, as a frontend or Node project would write it: every entry point, checked by
 * `tsc` (the `@ts-expect-error` lines prove the types are not `any`) and run against a listening server.
 */
export function consumerSource(packageName: string): string {
  return `import { ApiError, createClient, verifyWebhook, WebhookVerificationError, type V1User, type V2WebhookEvent } from '${packageName}';
import { createClient as createV1Client, type User as V1Representation } from '${packageName}/v1';
import { createClient as createV2Client, type User as V2Representation, type paths } from '${packageName}/v2';
import { CreateCommentDocument, CreatePostDocument, PostsDocument, UserDocument, type PostsQuery } from '${packageName}/graphql';

export interface ConsumerInput {
  baseUrl: string;
  adminKey: string;
  webhook: { secret: string; headers: Record<string, string>; body: string };
}

async function failureCode(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'no error';
  } catch (error) {
    if (error instanceof ApiError) return error.status + ' ' + error.code;
    if (error instanceof WebhookVerificationError) return 'webhook: ' + error.message;
    throw error;
  }
}

export async function run({ baseUrl, adminKey, webhook }: ConsumerInput) {
  const admin = createClient({ baseUrl, apiKey: adminKey });
  const stamp = Date.now();

  const v1User: V1User = await admin.v1.users.create({ name: 'Consumer One', email: 'consumer.one.' + stamp + '@example.com' });
  const v1Missing = await failureCode(() => admin.v1.users.get('user_00000000000000000000000000000000'));
  const v1Raw = createV1Client({ baseUrl, headers: { Authorization: 'Bearer ' + adminKey } });
  const fetched = await v1Raw.GET('/users/{id}', { params: { path: { id: v1User.id } } });
  const v1Same: V1Representation | undefined = fetched.data;
  // @ts-expect-error: v1 has no such path
  await v1Raw.GET('/no-such-path');

  const v2Raw = createV2Client({ baseUrl, headers: { Authorization: 'Bearer ' + adminKey } });
  const listed = await v2Raw.GET('/users', { params: { query: { limit: 5, sort: 'name' } } });
  const firstOfPage: V2Representation | undefined = listed.data?.users[0];
  const listPath: keyof paths = '/users';
  const author = await admin.v2.users.create({ name: 'Consumer Author', email: 'consumer.author.' + stamp + '@example.com', password: 'a long enough password' });
  const v2Bad = await failureCode(() => admin.v2.users.create({ name: 'X', email: 'not an email', password: 'short' }));

  // 429: the SDK waits what Retry-After says (recorded here instead of slept), retries, then throws ApiError
  const limitedKey = await v2Raw.POST('/api-keys', { body: { name: 'consumer limited ' + stamp, rateLimitPerMinute: 1 } });
  const waits: number[] = [];
  const limited = createClient({ baseUrl, apiKey: limitedKey.data?.key ?? '', retry: { retries: 1, maxDelayMs: 120_000, sleep: async (ms) => void waits.push(ms) } });
  await limited.v1.users.get(v1User.id);
  const rateLimited = await failureCode(() => limited.v1.users.get(v1User.id));

  const asAuthor = createClient({ baseUrl, token: author.token });
  const post = await asAuthor.graphql(CreatePostDocument, { title: 'Hello', content: 'The first post', published: true, tags: ['intro'] });
  const comment = await asAuthor.graphql(CreateCommentDocument, { postId: post.createPost.id, content: 'A comment' });
  const posts: PostsQuery = await admin.graphql(PostsDocument, { first: 5, published: true });
  const user = await admin.graphql(UserDocument, { id: author.id });
  // @ts-expect-error: id is required
  await failureCode(() => admin.graphql(UserDocument, {}));
  const apiKeyMutation = await failureCode(() => admin.graphql(CreatePostDocument, { title: 'T', content: 'C' }));

  const event = await verifyWebhook<V2WebhookEvent>(webhook.secret, webhook.headers, webhook.body);
  const eventUser = event.event === 'user.created' ? event.user.name : null;
  const tampered = await failureCode(() => verifyWebhook(webhook.secret, webhook.headers, webhook.body + ' '));

  return {
    v1: { created: v1User.name, sameById: v1Same?.id === v1User.id, missing: v1Missing },
    v2: { listed: listed.data?.users.length ?? -1, firstHasRole: typeof firstOfPage?.role, listPath, authorName: author.name, bad: v2Bad },
    rateLimit: { error: rateLimited, waitedRetryAfter: waits.length === 1 && waits[0]! >= 1000 && waits[0]! <= 60_000 },
    graphql: {
      commentOn: comment.createComment.post.id === post.createPost.id,
      postTitles: posts.posts.map((p) => p.title),
      userPosts: user.user?.posts.map((p) => p.title) ?? [],
      apiKeyMutation,
    },
    webhook: { type: event.event, user: eventUser, tampered },
  };
}
`;
}

/** Plain Node: runs the compiled consumer with its input from argv and prints the result as JSON. */
export const RUNNER_SOURCE = `import { run } from './out/consumer.js';
const result = await run(JSON.parse(process.argv[2]));
console.log(JSON.stringify(result));
`;
