/**
 * npm run bench -- v1 [--duration S --connections N --warmup S --rounds N]
 *
 * The real v1 Users API, `buildApp` from src/app.ts, against a hand-written plain Fastify twin of its routes doing the
 * same work per request (credential hook, rate limit, domain service, representation; Fastify's own Ajv and
 * fast-json-stringify), both on one database seeded with 1,000 users and an admin API key. Each scenario is first
 * checked to give the same status and body on both servers; then median of alternating rounds. The database is
 * in-memory PGlite, or, with DATABASE_URL, a scratch database on that server, dropped after the run.
 */
import os from 'node:os';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createApiKeyService } from '../../src/domain/credentials/api-keys.ts';
import { createUserService } from '../../src/domain/users/users.ts';
import { compareSides } from './compare.ts';
import { mainThreadCpu } from './cpu-time.ts';
import { closeOnExit } from './close-on-exit.ts';
import { listen } from './listen.ts';
import { log, readLoadOptions } from './plan.ts';
import { plainV1App } from './plain-v1.ts';
import { v1Checks, v1Scenarios } from './scenario.ts';
import { cpuMicros, formatTable, loadAverage, ms, ratio, reqPerSec } from './table.ts';
import { openBenchDatabase, seedV1 } from './v1-database.ts';
import { responseMismatch, verifySameResponse } from './verify.ts';

const TARGET_RATIO = 0.95;
const USERS = 1000;
/** The highest limit RATE_LIMIT_PER_MINUTE and an API key accept: far above what a run sends in a minute. */
export const RATE_LIMIT = 1_000_000;

export async function v1Bench(argv: string[], smoke: boolean): Promise<void> {
  const { plan } = readLoadOptions(argv, smoke);
  await closeOnExit(async (onClose) => {
    log('v1: opening and seeding the database');
    const bench = await openBenchDatabase(process.env.DATABASE_URL || undefined);
    onClose(() => bench.close());
    const { prisma } = bench.db;
    const seed = await seedV1(bench.db, smoke ? 50 : USERS, RATE_LIMIT);
    const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
    const framework = await buildApp({ config, db: bench.db });
    onClose(() => framework.close());
    const plain = await plainV1App({
      apiKeys: createApiKeyService(prisma, { defaultRateLimitPerMinute: RATE_LIMIT }),
      users: createUserService(prisma),
      rateLimitPerMinute: RATE_LIMIT,
    });
    onClose(() => plain.close());
    const baseUrls = { framework: await listen(framework), plain: await listen(plain) };

    const scenarios = v1Scenarios(seed);
    for (const scenario of scenarios) await verifySameResponse(scenario, baseUrls);
    const mismatches: string[] = [];
    for (const check of v1Checks(seed)) {
      const mismatch = await responseMismatch(check, baseUrls);
      if (mismatch) mismatches.push(mismatch);
    }
    console.log(
      `v1 Users API on ${bench.label}; node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}\n` +
        `framework (buildApp) | plain (hand-written Fastify, same hooks and domain calls); ${seed.users} users; ` +
        `${plan.load.connections} connections, median of ${plan.rounds} x ${plan.load.duration}s, rotating order\n`,
    );
    const rows: string[][] = [];
    for (const scenario of scenarios) {
      const cpu = { framework: mainThreadCpu, plain: mainThreadCpu };
      const { sides, anomalies } = await compareSides(scenario.name, baseUrls, scenario.request, scenario.expectStatus, plan, log, cpu);
      const r = sides.framework.requestsPerSecond / sides.plain.requestsPerSecond;
      rows.push([
        scenario.name,
        reqPerSec(sides.framework.requestsPerSecond),
        reqPerSec(sides.plain.requestsPerSecond),
        `${ratio(r)}${r >= TARGET_RATIO ? '' : ' (<0.95)'}`,
        ms(sides.framework.p99),
        ms(sides.plain.p99),
        cpuMicros(sides.framework.cpuPerRequest),
        cpuMicros(sides.plain.cpuPerRequest),
        `${Math.round(Math.max(sides.framework.spread, sides.plain.spread) * 100)}%`,
      ]);
      for (const a of anomalies) mismatches.push(`${scenario.name}: ${a}`);
    }
    console.log(formatTable(['scenario', 'framework req/s', 'plain req/s', 'ratio', 'fw p99', 'plain p99', 'fw CPU/req', 'plain CPU/req', 'spread'], rows));
    for (const line of mismatches) console.log(`warning: ${line}`);
  });
}
