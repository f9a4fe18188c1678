import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { applyMigrations, createPostgresDatabase, openDatabase, type Database } from '../../src/db/index.ts';
import { toV1Id } from '../../src/representations/users.ts';
import { createApiKeyService } from '../../src/domain/credentials/api-keys.ts';
import { hashPassword } from '../../src/domain/users/passwords.ts';
import { serverLabel } from './table.ts';

/** One SQL statement with positional parameters, straight to the driver: rows as the driver parses them. */
export type RawQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export interface BenchDatabase {
  db: Database;
  /** For the heading of the v1 table. */
  label: string;
  /** The same database without Prisma, or why there is none. */
  raw: { query: RawQuery; via: string } | { unavailable: string };
  /** Closes everything; for PostgreSQL also drops the scratch database. Idempotent. */
  close(): Promise<void>;
}


/**
 * The PGlite instance behind Prisma: `openDatabase` keeps it private, but the adapter the factory connects holds it
 * as `client` (pglite-prisma-adapter 0.7). Duck-typed, so a change there only turns the raw line off.
 */
async function pgliteOf(db: Database): Promise<PGlite | undefined> {
  const adapter = (await db.adapterFactory.connect()) as unknown as { client?: unknown };
  const client = adapter.client as { query?: unknown; exec?: unknown } | undefined;
  return client && typeof client.query === 'function' && typeof client.exec === 'function' ? (client as PGlite) : undefined;
}

/**
 * PGlite in memory by default; with `serverUrl` (DATABASE_URL), a scratch database created on that server for this run
 * and dropped by `close`, so the bench never reads or writes real data. Migrated, empty.
 */
export async function openBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      await applyMigrations(db);
      const client = await pgliteOf(db);
      return {
        db,
        label: 'PGlite (in-memory, in this process)',
        raw: client
          ? { query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, params)).rows, via: "PGlite's own query() on the same instance" }
          : { unavailable: 'the PGlite instance behind Prisma is not reachable; set DATABASE_URL for the raw pg line' },
        close: () => db.close(),
      };
    } catch (error) {
      await db.close();
      throw error;
    }
  }

  const scratch = await createPostgresDatabase(serverUrl);
  const name = new URL(scratch.url).pathname.slice(1);
  let db: Database | undefined;
  let pool: pg.Pool | undefined;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      try {
        await pool?.end();
        await db?.close();
      } finally {
        await scratch.drop();
      }
    })());
  try {
    db = await openDatabase({ databaseUrl: scratch.url, dataDir: 'memory://' });
    await applyMigrations(db);
    // The same pool size (pg's default, 10) and session time zone as Prisma's adapter-pg in src/db.
    pool = new pg.Pool({ connectionString: scratch.url, options: '-c TimeZone=UTC' });
    // pool.end() does not wait for its idle connections to close: the drop's FORCE may end one first, and a pool
    // without a listener would crash the process over it
    pool.on('error', (error) => {
      if (closing === undefined) console.error(`raw pool: ${error.message}`);
    });
    const rawPool = pool;
    return {
      db,
      label: `PostgreSQL (scratch database ${name} on ${serverLabel(serverUrl)}, dropped after the run)`,
      raw: { query: async (sql, params) => (await rawPool.query<Record<string, unknown>>(sql, params)).rows, via: 'a pg.Pool of 10 on the same database' },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface V1Seed {
  /** An admin key whose limit no run reaches. */
  apiKey: string;
  /** A seeded user's id in v1 form (`user_` + 32 hex digits). */
  userId: string;
  users: number;
}

/**
 * `count` users written directly with Prisma (one password hash for all: argon2 is not what is measured), created a
 * second apart so the default order is by creation, and one admin API key with `rateLimitPerMinute`.
 */
export async function seedV1(db: Database, count: number, rateLimitPerMinute: number): Promise<V1Seed> {
  const passwordHash = await hashPassword('bench-password-not-used');
  const start = Date.UTC(2024, 0, 1);
  const roles = ['user', 'user', 'user', 'moderator', 'guest'] as const;
  await db.prisma.user.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const at = new Date(start + i * 1000);
      const username = `bench_user_${i}`;
      const email = `Bench.User${i}@example.com`;
      return {
        email,
        emailNormalized: email.toLowerCase(),
        name: `Bench User ${i}`,
        // every tenth user has no username, as users created from a name alone do
        username: i % 10 === 0 ? null : username,
        usernameNormalized: i % 10 === 0 ? null : username,
        passwordHash,
        role: roles[i % roles.length]!,
        createdAt: at,
        updatedAt: at,
      };
    }),
  });
  const middle = await db.prisma.user.findFirstOrThrow({
    where: { emailNormalized: `bench.user${Math.floor(count / 2) + 1}@example.com` },
    select: { id: true },
  });
  const apiKeys = createApiKeyService(db.prisma, { defaultRateLimitPerMinute: rateLimitPerMinute });
  const { key } = await apiKeys.createApiKey({ name: 'bench', role: 'admin', rateLimitPerMinute });
  return { apiKey: key, userId: toV1Id(middle.id), users: count };
}
