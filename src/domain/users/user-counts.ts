import type { Prisma, PrismaClient } from '../../db/index.ts';
import type { Role, Visibility } from './users.ts';

/** The user states a listing counts: `true` active, `false` soft-deleted. */
export function countedStates(active: boolean | undefined, visibility: Visibility): boolean[] {
  if (!visibility.includeDeleted) return active === false ? [] : [true];
  return active === undefined ? [true, false] : [active];
}

/**
 * The exact number of users with these roles and states, summed from the `user_counts` rows that the database's
 * triggers keep in step with `users` inside every writing transaction: a few rows read, whatever the table's size.
 */
export function userCountQuery(prisma: PrismaClient, role: Role | undefined, states: boolean[]) {
  const where: Prisma.UserCountWhereInput = { OR: states.map((active) => ({ active })), ...(role ? { role } : {}) };
  return prisma.userCount.aggregate({ _sum: { n: true }, where });
}

type CountedRows = { _sum?: { n?: bigint | null } | undefined };

/** A count(*) as it is, or the sum of counted rows. */
export const countOf = (result: number | CountedRows): number => (typeof result === 'number' ? result : Number(result._sum?.n ?? 0n));
