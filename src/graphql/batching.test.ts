import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { PrismaClient } from '../db/index.ts';
import { createApiKeyService } from '../domain/credentials/api-keys.ts';
import { testConfig } from '../testing/app.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import type { GraphqlBody } from './testing/kit.ts';
import { dataProblems } from './testing/valid-data.ts';

/**
 * The app on a Prisma client that reports every SQL statement it sends (`$on('query')`), so a test can count the
 * statements one GraphQL request costs.
 */
let database: TestDatabase;
let prisma: PrismaClient<'query'>;
let app: FastifyInstance;
let apiKey: string;
let statements: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = new PrismaClient({ adapter: database.db.adapterFactory, log: [{ emit: 'event' as const, level: 'query' as const }] });
  prisma.$on('query', (event) => statements.push(event.query));
  app = await buildApp({ config: testConfig(), db: { ...database.db, prisma }, rateLimitNamespace: `batching-${randomUUID()}:` });
  apiKey = (await createApiKeyService(prisma, { defaultRateLimitPerMinute: 100 }).createApiKey({ name: 'batching', role: 'admin', rateLimitPerMinute: 100_000 })).key;
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await database?.cleanup();
});

const QUERY = `{ posts(first: 50) { author { name } comments { author { name } replies { content } } } }`;

/** `count` published posts by `count` authors, each with 3 comments by other authors and 2 replies to each comment. */
async function seed(count: number): Promise<void> {
  await prisma.comment.deleteMany();
  await prisma.post.deleteMany();
  const users = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `u${i}.${count}@example.com`,
    emailNormalized: `u${i}.${count}@example.com`,
    name: `User ${i} of ${count}`,
    passwordHash: 'not a login',
  }));
  await prisma.user.createMany({ data: users });
  const posts = users.map((user, i) => ({ id: randomUUID(), authorId: user.id, title: `Post ${i}`, content: '...', published: true }));
  await prisma.post.createMany({ data: posts });
  const comments = posts.flatMap((post, i) =>
    [1, 2, 3].map((k) => ({ id: randomUUID(), postId: post.id, authorId: users[(i + k) % count]!.id, content: `Comment ${k} on ${i}` })),
  );
  await prisma.comment.createMany({ data: comments });
  const replies = comments.flatMap((comment, i) =>
    [1, 2].map((k) => ({ postId: comment.postId, parentId: comment.id, authorId: users[(i + k) % count]!.id, content: `Reply ${k}` })),
  );
  await prisma.comment.createMany({ data: replies });
}

async function run(): Promise<{ body: GraphqlBody; statements: string[] }> {
  statements = [];
  const response = await app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${apiKey}` }, payload: { query: QUERY } });
  const body = response.json() as GraphqlBody;
  expect(response.statusCode).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(await dataProblems(QUERY, body.data)).toEqual([]);
  // the API key check reads the database or a verified-key cache of one second, depending on timing: leave it out
  return { body, statements: statements.filter((sql) => !sql.includes('"api_keys"')) };
}

describe('batched loading', () => {
  it('runs the same few SQL statements for 5 posts as for 50: no N+1', async () => {
    await seed(5);
    const small = await run();
    await seed(50);
    const large = await run();

    const posts = (large.body.data as { posts: Array<{ author: { name: string }; comments: Array<{ replies: unknown[] }> }> }).posts;
    expect(posts).toHaveLength(50);
    expect(posts.every((p) => p.author.name.startsWith('User') && p.comments.length === 3 && p.comments.every((c) => c.replies.length === 2))).toBe(true);
    expect((small.body.data as { posts: unknown[] }).posts).toHaveLength(5);

    // the posts, their authors, their comments, the comments' authors, the replies
    expect(large.statements).toHaveLength(5);
    expect(small.statements).toHaveLength(5);
  });
});
