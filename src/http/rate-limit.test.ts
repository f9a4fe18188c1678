import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiKeyService } from '../domain/credentials/api-keys.ts';
import { createGraphqlTestKit, type GraphqlTestKit } from '../graphql/testing/kit.ts';

const LIMIT = 6;
const kits: GraphqlTestKit[] = [];
afterEach(async () => {
  for (const kit of kits.splice(0)) {
    expect(kit.violations).toEqual([]);
    expect(kit.dataViolations).toEqual([]);
    await kit.close();
  }
});

/** One request through each API, in turn, with the same bearer credential: [status, X-RateLimit-Remaining]. */
function spenders(kit: GraphqlTestKit, credential: string, userId: string) {
  const remaining = (headers: Record<string, unknown>) => Number(headers['x-ratelimit-remaining']);
  return [
    async () => {
      const res = await kit.app.inject({ method: 'GET', url: '/v1/users?limit=1', headers: { authorization: `Bearer ${credential}` } });
      return ['v1', res.statusCode, remaining(res.headers)] as const;
    },
    async () => {
      const res = await kit.call('GET', `/users/${userId}`, { auth: credential });
      return ['v2', res.statusCode, remaining(res.headers)] as const;
    },
    async () => {
      const { status, response } = await kit.graphql(`{ user(id: "${userId}") { id } }`, { auth: credential });
      return ['graphql', status, remaining(response.headers)] as const;
    },
  ];
}

/** Spends a new key's budget through the three APIs in turn, past its limit; returns what each request saw and the key's id. */
async function spendAcrossApis(kit: GraphqlTestKit): Promise<{ seen: Array<readonly [string, number, number]>; keyId: string }> {
  const created = await createApiKeyService(kit.db.prisma, { defaultRateLimitPerMinute: 100 }).createApiKey({ name: 'budget', role: 'admin', rateLimitPerMinute: LIMIT });
  const user = await kit.createUser();
  const apis = spenders(kit, created.key, user.id);
  const seen = [];
  for (let i = 0; i < LIMIT + 3; i++) seen.push(await apis[i % apis.length]!());
  return { seen, keyId: created.record.id };
}

/** A key's limit is one budget: the v1, v2 and GraphQL requests of a key count down the same X-RateLimit-Remaining. */
function expectOneBudget(seen: Array<readonly [string, number, number]>): void {
  const apis = ['v1', 'v2', 'graphql'];
  const expected = seen.map((_, i) => [apis[i % 3], i < LIMIT ? 200 : 429, Math.max(LIMIT - i - 1, 0)]);
  expect(seen).toEqual(expected);
}

describe('one rate-limit budget per credential across v1, v2 and GraphQL', () => {
  it('in process', async () => {
    const kit = await createGraphqlTestKit();
    kits.push(kit);
    expectOneBudget((await spendAcrossApis(kit)).seen);
  });

  it('spends one budget per client address without credentials, whichever API is called', async () => {
    const kit = await createGraphqlTestKit({ rateLimitPerMinute: 4 });
    kits.push(kit);
    const address = '10.20.30.40';
    const statuses = [];
    for (const url of ['/v1/users', '/api/v2/users', '/graphql?query=%7Bme%7Bid%7D%7D', '/v1/users', '/api/v2/users']) {
      statuses.push((await kit.app.inject({ method: 'GET', url, remoteAddress: address })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 200, 401, 429]);
  });

  it('spends one budget per IPv6 /64 without credentials: a client cannot take a new budget with each of its addresses', async () => {
    const kit = await createGraphqlTestKit({ rateLimitPerMinute: 4 });
    kits.push(kit);
    const statuses = [];
    for (let i = 1; i <= 5; i++) statuses.push((await kit.app.inject({ method: 'GET', url: '/v1/users', remoteAddress: `2001:db8:7:8::${i.toString(16)}` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await kit.app.inject({ method: 'GET', url: '/v1/users', remoteAddress: '2001:db8:7:9::1' })).statusCode).toBe(401);
  });

  const redisUrl = process.env.REDIS_URL;
  // each test app has a namespace of its own (createTestApp), so parallel tests never share a budget
  it.runIf(redisUrl)('in Redis, under key names made of the namespace and the budget only', async () => {
    const kit = await createGraphqlTestKit({ redisUrl });
    kits.push(kit);
    const { seen, keyId } = await spendAcrossApis(kit);
    expectOneBudget(seen);
    const redis = new Redis(redisUrl!);
    try {
      const [budgetKey, ...others] = await redis.keys(`*key:${keyId}`);
      expect(others).toEqual([]);
      expect(await redis.get(budgetKey!)).toBe(String(LIMIT + 3));
      const nameSpace = budgetKey!.slice(0, -`key:${keyId}`.length);
      expect(nameSpace).toMatch(/^test-[0-9a-f]{12}:$/);
      const keys = await redis.keys(`${nameSpace}*`);
      for (const key of keys) expect(key).toMatch(/^test-[0-9a-f]{12}:(key|user|ip):[^:]+$/);
      expect(keys.join(' ')).not.toContain('undefined');
    } finally {
      redis.disconnect();
    }
  });
});
