export { openDatabase } from './database.ts';
export type { Database, DatabaseKind, OpenDatabaseOptions } from './database.ts';
export { createPostgresDatabase } from './scratch-postgres.ts';
export { DatabaseInUseError } from './dir-lock.ts';
export { applyMigrations, checkMigrations, createMigration, pendingSchemaChanges } from './migrate.ts';
export type { CheckResult, CreateMigrationResult } from './migrate.ts';
export { defaultPrismaPaths } from './migration-files.ts';
export type { PrismaPaths } from './migration-files.ts';
export * from '../../generated/prisma/client.ts';
