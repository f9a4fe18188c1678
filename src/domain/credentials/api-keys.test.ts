import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '../../db/index.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import {
  apiKeyPrefix,
  createApiKeyService,
  generateApiKey,
  hashApiKey,
  InvalidApiKeyInputError,
  isApiKeyFormat,
  type ApiKeyService,
} from './api-keys.ts';

let testDb: TestDatabase;
let prisma: PrismaClient;
let clock: Date;
let apiKeys: ApiKeyService;

beforeAll(async () => {
  testDb = await createTestDatabase();
  prisma = testDb.db.prisma;
});
afterAll(() => testDb.cleanup());
beforeEach(async () => {
  await prisma.apiKey.deleteMany();
  clock = new Date('2026-01-01T00:00:00.000Z');
  apiKeys = createApiKeyService(prisma, { defaultRateLimitPerMinute: 100, now: () => clock });
});

describe('key format', () => {
  it('is ak_ followed by 43 base64url characters from crypto randomness', () => {
    const keys = new Set(Array.from({ length: 50 }, generateApiKey));
    expect(keys.size).toBe(50);
    for (const key of keys) {
      expect(key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
      expect(isApiKeyFormat(key)).toBe(true);
    }
  });

  it.each(['', 'ak_', 'ak_short', `ut_${'a'.repeat(40)}`, `ak_${'a'.repeat(31)}`, `ak_${'a'.repeat(40)}!`])(
    'rejects %j',
    (candidate) => expect(isApiKeyFormat(candidate)).toBe(false),
  );
});

describe('createApiKey', () => {
  it('stores a sha256 hash and a 12-character prefix, never the key', async () => {
    const { key, record } = await apiKeys.createApiKey({ name: 'ci', role: 'standard' });
    expect(record).toMatchObject({ name: 'ci', role: 'standard', prefix: key.slice(0, 12), rateLimitPerMinute: 100, revokedAt: null });
    expect(record).not.toHaveProperty('keyHash');
    const row = await prisma.apiKey.findUniqueOrThrow({ where: { id: record.id } });
    expect(row.keyHash).toBe(hashApiKey(key));
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(row)).not.toContain(key);
  });

  it('takes a rate limit of its own', async () => {
    const { record } = await apiKeys.createApiKey({ name: 'batch', role: 'admin', rateLimitPerMinute: 5000 });
    expect(record.rateLimitPerMinute).toBe(5000);
  });

  it.each([
    { name: ' ', role: 'admin' as const },
    { name: 'x'.repeat(101), role: 'admin' as const },
    { name: 'ok', role: 'admin' as const, rateLimitPerMinute: 0 },
    { name: 'ok', role: 'admin' as const, rateLimitPerMinute: 1.5 },
    { name: 'ok', role: 'root' as 'admin' },
  ])('refuses invalid input %j', async (input) => {
    await expect(apiKeys.createApiKey(input)).rejects.toBeInstanceOf(InvalidApiKeyInputError);
  });
});

describe('verifyApiKey', () => {
  it('returns the record of a valid key and notes when it was used', async () => {
    const { key, record } = await apiKeys.createApiKey({ name: 'app', role: 'standard' });
    const result = await apiKeys.verifyApiKey(key);
    expect(result).toEqual({ ok: true, key: { ...record, lastUsedAt: clock } });
    // written off the request path
    await vi.waitFor(async () => expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt).toEqual(clock));
  });

  it('writes lastUsedAt at most once a minute', async () => {
    const { key, record } = await apiKeys.createApiKey({ name: 'app', role: 'standard' });
    const first = clock;
    const lastUsedAt = async () => (await prisma.apiKey.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt;
    await apiKeys.verifyApiKey(key);
    await vi.waitFor(async () => expect(await lastUsedAt()).toEqual(first));
    clock = new Date(first.getTime() + 30_000);
    await apiKeys.verifyApiKey(key);
    expect(await lastUsedAt()).toEqual(first);
    clock = new Date(first.getTime() + 61_000);
    await apiKeys.verifyApiKey(key);
    await vi.waitFor(async () => expect(await lastUsedAt()).toEqual(clock));
  });

  it('says unknown for a wrong key with a known prefix, a key never issued, and garbage', async () => {
    const { key } = await apiKeys.createApiKey({ name: 'app', role: 'standard' });
    const samePrefix = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect(apiKeyPrefix(samePrefix)).toBe(apiKeyPrefix(key));
    for (const presented of [samePrefix, generateApiKey(), 'Bearer nonsense', '']) {
      expect(await apiKeys.verifyApiKey(presented)).toEqual({ ok: false, reason: 'unknown' });
    }
  });

  it('says revoked for a revoked key', async () => {
    const { key, record } = await apiKeys.createApiKey({ name: 'old', role: 'admin' });
    await apiKeys.revokeApiKey(record.id);
    expect(await apiKeys.verifyApiKey(key)).toEqual({ ok: false, reason: 'revoked' });
  });
});

describe('listApiKeys', () => {
  it('lists every key, oldest first, without hashes', async () => {
    const first = await apiKeys.createApiKey({ name: 'first', role: 'admin' });
    clock = new Date(clock.getTime() + 1000);
    const second = await apiKeys.createApiKey({ name: 'second', role: 'standard' });
    await apiKeys.revokeApiKey(second.record.id);
    const listed = await apiKeys.listApiKeys();
    expect(listed.map((key) => key.name)).toEqual(['first', 'second']);
    expect(listed[0]).toEqual(first.record);
    expect(listed[1]!.revokedAt).toEqual(clock);
    for (const key of listed) expect(Object.keys(key).sort()).toEqual(
      ['createdAt', 'id', 'lastUsedAt', 'name', 'prefix', 'rateLimitPerMinute', 'revokedAt', 'role'],
    );
  });
});

describe('revokeApiKey', () => {
  it('keeps the first revocation time when revoked again', async () => {
    const { record } = await apiKeys.createApiKey({ name: 'x', role: 'standard' });
    const firstTime = clock;
    expect((await apiKeys.revokeApiKey(record.id))?.revokedAt).toEqual(firstTime);
    clock = new Date(clock.getTime() + 5000);
    expect((await apiKeys.revokeApiKey(record.id))?.revokedAt).toEqual(firstTime);
  });

  it('returns undefined for an unknown or malformed id', async () => {
    expect(await apiKeys.revokeApiKey('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await apiKeys.revokeApiKey('not-a-uuid')).toBeUndefined();
  });
});

describe('listApiKeyPage and getApiKey', () => {
  it('pages oldest first with the total, and gets one key by id', async () => {
    const names = ['a', 'b', 'c'];
    for (const name of names) {
      await apiKeys.createApiKey({ name, role: 'standard' });
      clock = new Date(clock.getTime() + 1000);
    }
    const second = await apiKeys.listApiKeyPage({ page: 2, limit: 2 });
    expect([second.total, second.apiKeys.map((key) => key.name)]).toEqual([3, ['c']]);
    const first = (await apiKeys.listApiKeyPage({ page: 1, limit: 2 })).apiKeys;
    expect(first.map((key) => key.name)).toEqual(['a', 'b']);
    expect(await apiKeys.getApiKey(first[1]!.id)).toEqual(first[1]);
    expect(await apiKeys.getApiKey('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await apiKeys.getApiKey('not-a-uuid')).toBeUndefined();
  });
});

describe('rotateApiKey', () => {
  it('gives the record a new key and prefix; the old key is unknown from then on', async () => {
    const { key: oldKey, record } = await apiKeys.createApiKey({ name: 'rotating', role: 'admin', rateLimitPerMinute: 7 });
    const rotation = await apiKeys.rotateApiKey(record.id);
    if (rotation.outcome !== 'rotated') throw new Error(`expected a rotation, got ${rotation.outcome}`);
    const { key, record: rotated } = rotation.created;
    expect(key).not.toBe(oldKey);
    expect(rotated).toEqual({ ...record, prefix: apiKeyPrefix(key) });
    expect(await apiKeys.verifyApiKey(oldKey)).toEqual({ ok: false, reason: 'unknown' });
    expect(await apiKeys.verifyApiKey(key)).toMatchObject({ ok: true, key: { id: record.id, rateLimitPerMinute: 7 } });
    expect(await prisma.apiKey.findUnique({ where: { id: record.id }, select: { keyHash: true } })).toEqual({ keyHash: hashApiKey(key) });
  });

  it('leaves a revoked key revoked, and says unknown for an unknown or malformed id', async () => {
    const { key, record } = await apiKeys.createApiKey({ name: 'gone', role: 'standard' });
    await apiKeys.revokeApiKey(record.id);
    expect(await apiKeys.rotateApiKey(record.id)).toEqual({ outcome: 'revoked' });
    expect(await apiKeys.verifyApiKey(key)).toEqual({ ok: false, reason: 'revoked' });
    expect(await apiKeys.rotateApiKey('00000000-0000-4000-8000-000000000000')).toEqual({ outcome: 'unknown' });
    expect(await apiKeys.rotateApiKey('not-a-uuid')).toEqual({ outcome: 'unknown' });
  });
});

describe('ensureAdminKey', () => {
  const envKey = `ak_${'e'.repeat(40)}`;

  it('adds the key as admin, then leaves it alone', async () => {
    const created = await apiKeys.ensureAdminKey(envKey);
    expect(created.outcome).toBe('created');
    expect(created.record).toMatchObject({ role: 'admin', name: 'ADMIN_API_KEY', revokedAt: null });
    const again = await apiKeys.ensureAdminKey(envKey);
    expect(again).toEqual({ outcome: 'unchanged', record: created.record });
    expect(await prisma.apiKey.count()).toBe(1);
    expect(await apiKeys.verifyApiKey(envKey)).toMatchObject({ ok: true, key: { id: created.record.id, role: 'admin' } });
  });

  it('reinstates the key when it was revoked or demoted', async () => {
    const { record } = await apiKeys.ensureAdminKey(envKey);
    await apiKeys.revokeApiKey(record.id);
    await prisma.apiKey.update({ where: { id: record.id }, data: { role: 'standard' } });
    const restored = await apiKeys.ensureAdminKey(envKey);
    expect(restored.outcome).toBe('restored');
    expect(restored.record).toMatchObject({ id: record.id, role: 'admin', revokedAt: null });
  });

  it('runs safely when instances start at the same time', async () => {
    const outcomes = await Promise.all([apiKeys.ensureAdminKey(envKey), apiKeys.ensureAdminKey(envKey)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['created', 'unchanged']);
    expect(await prisma.apiKey.count()).toBe(1);
  });

  it('refuses a malformed key and a key whose prefix another key has', async () => {
    await expect(apiKeys.ensureAdminKey('ak_short')).rejects.toBeInstanceOf(InvalidApiKeyInputError);
    await apiKeys.ensureAdminKey(envKey);
    const twin = `${envKey.slice(0, 12)}${'f'.repeat(40)}`;
    await expect(apiKeys.ensureAdminKey(twin)).rejects.toThrow(/same 12 characters/);
  });
});

describe('createInitialAdminKeyIfEmpty', () => {
  it('creates one admin key on an empty database, and nothing afterwards', async () => {
    const initial = await apiKeys.createInitialAdminKeyIfEmpty();
    expect(initial?.record).toMatchObject({ role: 'admin', name: 'initial admin key' });
    expect(await apiKeys.verifyApiKey(initial!.key)).toMatchObject({ ok: true });
    expect(await apiKeys.createInitialAdminKeyIfEmpty()).toBeUndefined();
    expect(await prisma.apiKey.count()).toBe(1);
  });

  it('creates nothing while only revoked keys exist', async () => {
    const { record } = await apiKeys.createApiKey({ name: 'gone', role: 'admin' });
    await apiKeys.revokeApiKey(record.id);
    expect(await apiKeys.createInitialAdminKeyIfEmpty()).toBeUndefined();
  });

  it('creates exactly one key when called concurrently', async () => {
    const results = await Promise.all([apiKeys.createInitialAdminKeyIfEmpty(), apiKeys.createInitialAdminKeyIfEmpty()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await prisma.apiKey.count()).toBe(1);
  });
});
