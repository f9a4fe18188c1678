import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPrismaPaths, type PrismaPaths } from '../src/db/migration-files.ts';
import { createPostgresDatabase } from '../src/testing/database.ts';
import { runDbCli, type DbCliContext } from './db.ts';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'db-cli-test-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A copy of the repository's schema and migrations that a test may change. */
async function copyOfPrisma(name: string): Promise<PrismaPaths> {
  const dir = join(root, name);
  const paths = { schemaPath: join(dir, 'schema.prisma'), migrationsDir: join(dir, 'migrations') };
  await cp(defaultPrismaPaths.schemaPath, paths.schemaPath);
  await cp(defaultPrismaPaths.migrationsDir, paths.migrationsDir, { recursive: true });
  return paths;
}

async function cli(args: string[], context: Partial<DbCliContext> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDbCli(args, {
    env: {},
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ...context,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run db -- check', () => {
  it('passes on the repository', async () => {
    expect(await cli(['check'])).toEqual({
      code: 0,
      out: 'ok: schema.prisma matches the migrations',
      err: '',
    });
  });

  it('fails without a migration lock file', async () => {
    const paths = await copyOfPrisma('no-lock');
    await rm(join(paths.migrationsDir, 'migration_lock.toml'));
    const result = await cli(['check'], { paths });
    expect(result.code).toBe(1);
    expect(result.err).toContain('migration_lock.toml is missing');
  });
});

describe('npm run db -- new, on a schema with an extra field', () => {
  let paths: PrismaPaths;

  beforeAll(async () => {
    paths = await copyOfPrisma('extra-field');
    const schema = await readFile(paths.schemaPath, 'utf8');
    await writeFile(paths.schemaPath, schema.replace('model User {\n', 'model User {\n  nickname String?\n'));
  });

  it('makes check fail and name the change', async () => {
    const result = await cli(['check'], { paths });
    expect(result.code).toBe(1);
    expect(result.err).toContain('differs from what the migrations');
    expect(result.err).toContain('ALTER TABLE "users" ADD COLUMN     "nickname" TEXT;');
  });

  it('creates the migration, after which there is nothing left to create', async () => {
    const before = await readdir(paths.migrationsDir);
    const created = await cli(['new', 'Add nickname!'], { paths });
    expect(created.code).toBe(0);
    const added = (await readdir(paths.migrationsDir)).filter((name) => !before.includes(name));
    expect(added).toEqual([expect.stringMatching(/^\d{14}_add_nickname$/)]);
    expect(added[0]! > before.filter((name) => /^\d{14}_/.test(name)).sort().at(-1)!).toBe(true);
    const sql = await readFile(join(paths.migrationsDir, added[0]!, 'migration.sql'), 'utf8');
    expect(sql).toContain('ADD COLUMN     "nickname" TEXT');

    expect(await cli(['new', 'again'], { paths })).toEqual({
      code: 0,
      out: 'no changes: schema.prisma matches the migrations',
      err: '',
    });
    expect(await readdir(paths.migrationsDir)).toHaveLength(before.length + 1);
  });
});

describe('npm run db -- migrate', () => {
  it('applies pending migrations to the PGlite DATA_DIR once, whatever the variables only the server reads say', async () => {
    const env = { DATA_DIR: join(root, 'data'), PORT: 'not a port', LOG_LEVEL: 'loud' };
    const first = await cli(['migrate'], { env });
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^applied \d{14}_init to PGlite in /);
    expect(await cli(['migrate'], { env })).toMatchObject({ code: 0, out: expect.stringMatching(/is up to date$/) });
  });

  it.runIf(process.env.TEST_DATABASE_URL)('applies pending migrations to DATABASE_URL', async () => {
    const postgres = await createPostgresDatabase(process.env.TEST_DATABASE_URL!);
    try {
      const env = { DATABASE_URL: postgres.url };
      expect((await cli(['migrate'], { env })).out).toMatch(/^applied \d{14}_init to DATABASE_URL/);
      expect((await cli(['migrate'], { env })).out).toBe('DATABASE_URL is up to date');
    } finally {
      await postgres.drop();
    }
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, naming it, before opening anything', async () => {
    const dataDir = join(root, 'untouched');
    const result = await cli(['migrate'], { env: { DATABASE_URL: 'mysql://localhost/users', DATA_DIR: dataDir } });
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'Invalid configuration:\n  DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got mysql://...)',
    });
    await expect(readdir(dataDir)).rejects.toThrow(/ENOENT/);
  });

  it('rejects unknown commands with usage', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown command "frobnicate"');
  });
});
