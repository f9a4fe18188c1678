import { Prisma, type PrismaClient } from '../../db/index.ts';
import type { User } from './users.ts';

/** `userFields`, named as `User` names them. */
const USER_COLUMNS = Prisma.sql`id, email, name, username, role::text AS role, deleted_at AS "deletedAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * One user by id (a valid UUID), deactivated ones only when `includeDeleted`: the read behind every `GET .../users/{id}`
 * and every credential's user. Sent as SQL because Prisma's query interpreter spends more CPU on a `findFirst` than the
 * query costs the database (`npm run bench -- hot-read`); writes and everything else stay on the Prisma models.
 */
export async function readUserById(prisma: PrismaClient, id: string, includeDeleted: boolean): Promise<User | undefined> {
  const rows = includeDeleted
    ? await prisma.$queryRaw<User[]>`SELECT ${USER_COLUMNS} FROM users WHERE id = ${id}::uuid`
    : await prisma.$queryRaw<User[]>`SELECT ${USER_COLUMNS} FROM users WHERE id = ${id}::uuid AND deleted_at IS NULL`;
  return rows[0];
}
