/**
 * `npm run faults`: outages and crashes against real processes. Starts its own PostgreSQL and Redis on private
 * ports (never the shared ones) and two instances of the service against them, runs each fault, prints a table.
 */
import { applyMigrations, openDatabase } from '../../src/db/index.ts';
import { privatePostgresUnavailable, startPrivatePostgres } from '../../src/harness/postgres-server.ts';
import { databaseDown, redisDownAndBack, sigkillWithDeliveriesPending, sigtermUnderLoad, type Faults, type Row } from './scenarios.ts';
import { startPrivateRedis, startService } from './services.ts';

const DEADLINE_MS = 6 * 60_000;

/** A Markdown table, left-aligned. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

async function main(): Promise<number> {
  const unavailable = privatePostgresUnavailable();
  if (unavailable) {
    process.stderr.write(`npm run faults needs a PostgreSQL server it can start: ${unavailable}\n`);
    return 2;
  }
  const watchdog = setTimeout(() => {
    process.stderr.write(`faults: still running after ${DEADLINE_MS / 60_000} min; giving up\n`);
    process.exit(3);
  }, DEADLINE_MS).unref();
  const cleanups: Array<() => Promise<unknown>> = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    process.stdout.write('starting PostgreSQL, Redis and two instances of the service on private ports...\n');
    const postgres = await startPrivatePostgres();
    cleanups.push(() => postgres.destroy());
    const redis = await startPrivateRedis();
    cleanups.push(() => redis.stop());
    const db = await openDatabase({ databaseUrl: postgres.url, dataDir: 'memory://' });
    cleanups.push(() => db.close());
    await applyMigrations(db);
    const adminKey = `ak_faults${'x'.repeat(40)}`;
    const env = {
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      ADMIN_API_KEY: adminKey,
      RATE_LIMIT_PER_MINUTE: '1000000',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    };
    const instances = await Promise.all([startService(env), startService(env)]);
    const faults: Faults = { postgres, redis, db, env, adminKey, instances };
    cleanups.push(async () => {
      for (const instance of faults.instances) if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
      await Promise.all(faults.instances.map((instance) => instance.exited));
    });
    // the ADMIN_API_KEY gets the default limit: raise it so load is never limited
    await db.prisma.apiKey.updateMany({ data: { rateLimitPerMinute: 1_000_000 } });

    const rows: Row[] = [];
    for (const scenario of [databaseDown, redisDownAndBack, sigkillWithDeliveriesPending, sigtermUnderLoad]) {
      process.stdout.write(`running ${scenario.name}...\n`);
      const started = Date.now();
      const row = await scenario(faults).catch((error: unknown): Row => ({ scenario: scenario.name, ok: false, details: `failed: ${String(error)}` }));
      rows.push({ ...row, details: `${row.details} [${((Date.now() - started) / 1000).toFixed(0)} s]` });
    }
    process.stdout.write(`\n${table(['fault', 'result', 'what happened'], rows.map((row) => [row.scenario, row.ok ? 'ok' : 'FAILED', row.details]))}\n`);
    return rows.every((row) => row.ok) ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    await cleanUp();
  }
}

process.exit(await main());
