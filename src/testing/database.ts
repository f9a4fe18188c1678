import { applyMigrations, createPostgresDatabase, openDatabase, type Database } from '../db/index.ts';
export { createPostgresDatabase } from '../db/index.ts';

export type TestDatabase = {
  db: Database;
  /** The PostgreSQL URL of the database, for code that connects by URL; undefined on PGlite. */
  url: string | undefined;
  cleanup(): Promise<void>;
};

/**
 * A migrated database of its own for a test file: in-memory PGlite, or, when
 * TEST_DATABASE_URL names a PostgreSQL server, a fresh database there that
 * `cleanup` drops. Open one per file (beforeAll) and share it between its tests.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: 'memory://' });
    return migrated(db, undefined, () => db.close());
  }
  const postgres = await createPostgresDatabase(serverUrl);
  const db = await openDatabase({ databaseUrl: postgres.url, dataDir: 'memory://' });
  return migrated(db, postgres.url, async () => {
    await db.close();
    await postgres.drop();
  });
}

async function migrated(db: Database, url: string | undefined, cleanup: () => Promise<void>): Promise<TestDatabase> {
  try {
    await applyMigrations(db);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { db, url, cleanup };
}
