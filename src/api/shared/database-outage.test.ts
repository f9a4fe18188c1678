import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { applyMigrations, openDatabase, type Database } from '../../db/index.ts';
import { createApiKeyService } from '../../domain/credentials/api-keys.ts';
import type { ResponseViolation } from '../../framework/index.ts';
import { testConfig } from '../../testing/app.ts';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from '../../harness/postgres-server.ts';
import { specRequests, type SpecRequest } from '../../testing/spec-requests.ts';
import { document as v1Document } from '../../../generated/v1/document.ts';
import { basePath as v1BasePath } from '../../../generated/v1/base-path.ts';
import { document as v2Document } from '../../../generated/v2/document.ts';
import { basePath as v2BasePath } from '../../../generated/v2/base-path.ts';

type Json = Record<string, unknown>;

const unavailable = privatePostgresUnavailable();
if (unavailable) console.warn(`database outage tests skipped: ${unavailable}`);

/** Every operation of both REST APIs, with the admin key; logging in takes no credential. */
const REST_REQUESTS: SpecRequest[] = [
  ...specRequests(v1Document as unknown as Json, v1BasePath),
  ...specRequests(v2Document as unknown as Json, v2BasePath),
];

describe.skipIf(unavailable)('while PostgreSQL is down (a private server, stopped and started)', () => {
  let postgres: PrivatePostgres;
  let db: Database;
  let app: FastifyInstance;
  let adminKey: string;
  let userToken: string;
  const violations: ResponseViolation[] = [];

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    db = await openDatabase({ databaseUrl: postgres.url, dataDir: 'memory://' });
    await applyMigrations(db);
    app = await buildApp({ config: testConfig(), db, onResponseViolation: (v) => violations.push(v), rateLimitNamespace: 'outage-test:' });
    adminKey = (await createApiKeyService(db.prisma, { defaultRateLimitPerMinute: 100 }).createApiKey({ name: 'outage', role: 'admin', rateLimitPerMinute: 1_000_000 })).key;
    const created = await app.inject({
      method: 'POST',
      url: '/api/v2/users',
      headers: { authorization: `Bearer ${adminKey}` },
      payload: { name: 'Writer', email: 'writer@example.com', password: 'a long enough password' },
    });
    userToken = (created.json() as { token: string }).token;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await postgres?.destroy();
  });

  const send = (request: SpecRequest) =>
    app.inject({
      method: request.method as 'GET',
      url: request.url,
      // each operation with a credential it takes: logging out takes the user's token, not an API key (which, verified
      // moments ago and cached for a second, would be refused as the wrong kind without asking the database)
      headers: request.operationId === 'createToken' ? {} : { authorization: `Bearer ${request.operationId === 'revokeToken' ? userToken : adminKey}` },
      ...(request.body === undefined ? {} : { payload: request.body as Json }),
    });

  const graphql = (query: string, credential: string) =>
    app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${credential}` }, payload: { query } });

  const GRAPHQL_CALLS = [
    { query: '{ users(first: 2) { id name } }', credential: () => adminKey },
    { query: '{ me { id posts { id } } }', credential: () => userToken },
    { query: 'mutation { createPost(title: "t", content: "c") { id } }', credential: () => userToken },
  ];

  it('every REST operation answers 503 SERVICE_UNAVAILABLE with Retry-After in its version format, GraphQL too; /readyz 503; then it recovers', async () => {
    await postgres.stop();

    for (const request of REST_REQUESTS) {
      const response = await send(request);
      const label = `${request.method} ${request.url}`;
      expect(response.statusCode, `${label}: ${response.body}`).toBe(503);
      expect(response.headers['retry-after'], label).toBe('5');
      const body = response.json() as Json;
      if (request.url.startsWith(v1BasePath)) {
        expect(response.headers['content-type'], label).toContain('application/json');
        expect((body.error as Json).code, label).toBe('SERVICE_UNAVAILABLE');
      } else {
        expect(response.headers['content-type'], label).toContain('application/problem+json');
        expect(body, label).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', title: 'Service unavailable' });
      }
      expect(JSON.stringify(body), label).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|prisma|postgres/i);
    }
    for (const call of GRAPHQL_CALLS) {
      const response = await graphql(call.query, call.credential());
      expect(response.statusCode, `${call.query}: ${response.body}`).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      const body = response.json() as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors.map((error) => error.extensions.code)).toContain('SERVICE_UNAVAILABLE');
      expect(body.errors.map((error) => error.extensions.code).filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    }
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect(violations).toEqual([]);

    await postgres.start();
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (await app.inject({ method: 'GET', url: '/v1/users', headers: { authorization: `Bearer ${adminKey}` } })).statusCode;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    for (const request of REST_REQUESTS) {
      const response = await send(request);
      expect(response.statusCode, `${request.method} ${request.url}: ${response.body}`).toBeLessThan(500);
    }
    for (const call of GRAPHQL_CALLS) expect((await graphql(call.query, call.credential())).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    expect(violations).toEqual([]);
  }, 120_000);
});

describe('when PGlite fails (closed under the service)', () => {
  it('answers 503 in every API and /readyz', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    await applyMigrations(db);
    const violations: ResponseViolation[] = [];
    const app = await buildApp({ config: testConfig(), db, onResponseViolation: (v) => violations.push(v), rateLimitNamespace: 'pglite-outage-test:' });
    try {
      const adminKey = (await createApiKeyService(db.prisma, { defaultRateLimitPerMinute: 100 }).createApiKey({ name: 'x', role: 'admin' })).key;
      await db.close();
      const headers = { authorization: `Bearer ${adminKey}` };
      const answers = [
        await app.inject({ method: 'GET', url: '/v1/users', headers }),
        await app.inject({ method: 'GET', url: '/api/v2/users', headers }),
        await app.inject({ method: 'POST', url: '/graphql', headers, payload: { query: '{ users { id } }' } }),
        await app.inject({ method: 'POST', url: '/api/v2/auth/token', payload: { email: 'a@example.com', password: 'whatever' } }),
      ];
      expect(answers.map((answer) => [answer.statusCode, answer.headers['retry-after']])).toEqual(answers.map(() => [503, '5']));
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
      expect(violations).toEqual([]);
    } finally {
      await app.close();
    }
  }, 60_000);
});
