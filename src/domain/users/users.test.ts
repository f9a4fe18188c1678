import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { createUserService, type UserListQuery, type UserService } from './users.ts';

/** `list` reads deep pages (offset >= 1,000) ids first: they must equal what a plain OFFSET query gives. */
let t: TestDatabase;
let users: UserService;
beforeAll(async () => {
  t = await createTestDatabase();
  users = createUserService(t.db.prisma);
  const roles = ['admin', 'moderator', 'user', 'guest'] as const;
  await t.db.prisma.user.createMany({
    data: Array.from({ length: 1_200 }, (_, i) => ({
      email: `user${i}@example.com`,
      emailNormalized: `user${i}@example.com`,
      name: `Name ${String((i * 7919) % 1_200).padStart(4, '0')}`,
      passwordHash: 'not a real hash',
      role: roles[i % 4]!,
      deletedAt: i % 10 === 0 ? new Date() : null,
      createdAt: new Date(Date.UTC(2024, 0, 1) + (i % 50) * 60_000),
    })),
  });
});
afterAll(() => t.cleanup());

async function plainPage(query: UserListQuery, includeDeleted: boolean) {
  const rows = await t.db.prisma.user.findMany({
    where: { ...(query.role ? { role: query.role } : {}), ...(includeDeleted ? {} : { deletedAt: null }) },
    orderBy: [{ [query.sortBy]: query.sortOrder }, { id: query.sortOrder }],
    skip: query.offset,
    take: query.limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

describe('users.list on deep pages', () => {
  it.each([
    { sortBy: 'createdAt', sortOrder: 'asc', includeDeleted: false },
    { sortBy: 'createdAt', sortOrder: 'desc', includeDeleted: true },
    { sortBy: 'name', sortOrder: 'asc', includeDeleted: true },
    { sortBy: 'email', sortOrder: 'desc', includeDeleted: false },
  ] as const)('offset 1,000 sorted by $sortBy $sortOrder (deleted included: $includeDeleted)', async ({ includeDeleted, ...sort }) => {
    const query: UserListQuery = { limit: 20, offset: 1_000, ...sort };
    const { users: page, total } = await users.list(query, { includeDeleted });
    expect(page.map((u) => u.id)).toEqual(await plainPage(query, includeDeleted));
    expect(total).toBe(includeDeleted ? 1_200 : 1_080);
    expect(page.length).toBeGreaterThan(0);
  });

  it('with a role filter past the last page: empty, exact total', async () => {
    const { users: page, total } = await users.list({ limit: 20, offset: 1_000, sortBy: 'createdAt', sortOrder: 'asc', role: 'guest' }, { includeDeleted: true });
    expect([page, total]).toEqual([[], 300]);
  });
});

describe('users.list search text', () => {
  it.each([
    ['%', '100% Wildcard'],
    ['_', 'under_score Wildcard'],
    ['\\', 'back\\slash Wildcard'],
    ['0% w', '100% Wildcard'],
  ])('matches %s literally, not as a LIKE wildcard', async (search, name) => {
    // emails of letters and digits only, so only the names hold the characters searched for
    const tag = [...search].map((c) => c.charCodeAt(0).toString(16)).join('');
    await t.db.prisma.user.createMany({
      data: ['100% Wildcard', 'under_score Wildcard', 'back\\slash Wildcard'].map((text, i) => ({
        email: `wildcard${i}x${tag}@example.com`,
        emailNormalized: `wildcard${i}x${tag}@example.com`,
        name: text,
        passwordHash: 'not a real hash',
      })),
    });
    const { users: found, total } = await users.list({ limit: 100, offset: 0, sortBy: 'createdAt', sortOrder: 'asc', search }, { includeDeleted: true });
    expect([...new Set(found.map((user) => user.name))]).toEqual([name]);
    expect(total).toBe(found.length);
  });
});
