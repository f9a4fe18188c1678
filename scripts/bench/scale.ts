/**
 * npm run bench -- scale [--users N --warmup N --requests N --budget S --q TEXT --keep]
 *   defaults: 1,000,000 users, 50 warm-up + 200 timed requests per scenario, at most 20 s of timed requests each
 *   (but at least 10) and 5 s of warm-up,
 *   --q anna,virginia (one search scenario per comma-separated text; both are first names: Anna sorts early, Virginia
 *   late, which is what decides the plan a LIMIT 20 search sorted by name gets)
 *
 * Needs DATABASE_URL naming a PostgreSQL server. Creates a scratch database there, applies the migrations, bulk-loads
 * N users with INSERT ... SELECT generate_series (see scripts/bench/scale/load.ts), starts the real app (buildApp) on
 * 127.0.0.1 and measures GET /api/v2/users with sequential requests: p50 and p99 per scenario, for an admin API key
 * (which sees soft-deleted users) and a standard one (which does not: `deleted_at IS NULL` in every query), the two
 * keys' requests timed in alternating turns. Then prints
 * the SQL Prisma sent for each scenario (from its query log) with a short EXPLAIN ANALYZE. The scratch database is
 * dropped at the end, also on failure or Ctrl-C, unless --keep is given (then its URL is printed).
 * Each scenario's first answer is checked against hand-written SQL (same page ids, same total); a mismatch is printed
 * and makes the exit code 1. Otherwise it reports and asserts nothing.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { applyMigrations, createPostgresDatabase } from '../../src/db/index.ts';
import { createApiKeyService } from '../../src/domain/credentials/api-keys.ts';
import { hashPassword } from '../../src/domain/users/passwords.ts';
import { closeOnExit } from './close-on-exit.ts';
import { listen } from './listen.ts';
import { log } from './plan.ts';
import { formatTable, loadAverage, ms, serverLabel } from './table.ts';
import { displaySql, explain, loggingPostgresDatabase, type LoggedQuery } from './scale/explain.ts';
import { loadUsers } from './scale/load.ts';
import { get, measureInTurns, type Measurement, type MeasurePlan } from './scale/measure.ts';
import { answerMismatch, scenarioPath, scenarios, type Scenario } from './scale/scenarios.ts';
import { measureWriteCost } from './scale/write-cost.ts';

const RATE_LIMIT = 1_000_000;

interface Options {
  users: number;
  plan: MeasurePlan;
  q: string[];
  keep: boolean;
}

function readOptions(argv: string[], smoke: boolean): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: 'string' },
      warmup: { type: 'string' },
      requests: { type: 'string' },
      budget: { type: 'string' },
      q: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const count = (name: string, raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got ${raw}`);
    return n;
  };
  return {
    users: count('users', values.users, smoke ? 2_000 : 1_000_000, 1),
    plan: {
      warmup: count('warmup', values.warmup, smoke ? 2 : 50, 0),
      requests: count('requests', values.requests, smoke ? 5 : 200, 1),
      budgetSeconds: count('budget', values.budget, smoke ? 1 : 20, 1),
      minRequests: smoke ? 1 : 10,
    },
    q: (values.q ?? (smoke ? 'anna' : 'anna,virginia')).split(',').filter((q) => q !== ''),
    keep: values.keep ?? false,
  };
}


/** `npm run bench -- scale`: see the top of this file. */
export async function scaleBench(argv: string[], smoke: boolean): Promise<void> {
  const options = readOptions(argv, smoke);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL must name a PostgreSQL server (a scratch database is created there and dropped)');

  await closeOnExit(async (onClose) => {
    const scratch = await createPostgresDatabase(serverUrl);
    const scratchName = new URL(scratch.url).pathname.slice(1);
    if (options.keep) onClose(async () => console.log(`\nkept scratch database: ${scratch.url}`));
    else onClose(() => scratch.drop());

    const client = new pg.Client({ connectionString: scratch.url, options: '-c TimeZone=UTC' });
    await client.connect();
    onClose(() => client.end());
    const { rows: [server] } = await client.query<{ version: string; shared_buffers: string; work_mem: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers,
              current_setting('work_mem') AS work_mem`,
    );
    console.log(
      `bench scale: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}; PostgreSQL ${server?.version} at ` +
        `${serverLabel(serverUrl)} (shared_buffers ${server?.shared_buffers}, work_mem ${server?.work_mem}); scratch database ${scratchName}; ` +
        `load average ${loadAverage()}`,
    );

    const logging = loggingPostgresDatabase(scratch.url);
    onClose(() => logging.db.close());
    log('applying migrations');
    const applied = await applyMigrations(logging.db);
    console.log(`migrations: ${applied.join(', ')}`);

    log(`loading ${options.users.toLocaleString('en-US')} users`);
    const timings = await loadUsers(client, options.users, await hashPassword('bench-scale password'), log);
    const { rows: [stats] } = await client.query<{ users: string; deleted: string; moderators: string; size: string }>(
      `SELECT count(*) AS users, count(*) FILTER (WHERE deleted_at IS NOT NULL) AS deleted,
              count(*) FILTER (WHERE role = 'moderator' AND deleted_at IS NULL) AS moderators,
              pg_size_pretty(pg_total_relation_size('users')) AS size FROM users`,
    );
    console.log(
      `\nload: ${timings.total.toFixed(1)} s (${timings.phases.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join('; ')})\n` +
        `users: ${Number(stats?.users).toLocaleString('en-US')} (${Number(stats?.deleted).toLocaleString('en-US')} soft-deleted, ` +
        `${Number(stats?.moderators).toLocaleString('en-US')} active moderators); users table with indexes ${stats?.size}`,
    );
    const { rows: indexRows } = await client.query<{ name: string; size: string }>(
      `SELECT c.relname AS name, pg_size_pretty(pg_relation_size(c.oid)) AS size
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'users'::regclass ORDER BY c.relname`,
    );
    console.log(`indexes on users: ${indexRows.map((r) => `${r.name} (${r.size})`).join(', ')}`);

    const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), DATABASE_URL: scratch.url });
    const app: FastifyInstance = await buildApp({ config, db: logging.db });
    onClose(() => app.close());
    // Logs are silent: keep what made a request fail, for the report.
    const serverErrors = new Map<string, number>();
    app.addHook('onError', async (_request, _reply, error) => {
      const message = error.message.replace(/\s+/g, ' ').replace(/\d+/g, 'N').slice(0, 400);
      serverErrors.set(message, (serverErrors.get(message) ?? 0) + 1);
    });
    const baseUrl = await listen(app);
    const apiKeys = createApiKeyService(logging.db.prisma, { defaultRateLimitPerMinute: RATE_LIMIT });
    const keys = {
      admin: (await apiKeys.createApiKey({ name: 'bench-scale admin', role: 'admin' })).key,
      standard: (await apiKeys.createApiKey({ name: 'bench-scale standard', role: 'standard' })).key,
    };
    const plan = options.plan;
    console.log(
      `\napp ${baseUrl} (buildApp, adapter-pg); sequential requests, ${plan.warmup} warm-up + ${plan.requests} timed per scenario ` +
        `(fewer when ${plan.budgetSeconds} s run out, at least ${plan.minRequests}; warm-up at most ${plan.budgetSeconds / 4} s); ` +
        `latency = request sent to body read\n`,
    );

    const measured = new Map<Scenario, { total: number | undefined; m: Measurement; queries: LoggedQuery[] }>();
    const mismatches: string[] = [];
    const all = scenarios(options.q);
    // each listing is timed for both keys in turns, so neither key's figures carry a quieter or busier stretch
    for (const name of new Set(all.map((scenario) => scenario.name))) {
      const group = all.filter((scenario) => scenario.name === name);
      const firsts: { total: number | undefined; queries: LoggedQuery[] }[] = [];
      for (const scenario of group) {
        const headers = { authorization: `Bearer ${keys[scenario.key]}` };
        let first: { status: number; body: string } | undefined;
        const queries = await logging.capture(async () => {
          first = await get(`${baseUrl}${scenarioPath(scenario)}`, headers);
        });
        const total = first?.status === 200 ? (JSON.parse(first.body) as { total: number }).total : undefined;
        if (first?.status === 200) {
          const mismatch = await answerMismatch(client, scenario, first.body);
          if (mismatch) mismatches.push(`${scenario.key} ${scenario.name}: ${mismatch}`);
        }
        firsts.push({ total, queries });
      }
      log(`${name} (${group.map((scenario) => scenario.key).join(' and ')} keys in turns)`);
      const targets = group.map((scenario) => ({ url: `${baseUrl}${scenarioPath(scenario)}`, headers: { authorization: `Bearer ${keys[scenario.key]}` } }));
      const figures = await measureInTurns(targets, plan);
      group.forEach((scenario, index) => measured.set(scenario, { ...firsts[index]!, m: figures[index]! }));
    }
    const results = all.map((scenario) => ({ scenario, ...measured.get(scenario)! }));

    const header = ['scenario', 'key', 'total', 'warm-up', 'n', 'failed', 'p50', 'p99', 'mean', 'max', 'req/s (1 conn)'];
    console.log(
      formatTable(
        header,
        results.map(({ scenario, total, m }) => [
          scenario.name,
          scenario.key,
          total?.toLocaleString('en-US') ?? 'error',
          String(m.warmup),
          String(m.count),
          m.warmupFailed > 0 ? `${m.failed} (+${m.warmupFailed} in warm-up)` : String(m.failed),
          ms(m.p50),
          ms(m.p99),
          ms(m.mean),
          ms(m.max),
          String(Math.round(1000 / m.mean)),
        ]),
      ),
    );

    log('measuring the write cost of the user_counts triggers');
    const cost = smoke ? await measureWriteCost(client, 2, 20) : await measureWriteCost(client);
    console.log(
      `\nwrite cost of the user_counts triggers (${cost.rounds} alternating rounds of ${cost.writesPerRound} single-row INSERT/UPDATE/DELETE ` +
        `statements): ${cost.withTriggers.toFixed(0)} µs per write with, ${cost.withoutTriggers.toFixed(0)} µs without ` +
        `(${(((cost.withTriggers - cost.withoutTriggers) / cost.withoutTriggers) * 100).toFixed(1)} %)`,
    );
    console.log(`load average after the measurements: ${loadAverage()} (the server, the app and this client share the box)`);
    if (mismatches.length > 0) process.exitCode = 1;
    console.log(
      mismatches.length === 0
        ? `answers checked: page ids and total of each scenario equal hand-written SQL over the same data`
        : mismatches.map((m) => `MISMATCH ${m}`).join('\n'),
    );
    for (const { scenario, m } of results) {
      if (m.firstFailure) console.log(`${scenario.key} ${scenario.name}: first failure: ${m.firstFailure}`);
    }
    for (const [message, count] of serverErrors) console.log(`server error (${count}x, digits shown as N): ${message}`);

    console.log(`\nSQL per scenario (Prisma query log, parameters written in) and EXPLAIN (ANALYZE, BUFFERS), cost estimates left out:`);
    for (const { scenario, queries } of results) {
      console.log(`\n== ${scenario.key} ${scenario.name}: GET ${scenarioPath(scenario)}`);
      // The listing's statements, and any SET LOCAL sent with them: replayed in one transaction, as the app ran them.
      const own = queries.filter((query) => /\bFROM "public"\."(users|user_counts)"/.test(query.query) || /^\s*SET\s/i.test(query.query));
      const others = queries.length - own.length;
      if (others > 0) console.log(`(${others} statement${others === 1 ? '' : 's'} on api_keys for authentication left out)`);
      await client.query('BEGIN');
      try {
        for (const query of own) {
          console.log(`-- ${displaySql(query)}`);
          if (/^\s*SET\s/i.test(query.query)) {
            await client.query(query.query, query.params);
            continue;
          }
          const plan = await explain(client, query);
          for (const line of plan.lines) console.log(`   ${line}`);
        }
      } finally {
        await client.query('ROLLBACK');
      }
    }
  });
}
