import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import type { ResponseViolation } from '../../framework/index.ts';
import { testConfig } from '../../testing/app.ts';
import { createV1TestKit, type V1TestKit } from '../../testing/v1.ts';

const DEFAULT_LIMIT = 5;
let kit: V1TestKit;
beforeAll(async () => {
  kit = await createV1TestKit({ rateLimitPerMinute: DEFAULT_LIMIT });
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('v1 rate limits', () => {
  it('sends X-RateLimit-Limit, -Remaining and -Reset (UTC epoch seconds) on every response', async () => {
    const key = await kit.createKey('standard', 10);
    for (const [url, status] of [['/users', 200], ['/users/nope', 404], ['/nothing-here', 404], ['/users?limit=0', 400]] as const) {
      const res = await kit.call('GET', url, { key });
      expect(res.statusCode).toBe(status);
      expect(res.headers['x-ratelimit-limit']).toBe('10');
      const reset = Number(res.headers['x-ratelimit-reset']);
      expect(reset).toBeGreaterThan(nowSeconds());
      expect(reset).toBeLessThanOrEqual(nowSeconds() + 61);
    }
    const remaining = await kit.call('GET', '/users', { key });
    expect(remaining.headers['x-ratelimit-remaining']).toBe('5');
  });

  it('limits each API key by its own limit, with 429 RATE_LIMITED and Retry-After past it', async () => {
    const key = await kit.createKey('standard', 3);
    const other = await kit.createKey('standard', 3);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await kit.call('GET', '/users', { key })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await kit.call('GET', '/users', { key });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    expect((await kit.call('GET', '/users', { key: other })).statusCode).toBe(200);
  });

  it('limits unauthenticated traffic per client address, at the default limit', async () => {
    const statuses = [];
    for (let i = 0; i < DEFAULT_LIMIT + 1; i++) statuses.push((await kit.call('GET', '/users', { key: null })).statusCode);
    expect(statuses).toEqual([...Array(DEFAULT_LIMIT).fill(401), 429]);
    const other = await kit.app.inject({ method: 'GET', url: '/v1/users', remoteAddress: '10.1.2.3' });
    expect(other.statusCode).toBe(401);
  });

  it('counts invalid keys against the client address, not the key', async () => {
    const res = await kit.app.inject({ method: 'GET', url: '/v1/users', remoteAddress: '10.9.9.9', headers: { authorization: `Bearer ak_${'y'.repeat(43)}` } });
    expect([res.statusCode, res.headers['x-ratelimit-limit']]).toEqual([401, String(DEFAULT_LIMIT)]);
  });
});

describe('v1 rate limits with Redis', () => {
  const redisUrl = process.env.REDIS_URL;

  it.runIf(redisUrl)('share one budget between two instances', async () => {
    const key = await kit.createKey('standard', 4);
    const nameSpace = `test-${randomBytes(6).toString('hex')}:`;
    const violations: ResponseViolation[] = [];
    const config = testConfig({ redisUrl });
    const apps = await Promise.all([0, 1].map(() => buildApp({ config, db: kit.db, rateLimitNamespace: nameSpace, onResponseViolation: (v) => violations.push(v) })));
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const res = await apps[i % 2]!.inject({ method: 'GET', url: '/v1/users', headers: { authorization: `Bearer ${key}` } });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      expect(violations).toEqual([]);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
    }
  });

  it.runIf(redisUrl)('keep deployments with different RATE_LIMIT_NAMESPACE apart, and share within one', async () => {
    const run = randomBytes(6).toString('hex');
    const configIn = (nameSpace: string) => testConfig({ redisUrl, rateLimitPerMinute: 2, rateLimitNamespace: `test-${run}-${nameSpace}:` });
    const violations: ResponseViolation[] = [];
    const [staging1, staging2, production] = await Promise.all(
      ['staging', 'staging', 'production'].map((nameSpace) => buildApp({ config: configIn(nameSpace), db: kit.db, onResponseViolation: (v) => violations.push(v) })),
    );
    try {
      const anonymous = (app: FastifyInstance) => app.inject({ method: 'GET', url: '/v1/users', remoteAddress: '10.77.0.1' }).then((res) => res.statusCode);
      expect([await anonymous(staging1!), await anonymous(staging2!), await anonymous(staging1!)]).toEqual([401, 401, 429]);
      expect([await anonymous(production!), await anonymous(production!), await anonymous(production!)]).toEqual([401, 401, 429]);
      expect(violations).toEqual([]);
    } finally {
      await Promise.all([staging1, staging2, production].map((app) => app!.close()));
    }
  });

  it('serve requests unlimited while Redis is unreachable (fail open), headers still present', async () => {
    const config = testConfig({ redisUrl: 'redis://127.0.0.1:1' });
    const violations: ResponseViolation[] = [];
    const app = await buildApp({ config, db: kit.db, onResponseViolation: (v) => violations.push(v) });
    try {
      const key = await kit.createKey('standard', 2);
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const res = await app.inject({ method: 'GET', url: '/v1/users', headers: { authorization: `Bearer ${key}` } });
        statuses.push(res.statusCode);
        expect(res.headers['x-ratelimit-limit']).toBe('2');
      }
      expect(statuses).toEqual([200, 200, 200, 200]);
      expect(violations).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
