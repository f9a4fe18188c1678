import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createV1TestKit, type V1TestKit } from '../testing/v1.ts';

/**
 * Verified API keys are trusted for up to a second without a database read. A revocation through an instance takes
 * effect there at once; on another instance sharing the database, within a second.
 */
let kit: V1TestKit;
let second: FastifyInstance;

beforeAll(async () => {
  kit = await createV1TestKit();
  second = await buildApp({
    config: kit.config,
    db: kit.db,
    onResponseViolation: (violation) => kit.violations.push(violation),
    rateLimitNamespace: `test-${randomBytes(6).toString('hex')}:`,
  });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  await kit.close();
});
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

const listWith = (app: FastifyInstance, key: string) =>
  app.inject({ method: 'GET', url: '/v1/users', headers: { authorization: `Bearer ${key}` } } satisfies InjectOptions);

async function keyIdOf(key: string): Promise<string> {
  return (await kit.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: key.slice(0, 12) } })).id;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The longest a verified key is trusted without a database read, and a margin for a loaded machine. */
const TRUSTED_FOR_MS = 1000 + 200;

function expectRevoked(res: Awaited<ReturnType<typeof listWith>>): void {
  expect([res.statusCode, res.json()]).toEqual([401, { error: { code: 'INVALID_API_KEY', message: 'This API key has been revoked' } }]);
}

describe('a revoked API key', () => {
  it('is refused at once by the instance that revoked it, and within a second by another instance', async () => {
    const key = await kit.createKey('standard');
    // both instances have verified (and so may trust) the key
    for (const app of [kit.app, second]) expect((await listWith(app, key)).statusCode).toBe(200);
    for (const app of [kit.app, second]) expect((await listWith(app, key)).statusCode).toBe(200);

    const revoked = await kit.app.inject({
      method: 'POST',
      url: `/api/v2/api-keys/${await keyIdOf(key)}/revoke`,
      headers: { authorization: `Bearer ${kit.adminKey}` },
    });
    expect(revoked.statusCode).toBe(200);
    expectRevoked(await listWith(kit.app, key));

    await settle(TRUSTED_FOR_MS);
    expectRevoked(await listWith(second, key));
  });

  it('is refused within a second by every instance when revoked in the database directly (another process)', async () => {
    const key = await kit.createKey('standard');
    for (const app of [kit.app, second]) expect((await listWith(app, key)).statusCode).toBe(200);
    await kit.db.prisma.apiKey.update({ where: { prefix: key.slice(0, 12) }, data: { revokedAt: new Date() } });
    await settle(TRUSTED_FOR_MS);
    for (const app of [kit.app, second]) expectRevoked(await listWith(app, key));
  });

  it('is refused at once after a rotation through this instance, the new secret works', async () => {
    const key = await kit.createKey('standard');
    expect((await listWith(kit.app, key)).statusCode).toBe(200);
    const rotated = await kit.app.inject({
      method: 'POST',
      url: `/api/v2/api-keys/${await keyIdOf(key)}/rotate`,
      headers: { authorization: `Bearer ${kit.adminKey}` },
    });
    expect(rotated.statusCode).toBe(200);
    const unknown = await listWith(kit.app, key);
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([401, 'INVALID_API_KEY']);
    expect((await listWith(kit.app, (rotated.json() as { key: string }).key)).statusCode).toBe(200);
  });
});
