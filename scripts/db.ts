/**
 * npm run db -- migrate      apply pending migrations to DATABASE_URL, or to the PGlite DATA_DIR (./data)
 * npm run db -- new NAME     add prisma/migrations/<timestamp>_<name>/ for what changed in schema.prisma
 * npm run db -- check        fail when schema.prisma and the migrations disagree (CI)
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDatabaseConfig, loadDotEnv, type Environment } from '../src/config.ts';
import { applyMigrations, checkMigrations, createMigration } from '../src/db/migrate.ts';
import { defaultPrismaPaths, type PrismaPaths } from '../src/db/migration-files.ts';

const USAGE = `usage: npm run db -- <command>
  migrate     apply pending migrations to DATABASE_URL, or to the PGlite directory DATA_DIR (default ./data)
  new NAME    create prisma/migrations/<timestamp>_NAME/migration.sql from the changes in schema.prisma
  check       exit non-zero when schema.prisma and the migrations disagree`;

export type DbCliContext = {
  paths: PrismaPaths;
  env: Environment;
  out: (line: string) => void;
  err: (line: string) => void;
};

function defaultContext(): DbCliContext {
  return {
    paths: defaultPrismaPaths,
    env: process.env,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

async function migrate(ctx: DbCliContext): Promise<number> {
  // Loaded here so that `new` and `check` work before generated/prisma is (re)generated.
  const { openDatabase } = await import('../src/db/database.ts');
  const { databaseUrl, dataDir } = loadDatabaseConfig(ctx.env);
  const db = await openDatabase({ databaseUrl, dataDir });
  try {
    const applied = await applyMigrations(db, ctx.paths.migrationsDir);
    const where = databaseUrl ? 'DATABASE_URL' : `PGlite in ${dataDir}`;
    if (applied.length === 0) ctx.out(`${where} is up to date`);
    for (const name of applied) ctx.out(`applied ${name} to ${where}`);
    return 0;
  } finally {
    await db.close();
  }
}

async function create(ctx: DbCliContext, name: string | undefined): Promise<number> {
  if (!name) {
    ctx.err('usage: npm run db -- new NAME');
    return 2;
  }
  const result = await createMigration(name, ctx.paths);
  if (!result.created) {
    ctx.out('no changes: schema.prisma matches the migrations');
    return 0;
  }
  ctx.out(`created ${relative(process.cwd(), result.path)}\n\n${result.script.trim()}`);
  return 0;
}

async function check(ctx: DbCliContext): Promise<number> {
  const result = await checkMigrations(ctx.paths);
  if (result.ok) {
    ctx.out('ok: schema.prisma matches the migrations');
    return 0;
  }
  for (const problem of result.problems) ctx.err(`db check: ${problem}`);
  return 1;
}

/** Runs one command and returns the process exit code. */
export async function runDbCli(
  args: string[],
  context: Partial<DbCliContext> = {},
): Promise<number> {
  const ctx = { ...defaultContext(), ...context };
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'migrate':
        return await migrate(ctx);
      case 'new':
        return await create(ctx, rest.join(' '));
      case 'check':
        return await check(ctx);
      case 'help':
      case '--help':
        ctx.out(USAGE);
        return 0;
      default:
        ctx.err(command === undefined ? USAGE : `unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    ctx.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isMain()) {
  loadDotEnv();
  process.exitCode = await runDbCli(process.argv.slice(2));
}
