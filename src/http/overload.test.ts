import { setTimeout as sleep } from 'node:timers/promises';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createTestDatabase } from '../testing/database.ts';
import { testConfig } from '../testing/app.ts';
import { errorShapeChecker, type ErrorShapeCheck } from '../testing/error-shapes.ts';
import type { FastifyInstance } from 'fastify';

let app: FastifyInstance;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let cleanup: () => Promise<void>;
let checkShape: ErrorShapeCheck;

/** Any heap is over a 1-byte limit: the APIs are overloaded from the first sample on. */
beforeAll(async () => {
  database = await createTestDatabase();
  cleanup = database.cleanup;
  app = await buildApp({ config: testConfig(), db: database.db, overloadLimits: { maxHeapUsedBytes: 1, sampleIntervalMs: 10, retryAfterSeconds: 7 } });
  await app.ready();
  checkShape = await errorShapeChecker();
  // the plugin measures on a timer: wait (bounded) for its first sample
  for (let attempt = 0; attempt < 300; attempt++) {
    if ((await app.inject({ method: 'GET', url: '/v1/users' })).statusCode === 503) break;
    await sleep(10);
  }
});
afterAll(async () => {
  await app.close();
  await cleanup();
});

const REQUESTS: [string, string, Record<string, unknown> | undefined][] = [
  ['GET', '/v1/users', undefined],
  ['POST', '/v1/users', { name: 'Shed', email: 'shed@example.com' }],
  ['GET', '/api/v2/users', undefined],
  ['POST', '/api/v2/auth/token', { email: 'shed@example.com', password: 'whatever it is' }],
  ['POST', '/graphql', { query: '{ posts(first: 1) { id } }' }],
];

describe('under overload', () => {
  it.each(REQUESTS)('%s %s is shed: 503 with Retry-After in the API format', async (method, url, payload) => {
    const response: LightMyRequestResponse = await app.inject({ method: method as 'GET' | 'POST', url, ...(payload ? { payload } : {}) });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('7');
    expect(checkShape(url, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
    const body = response.json() as { error?: { code: string }; code?: string; errors?: { extensions: { code: string } }[] };
    expect(body.error?.code ?? body.code ?? body.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('a shed request changes nothing', async () => {
    const before = await database.db.prisma.user.count();
    expect((await app.inject({ method: 'POST', url: '/v1/users', payload: { name: 'Shed', email: 'shed2@example.com' } })).statusCode).toBe(503);
    expect(await database.db.prisma.user.count()).toBe(before);
  });

  it.each(['/healthz', '/readyz', '/openapi/v1.json', '/docs/static/swagger-initializer.js'])('%s still answers', async (url) => {
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
  });
});
