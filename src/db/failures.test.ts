import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { openDatabase } from './database.ts';
import { classifyDatabaseError } from './failures.ts';
import { applyMigrations } from './migrate.ts';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.cleanup());

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );

const user = (name: string, email: string) => ({ email, emailNormalized: email, name, passwordHash: 'not-a-hash' });

describe('classifyDatabaseError, on errors the database really raises', () => {
  it('text holding U+0000, written or searched for, is unstorable text', async () => {
    const { prisma } = testDb.db;
    expect(classifyDatabaseError(await rejection(prisma.user.create({ data: user('nul\u0000name', 'nul@example.com') })))).toBe('unstorable-text');
    expect(classifyDatabaseError(await rejection(prisma.user.findMany({ where: { name: { contains: '\u0000' } } })))).toBe('unstorable-text');
    expect(classifyDatabaseError(await rejection(prisma.$queryRaw`SELECT ${'a\u0000'}::text`))).toBe('unstorable-text');
  });

  it('other failures of a working database are none of its business', async () => {
    const { prisma } = testDb.db;
    await prisma.user.create({ data: user('Taken', 'taken@example.com') });
    expect(classifyDatabaseError(await rejection(prisma.user.create({ data: user('Again', 'taken@example.com') })))).toBeUndefined();
    expect(classifyDatabaseError(await rejection(prisma.$queryRaw`SELECT 1/0`))).toBeUndefined();
    expect(classifyDatabaseError(new Error('boom'))).toBeUndefined();
    expect(classifyDatabaseError('a string')).toBeUndefined();
    expect(classifyDatabaseError(undefined)).toBeUndefined();
  });

  it('a closed PGlite is unavailable', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    await applyMigrations(db);
    await db.close();
    expect(classifyDatabaseError(await rejection(db.prisma.user.count()))).toBe('unavailable');
  });

  it('an unreachable PostgreSQL server is unavailable', async () => {
    const db = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none', dataDir: 'memory://' });
    try {
      expect(classifyDatabaseError(await rejection(db.prisma.user.count()))).toBe('unavailable');
      expect(classifyDatabaseError(await rejection(db.prisma.$queryRaw`SELECT 1`))).toBe('unavailable');
    } finally {
      await db.close();
    }
  });
});
