import type { Prisma, PrismaClient } from '../../db/index.ts';
import { DomainError, notFound } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { NO_EVENTS, type EventPublisher, type FieldChange, type Transaction } from '../events.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { countedStates, countOf, userCountQuery } from './user-counts.ts';
import { uniqueViolationField } from './unique-violation.ts';
import { loadUserDetails, type UserDetail, type UserDetails } from './user-details.ts';
import { readUserById } from './user-by-id.ts';

export const ROLES = ['admin', 'moderator', 'user', 'guest'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  username: string | null;
  role: Role;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewUser {
  email: string;
  name?: string | undefined;
  username?: string | undefined;
  /** Generated (and never shown) when absent. */
  password?: string | undefined;
  role?: Role | undefined;
}

export interface UserChanges {
  email?: string | undefined;
  name?: string | undefined;
  username?: string | undefined;
  role?: Role | undefined;
}

export type UserSortField = 'createdAt' | 'name' | 'username' | 'email';

export interface UserListQuery {
  limit: number;
  offset: number;
  sortBy: UserSortField;
  sortOrder: 'asc' | 'desc';
  role?: Role | undefined;
  /** true: only active users; false: only soft-deleted ones; undefined: both. */
  active?: boolean | undefined;
  /** Case-insensitive substring of name or email. */
  search?: string | undefined;
}

/** Whose view a read takes: soft-deleted users exist only for callers that may see them. */
export interface Visibility {
  includeDeleted: boolean;
}

/** What a `User` is read with. */
export const userFields = {
  id: true,
  email: true,
  name: true,
  username: true,
  role: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.UserSelect;

const normalize = (value: string) => value.trim().toLowerCase();

/**
 * The text as a LIKE pattern that matches only itself: Prisma's `contains` puts the text between `%` wildcards as it
 * is, so a `%` or `_` in a search would match anything (`q=%` listed every user). PostgreSQL's escape is `\`.
 */
const literalPattern = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** From this offset on, `list` reads a page's ids first, then their rows (about where that starts to pay). */
const DEEP_OFFSET = 1000;

function conflictOrRethrow(error: unknown): never {
  const field = uniqueViolationField(error);
  if (field === undefined) throw error;
  throw new DomainError('CONFLICT', field === 'unknown' ? 'A user with these details already exists' : `A user with this ${field} already exists`, [field]);
}

function visibleWhere(id: string, visibility: Visibility): Prisma.UserWhereInput {
  return visibility.includeDeleted ? { id } : { id, deletedAt: null };
}

function changesBetween(before: User, after: User): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of ['name', 'username', 'email', 'role'] as const) {
    if (before[field] !== after[field]) changes[field] = { old: before[field], new: after[field] };
  }
  return changes;
}

/** Users, with every change and its event written in one transaction. */
export interface UserService {
  /** undefined for an unknown id, a malformed one, or a user the visibility hides. */
  find(id: string, visibility: Visibility): Promise<User | undefined>;
  /** As `find`, or NOT_FOUND. */
  get(id: string, visibility: Visibility): Promise<User>;
  /** The database decides email and username uniqueness, so concurrent creates cannot both succeed. */
  create(input: NewUser): Promise<User>;
  list(query: UserListQuery, visibility: Visibility): Promise<{ users: User[]; total: number }>;
  /** The related data `include` asks for, read in parallel. */
  details(user: User, include: readonly UserDetail[]): Promise<UserDetails>;
  update(id: string, changes: UserChanges, visibility: Visibility): Promise<{ before: User; after: User }>;
  /** Removes the user and everything it owns. `actor` is who asked (a user or API key id). */
  hardDelete(id: string, visibility: Visibility, actor: string): Promise<User>;
  /** Deactivates the user and revokes its tokens; its email stays reserved. */
  softDelete(id: string, actor: string): Promise<User>;
}

export function createUserService(prisma: PrismaClient, events: EventPublisher = NO_EVENTS): UserService {
  async function find(id: string, visibility: Visibility, tx: Transaction): Promise<User | undefined> {
    if (!isUuid(id)) return undefined;
    return (await tx.user.findFirst({ where: visibleWhere(id, visibility), select: userFields })) ?? undefined;
  }

  /** Outside a transaction: the hot read. */
  async function read(id: string, visibility: Visibility): Promise<User | undefined> {
    return isUuid(id) ? readUserById(prisma, id, visibility.includeDeleted) : undefined;
  }

  return {
    find: read,

    async get(id: string, visibility: Visibility): Promise<User> {
      const user = await read(id, visibility);
      if (!user) throw notFound('User');
      return user;
    },

    async create(input: NewUser): Promise<User> {
      const name = input.name ?? input.username;
      if (name === undefined) throw new DomainError('INVALID_INPUT', 'A user needs a name or a username', ['name', 'username']);
      const passwordHash = await hashPassword(input.password ?? generatePassword());
      try {
        return await prisma.$transaction(async (tx) => {
          const user = await tx.user.create({
            data: {
              email: input.email.trim(),
              emailNormalized: normalize(input.email),
              name,
              username: input.username ?? null,
              usernameNormalized: input.username === undefined ? null : normalize(input.username),
              passwordHash,
              role: input.role ?? 'user',
              profile: { create: {} },
              settings: { create: {} },
            },
            select: userFields,
          });
          await events.publish(tx, { type: 'user.created', user });
          return user;
        });
      } catch (error) {
        conflictOrRethrow(error);
      }
    },

    async list(query: UserListQuery, visibility: Visibility): Promise<{ users: User[]; total: number }> {
      const where: Prisma.UserWhereInput = {
        ...(query.role ? { role: query.role } : {}),
        ...(query.active === true || !visibility.includeDeleted ? { deletedAt: null } : {}),
        ...(query.active === false && visibility.includeDeleted ? { deletedAt: { not: null } } : {}),
        ...(query.active === false && !visibility.includeDeleted ? { id: { in: [] } } : {}),
        ...(query.search
          ? {
              OR: [
                { name: { contains: literalPattern(query.search), mode: 'insensitive' } },
                { emailNormalized: { contains: literalPattern(normalize(query.search)) } },
              ],
            }
          : {}),
      };
      const orderBy: Prisma.UserOrderByWithRelationInput[] = [{ [query.sortBy]: query.sortOrder }, { id: query.sortOrder }];
      const page = prisma.user.findMany({ where, select: userFields, orderBy, skip: query.offset, take: query.limit });
      // A search counts its matches; without one, the total comes from the trigger-kept counts (user-counts.ts).
      const count = query.search !== undefined ? prisma.user.count({ where }) : userCountQuery(prisma, query.role, countedStates(query.active, visibility));
      // A search should find its matches through the pg_trgm indexes (a bitmap scan) and sort them. The planner,
      // assuming matches spread evenly, prefers to walk the sort column's btree and filter every row it meets: for a
      // common name late in that order (q=virginia, sort=name) that reads nearly the whole table, about 2 s per page
      // at 1M users (`npm run bench -- scale`). So plain index scans are off for this transaction only (bitmap and
      // index-only scans stay). Below 3 characters no trigram narrows a search, and the walk is then the better plan.
      if (query.search !== undefined && query.search.length >= 3) {
        const [, users, counted] = await prisma.$transaction([prisma.$executeRaw`SET LOCAL enable_indexscan = off`, page, count]);
        return { users, total: countOf(counted) };
      }
      // Deep pages: OFFSET skips its rows one by one, and reading whole rows visits each skipped row in the table too
      // (page 5000 of 20: 100,000 heap fetches). Selecting only the page's ids lets an index-only scan skip them
      // (the created_at listings have an index on their filter and order, see schema.prisma); then only those rows
      // are read, with the filter applied again: a row changed in between shows as it is now, or drops out of the page.
      if (query.offset >= DEEP_OFFSET) {
        const [ids, counted] = await prisma.$transaction([
          prisma.user.findMany({ where, select: { id: true }, orderBy, skip: query.offset, take: query.limit }),
          count,
        ]);
        const rows = await prisma.user.findMany({ where: { AND: [where, { id: { in: ids.map(({ id }) => id) } }] }, select: userFields });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return { users: ids.flatMap(({ id }) => byId.get(id) ?? []), total: countOf(counted) };
      }
      // The page and the count side by side on two connections: one round trip to wait for instead of four in a
      // transaction (BEGIN, page, count, COMMIT), which sequential requests on a busy machine measured as most of the
      // latency of page 1 (`npm run bench -- scale`). Each is exact for its own snapshot; the two are microseconds apart.
      const [users, counted] = await Promise.all([page, count]);
      return { users, total: countOf(counted) };
    },

    details: (user, include) => loadUserDetails(prisma, user, include),

    async update(id: string, changes: UserChanges, visibility: Visibility): Promise<{ before: User; after: User }> {
      try {
        return await prisma.$transaction(async (tx) => {
          const before = await find(id, visibility, tx);
          if (!before) throw notFound('User');
          const after = await tx.user.update({
            where: { id: before.id },
            data: {
              ...(changes.email !== undefined ? { email: changes.email.trim(), emailNormalized: normalize(changes.email) } : {}),
              ...(changes.name !== undefined ? { name: changes.name } : {}),
              ...(changes.username !== undefined ? { username: changes.username, usernameNormalized: normalize(changes.username) } : {}),
              ...(changes.role !== undefined ? { role: changes.role } : {}),
            },
            select: userFields,
          });
          const changed = changesBetween(before, after);
          if (Object.keys(changed).length > 0) await events.publish(tx, { type: 'user.updated', user: after, changes: changed });
          return { before, after };
        });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'P2025') throw notFound('User');
        conflictOrRethrow(error);
      }
    },

    async hardDelete(id: string, visibility: Visibility, actor: string): Promise<User> {
      return prisma.$transaction(async (tx) => {
        const user = await find(id, visibility, tx);
        if (!user) throw notFound('User');
        const { count } = await tx.user.deleteMany({ where: { id: user.id } });
        if (count === 0) throw notFound('User');
        await events.publish(tx, { type: 'user.deleted', user, deletedBy: actor, hard: true });
        return user;
      });
    },

    async softDelete(id: string, actor: string): Promise<User> {
      if (!isUuid(id)) throw notFound('User');
      return prisma.$transaction(async (tx) => {
        const now = new Date();
        const { count } = await tx.user.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } });
        if (count === 0) throw notFound('User');
        await tx.userToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: now } });
        const user = await tx.user.findUniqueOrThrow({ where: { id }, select: userFields });
        await events.publish(tx, { type: 'user.deleted', user, deletedBy: actor, hard: false });
        return user;
      });
    },
  };
}
