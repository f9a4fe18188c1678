import type { Prisma, PrismaClient } from '../../db/index.ts';
import { userFields, type User, type Visibility } from '../users/users.ts';
import { isUuid } from '../ids.ts';
import type { Page } from './page.ts';

const visible = (visibility: Visibility): Prisma.UserWhereInput => (visibility.includeDeleted ? {} : { deletedAt: null });

/** Reads of users that the authors and readers of posts need: many by id at once, and pages by cursor. */
export interface UserDirectory {
  findByIds(ids: readonly string[], visibility: Visibility): Promise<Map<string, User>>;
  /** Oldest first; `after` is the id of the last user of the previous page. */
  page(page: Page, visibility: Visibility): Promise<User[]>;
}

export function createUserDirectory(prisma: PrismaClient): UserDirectory {
  return {
    async findByIds(ids: readonly string[], visibility: Visibility): Promise<Map<string, User>> {
      const valid = [...new Set(ids.filter(isUuid))];
      if (valid.length === 0) return new Map();
      const users: User[] = await prisma.user.findMany({ where: { id: { in: valid }, ...visible(visibility) }, select: userFields });
      return new Map(users.map((user) => [user.id, user]));
    },

    /** Oldest first; `after` is the id of the last user of the previous page. */
    async page(page: Page, visibility: Visibility): Promise<User[]> {
      if (page.first === 0) return [];
      let where = visible(visibility);
      if (page.after !== undefined) {
        const cursor = await prisma.user.findUnique({ where: { id: page.after }, select: { createdAt: true } });
        if (!cursor) return [];
        where = { ...where, OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: page.after } }] };
      }
      return prisma.user.findMany({ where, select: userFields, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: page.first });
    },
  };
}
