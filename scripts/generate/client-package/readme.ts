/** The package's README: what it holds and how each part is imported. */
export function packageReadme(name: string, origin: string): string {
  return `<!-- generated from ${origin} - do not edit -->
# ${name}

Typed clients for the Users API: compiled ES modules with type declarations, one dependency (\`openapi-fetch\`).
Works in browsers and in Node 20 or later, under every TypeScript \`moduleResolution\` (\`bundler\`, \`node16\`, \`nodenext\`).

| Import | What it holds |
| --- | --- |
| \`${name}\` | the SDK: \`createClient({ baseUrl, apiKey \\| token, retry })\` with \`v1.users\`, \`v2.users\`, \`v2.auth\` and \`graphql()\`; \`ApiError\`; \`verifyWebhook\` and the webhook payload types |
| \`${name}/v1\`, \`${name}/v2\` | each version's types (\`paths\`, \`components\`, one alias per schema) and its \`openapi-fetch\` client |
| \`${name}/graphql\` | typed documents of the GraphQL operations (\`UserDocument\`, \`PostsDocument\`, \`CreateCommentDocument\`, ...) and their result and variables types |

\`\`\`ts
import { ApiError, createClient, verifyWebhook, type V2WebhookEvent } from '${name}';
import { PostsDocument } from '${name}/graphql';
import { createClient as createV2Client, type User } from '${name}/v2';

const client = createClient({ baseUrl: 'https://users.example.com', apiKey: 'ak_...' });
const alice = await client.v1.users.create({ name: 'Alice', email: 'alice@example.com' });
const posts = await client.graphql(PostsDocument, { first: 10, published: true });
const { data } = await createV2Client({ baseUrl: 'https://users.example.com', headers: { Authorization: 'Bearer ak_...' } }).GET('/users');
const event = await verifyWebhook<V2WebhookEvent>(secret, request.headers, rawBody);
\`\`\`

Every non-2xx answer (and every GraphQL error) throws \`ApiError\` (\`status\`, \`code\`, \`message\`, \`details\`); 429 answers
are retried with backoff that honours \`Retry-After\` (\`retry: { retries, baseDelayMs, maxDelayMs }\`, or \`retry: false\`).
\`verifyWebhook(secret, headers, rawBody)\` checks a Standard Webhooks signature with Web Crypto and returns the payload,
or throws \`WebhookVerificationError\`.
`;
}
