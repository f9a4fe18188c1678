import { afterEach, describe, expect, it } from 'vitest';
import { createGraphqlTestKit, type GraphqlTestKit } from './testing/kit.ts';

const LIMIT = 3;
const kits: GraphqlTestKit[] = [];
afterEach(async () => {
  for (const kit of kits.splice(0)) await kit.close();
});

async function kitWith(redisUrl?: string): Promise<GraphqlTestKit> {
  const kit = await createGraphqlTestKit({ rateLimitPerMinute: LIMIT, ...(redisUrl ? { redisUrl } : {}) });
  kits.push(kit);
  return kit;
}

describe('GraphQL rate limits (those of v2)', () => {
  it('sends the X-RateLimit headers, then 429 RATE_LIMITED with Retry-After past the limit', async () => {
    const kit = await kitWith();
    const send = () => kit.app.inject({ method: 'POST', url: '/graphql', remoteAddress: '10.7.7.7', payload: { query: '{ me { id } }' } });
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const response = await send();
      statuses.push(response.statusCode);
      expect(response.headers['x-ratelimit-limit']).toBe(String(LIMIT));
    }
    const limited = await send();
    expect([...statuses, limited.statusCode]).toEqual([200, 200, 200, 429]);
    expect(limited.json()).toEqual({ errors: [{ message: expect.stringContaining('Too many requests'), extensions: { code: 'RATE_LIMITED' } }] });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
  });

  // in process, or in Redis when REDIS_URL is set
  it('spends the same budget as v2', async () => {
    const kit = await kitWith(process.env.REDIS_URL);
    const user = await kit.createUser();
    for (let i = 0; i < LIMIT - 1; i++) expect((await kit.call('GET', `/users/${user.id}`, { auth: user.token })).statusCode).toBe(200);
    expect((await kit.graphql('{ me { id } }', { auth: user.token })).status).toBe(200);
    expect((await kit.graphql('{ me { id } }', { auth: user.token })).status).toBe(429);
    expect((await kit.call('GET', `/users/${user.id}`, { auth: user.token })).statusCode).toBe(429);
  });
});
