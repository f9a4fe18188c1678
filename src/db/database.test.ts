import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { Prisma, type PrismaClient } from './index.ts';
import { applyMigrations } from './migrate.ts';

// A host outside UTC must not shift stored instants (PGlite takes its zone from the host).
process.env.TZ = 'America/New_York';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const backend = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

let testDb: TestDatabase;
let prisma: PrismaClient;
let seq = 0;

function userData(email: string, extra: Partial<Prisma.UserCreateInput> = {}) {
  return {
    email,
    emailNormalized: email.toLowerCase(),
    name: `User ${++seq}`,
    passwordHash: 'not-a-real-hash',
    ...extra,
  } satisfies Prisma.UserCreateInput;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  prisma = testDb.db.prisma;
});

afterAll(async () => {
  await testDb?.cleanup();
});

describe(`database on ${backend}`, () => {
  it('is of the expected kind and migrations are applied only once', async () => {
    expect(testDb.db.kind).toBe(backend);
    expect(await applyMigrations(testDb.db)).toEqual([]);
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(rows.map((row) => row.migration_name)).toContainEqual(expect.stringMatching(/_init$/));
  });

  it('creates a user with database defaults, profile and settings', async () => {
    const user = await prisma.user.create({
      data: userData('Ada@Example.com', {
        profile: { create: { bio: 'mathematician' } },
        settings: { create: {} },
      }),
      include: { profile: true, settings: true },
    });
    expect(user.id).toMatch(UUID);
    expect(user.role).toBe('user');
    expect(user.deletedAt).toBeNull();
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(user.profile).toMatchObject({ userId: user.id, bio: 'mathematician', website: null });
    expect(user.settings).toEqual({
      userId: user.id,
      theme: 'system',
      locale: 'en',
      timezone: 'UTC',
      emailNotifications: true,
    });
  });

  it('keeps emails and usernames unique case-insensitively, and several users without username', async () => {
    await prisma.user.create({
      data: userData('grace@example.com', { username: 'Grace', usernameNormalized: 'grace' }),
    });
    const email = await rejection(prisma.user.create({ data: userData('GRACE@example.com') }));
    expect(email).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((email as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
    const username = await rejection(
      prisma.user.create({
        data: userData('other@example.com', { username: 'GRACE', usernameNormalized: 'grace' }),
      }),
    );
    expect((username as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
    await prisma.user.create({ data: userData('a@example.com') });
    await prisma.user.create({ data: userData('b@example.com') });
  });

  it('stores instants exactly, in milliseconds, in a UTC session', async () => {
    const deletedAt = new Date('2024-02-29T23:59:58.123Z');
    const user = await prisma.user.create({ data: userData('time@example.com', { deletedAt }) });
    const read = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(read.deletedAt?.toISOString()).toBe('2024-02-29T23:59:58.123Z');
    const active = await prisma.user.count({ where: { id: user.id, deletedAt: null } });
    expect(active).toBe(0);
    const [stored] = await prisma.$queryRaw<{ zone: string; same: boolean }[]>`
      SELECT current_setting('TimeZone') AS zone,
             deleted_at = ${'2024-02-29T23:59:58.123Z'}::timestamptz AS same
      FROM users WHERE id = ${user.id}::uuid`;
    expect(stored).toEqual({ zone: 'UTC', same: true });
  });

  it('deletes profile, settings and tokens with their user', async () => {
    const user = await prisma.user.create({
      data: userData('gone@example.com', {
        profile: { create: {} },
        settings: { create: { theme: 'dark' } },
        tokens: { create: { tokenHash: 'hash-gone', expiresAt: new Date(Date.now() + 60_000) } },
      }),
    });
    await prisma.user.delete({ where: { id: user.id } });
    expect(await prisma.userProfile.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.userSettings.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.userToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it('stores API keys with a default rate limit and unique prefix and hash', async () => {
    const key = await prisma.apiKey.create({
      data: { name: 'ci', role: 'admin', prefix: 'ak_12345678', keyHash: 'a'.repeat(64) },
    });
    expect(key).toMatchObject({ rateLimitPerMinute: 100, revokedAt: null, lastUsedAt: null });
    const duplicate = await rejection(
      prisma.apiKey.create({
        data: { name: 'again', role: 'standard', prefix: 'ak_12345678', keyHash: 'b'.repeat(64) },
      }),
    );
    expect((duplicate as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
  });

  it('rolls back an interactive transaction that throws, and commits batches', async () => {
    const user = await prisma.user.create({ data: userData('tx@example.com') });
    const failed = await rejection(
      prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: 'changed' } });
        throw new Error('abort');
      }),
    );
    expect((failed as Error).message).toBe('abort');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);

    const [renamed, count] = await prisma.$transaction([
      prisma.user.update({ where: { id: user.id }, data: { name: 'renamed' } }),
      prisma.user.count({ where: { id: user.id } }),
    ]);
    expect(renamed.name).toBe('renamed');
    expect(count).toBe(1);
  });
});
