import { makeDirectory } from './make-directory.ts';
import { resolve } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { lockDirectory, type DirLock } from './dir-lock.ts';
import { DrainingPGlite } from './draining-pglite.ts';
import { pgliteAdapterFactory } from './pglite-adapter.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly prisma: PrismaClient;
  readonly kind: DatabaseKind;
  /** What the schema engine connects through to migrate this database. */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * For a PGlite directory: notes in it that this process serves HTTP at `url`, so a command the directory's lock turns
   * away (`npm run keys`) can go through the server instead. Nothing for PostgreSQL or an in-memory database.
   */
  noteServing(url: string): Promise<void>;
  /** Disconnects, and for PGlite closes it and releases its directory. Idempotent. */
  close(): Promise<void>;
}

export type OpenDatabaseOptions = {
  /** PostgreSQL connection string; when absent, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory://` for an in-memory database. */
  dataDir: string;
};

const MEMORY = 'memory://';

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}

function onceOnly(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/**
 * Both driver adapters write timestamps as UTC without an offset, which the server
 * reads in the session time zone: pin it to UTC so stored instants are right.
 */
const UTC_SESSION = '-c TimeZone=UTC';

/** A server that does not answer (down, or a host that drops packets) fails a query after this long instead of never. */
const CONNECT_TIMEOUT_MS = 5_000;

function openPostgres(connectionString: string): Database {
  const adapterFactory = new PrismaPg({ connectionString, options: UTC_SESSION, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    kind: 'postgres',
    adapterFactory,
    noteServing: async () => {},
    close: onceOnly(() => prisma.$disconnect()),
  };
}

/** PGlite takes its time zone from the host; it has one session, so set it once. */
async function startPglite(dataDir: string): Promise<DrainingPGlite> {
  const client = await DrainingPGlite.open({ dataDir });
  try {
    await client.exec(`SET TIME ZONE 'UTC'`);
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}

async function openPglite(dataDir: string): Promise<Database> {
  if (dataDir.startsWith(MEMORY)) {
    return pgliteDatabase(await startPglite(dataDir), { noteServing: async () => {}, release: async () => {} });
  }
  const dir = resolve(dataDir);
  await makeDirectory(dir);
  const lock = await lockDirectory(dir, { displayName: dataDir });
  try {
    return pgliteDatabase(await startPglite(dir), lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

function pgliteDatabase(client: DrainingPGlite, lock: DirLock): Database {
  const adapterFactory = pgliteAdapterFactory(client);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    kind: 'pglite',
    adapterFactory,
    noteServing: (url) => lock.noteServing(url),
    close: onceOnly(async () => {
      try {
        await prisma.$disconnect();
        await client.close();
      } finally {
        await lock.release();
      }
    }),
  };
}
