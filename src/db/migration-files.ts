import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { projectRoot } from '../project-root.ts';
import type { SchemaFile } from './schema-engine.ts';

export const LOCKFILE_NAME = 'migration_lock.toml';
export const MIGRATION_SCRIPT = 'migration.sql';

/** Where the schema and migrations live: the repository's by default, a copy in tests. */
export type PrismaPaths = { schemaPath: string; migrationsDir: string };

export const defaultPrismaPaths: PrismaPaths = {
  schemaPath: join(projectRoot, 'prisma', 'schema.prisma'),
  migrationsDir: join(projectRoot, 'prisma', 'migrations'),
};

export async function readSchemaFiles(schemaPath: string): Promise<SchemaFile[]> {
  const path = resolve(schemaPath);
  return [{ path, content: await readFile(path, 'utf8') }];
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Reads `migrationsDir` the way the Prisma CLI hands it to the schema engine. */
export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = resolve(migrationsDir);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const script = await readOptional(join(baseDir, name, MIGRATION_SCRIPT));
      return {
        path: name,
        migrationFile: {
          path: MIGRATION_SCRIPT,
          content:
            script === null
              ? { tag: 'error' as const, value: `${MIGRATION_SCRIPT} is missing in ${name}` }
              : { tag: 'ok' as const, value: script },
        },
      };
    }),
  );
  return {
    baseDir,
    lockfile: {
      path: LOCKFILE_NAME,
      content: await readOptional(join(baseDir, LOCKFILE_NAME)),
    },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export function migrationNames(list: MigrationList): string[] {
  return list.migrationDirectories.map((dir) => basename(dir.path));
}
