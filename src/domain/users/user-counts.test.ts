import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { ROLES, createUserService, type Role, type UserService } from './users.ts';

/** The listing's totals come from trigger-kept counts: after any mix of writes they equal a count(*) of the same filter. */
let t: TestDatabase;
let users: UserService;
beforeAll(async () => {
  t = await createTestDatabase();
  users = createUserService(t.db.prisma);
});
afterAll(() => t.cleanup());

const FILTERS = [undefined, ...ROLES].flatMap((role) =>
  [undefined, true, false].flatMap((active) => [true, false].map((includeDeleted) => ({ role, active, includeDeleted }))),
);

async function expectTotalsExact(): Promise<void> {
  for (const { role, active, includeDeleted } of FILTERS) {
    const { total } = await users.list({ limit: 1, offset: 0, sortBy: 'createdAt', sortOrder: 'asc', role, active }, { includeDeleted });
    const deletedAt = !includeDeleted || active === true ? null : active === false ? { not: null } : undefined;
    const expected = includeDeleted || active !== false ? await t.db.prisma.user.count({ where: { role, deletedAt } }) : 0;
    expect({ role, active, includeDeleted, total }).toEqual({ role, active, includeDeleted, total: expected });
  }
}

describe('listing totals', () => {
  it('stay exact through creates, bulk inserts, role changes, soft and hard deletes', async () => {
    await expectTotalsExact();
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) => users.create({ email: `count${i}@example.com`, name: `Count ${i}`, password: 'long enough password', role: ROLES[i % 4] })),
    );
    await t.db.prisma.user.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        email: `bulk${i}@example.com`,
        emailNormalized: `bulk${i}@example.com`,
        name: `Bulk ${i}`,
        passwordHash: 'not a real hash',
        role: ROLES[i % 4] as Role,
        deletedAt: i % 3 === 0 ? new Date() : null,
      })),
    });
    await expectTotalsExact();
    await users.update(created[0]!.id, { role: 'guest' }, { includeDeleted: false });
    await users.update(created[1]!.id, { name: 'Renamed' }, { includeDeleted: false });
    await users.softDelete(created[2]!.id, 'tester');
    await users.hardDelete(created[3]!.id, { includeDeleted: true }, 'tester');
    await t.db.prisma.user.updateMany({ where: { email: { startsWith: 'bulk' } }, data: { role: 'moderator' } });
    await t.db.prisma.user.updateMany({ where: { email: { startsWith: 'bulk' }, deletedAt: { not: null } }, data: { deletedAt: null } });
    await expectTotalsExact();
    await t.db.prisma.user.deleteMany({ where: { email: { startsWith: 'bulk' } } });
    await expectTotalsExact();
  });

  it('leave no count behind when the writing transaction rolls back', async () => {
    const before = await users.list({ limit: 1, offset: 0, sortBy: 'createdAt', sortOrder: 'asc' }, { includeDeleted: true });
    await expect(
      t.db.prisma.$transaction(async (tx) => {
        await tx.user.create({ data: { email: 'rollback@example.com', emailNormalized: 'rollback@example.com', name: 'Rollback', passwordHash: 'x' } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await users.list({ limit: 1, offset: 0, sortBy: 'createdAt', sortOrder: 'asc' }, { includeDeleted: true });
    expect(after.total).toBe(before.total);
    await expectTotalsExact();
  });
});
