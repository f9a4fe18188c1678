import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { openDatabase } from '../db/index.ts';
import { createTestApp, testConfig, type TestApp } from '../testing/app.ts';

describe('health and readiness', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('GET /healthz says the process is up', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz says ok while the database answers', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  // Prisma reconnects a closed PostgreSQL client on the next query, so only a closed PGlite stays gone.
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))('GET /readyz gives 503 once the database is closed, while /healthz stays up', async () => {
    await testApp.db.close();
    const ready = await testApp.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable' });
    expect((await testApp.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('readiness without a reachable PostgreSQL server', () => {
  it('GET /readyz gives 503', async () => {
    const db = await openDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:1/unreachable', dataDir: 'memory://' });
    const app = await buildApp({ config: testConfig(), db });
    try {
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable' });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
