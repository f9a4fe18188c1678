/**
 * npm run bench [-- --duration S --connections N --warmup S --rounds N --only petstore|v1]
 *   (defaults: 3, 50, 1, 3, both sections: about 2 min 45 s)
 *
 * In one process, on 127.0.0.1 only, two sections, each printing req/s, p50/p99 latency and the framework/plain ratio
 * (target >= 0.95) per scenario. Each scenario is first checked to give the same status and body bytes on both servers,
 * then loaded with autocannon (in a worker thread) in alternating order.
 *
 * petstore: petstore-expanded (a third-party spec) through (a) the framework (generated module, in-memory handlers)
 *   and (b) a hand-written plain Fastify app with inline schemas; plus Fastify hello world for scale.
 * v1: the real v1 Users API: (a) `buildApp` from src/app.ts, (b) a hand-written plain Fastify twin of its routes doing
 *   the same work per request (credential hook, rate limit, domain service, representation; Fastify's own Ajv and
 *   fast-json-stringify on inline schemas), both on one database seeded with 1,000 users and an admin API key; and
 *   (c) the same GET by id with SQL straight to the driver instead of Prisma, as the database path's limit.
 *   The database is in-memory PGlite, or, when DATABASE_URL is set, a scratch database created on that PostgreSQL
 *   server for the run and dropped after it (also on Ctrl-C), so no real data is read or written.
 * It reports; it asserts nothing (exit 1 only when the servers disagree or the run fails).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createApiKeyService } from '../src/domain/credentials/api-keys.ts';
import { createUserService } from '../src/domain/users/users.ts';
import { compareScenario, measureSingle, type RunPlan, type ScenarioResult } from './bench/compare.ts';
import { plainPetstoreApp } from './bench/plain-petstore.ts';
import { plainV1App } from './bench/plain-v1.ts';
import { rawV1App } from './bench/raw-v1.ts';
import { petstoreScenarios, v1Checks, v1Scenarios, type Scenario } from './bench/scenario.ts';
import { frameworkPetstoreApp, helloWorldApp, listen, seedPets } from './bench/servers.ts';
import { formatTable, ms, ratio, reqPerSec } from './bench/table.ts';
import { openBenchDatabase, seedV1 } from './bench/v1-database.ts';
import { responseMismatch, send, verifySameResponse } from './bench/verify.ts';

const TARGET_RATIO = 0.95;
const PETS = 100;
const USERS = 1000;
/** The highest limit RATE_LIMIT_PER_MINUTE and an API key accept: far above what a run sends in a minute. */
const RATE_LIMIT = 1_000_000;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return n;
}

type Only = 'petstore' | 'v1';

function readOptions(argv: string[]): { plan: RunPlan; only: Only | undefined } {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      only: { type: 'string' },
    },
  });
  if (values.only !== undefined && values.only !== 'petstore' && values.only !== 'v1') {
    throw new Error(`--only must be petstore or v1, got ${values.only}`);
  }
  return {
    plan: {
      load: { duration: positive('duration', values.duration, 3), connections: Math.round(positive('connections', values.connections, 50)) },
      warmup: positive('warmup', values.warmup, 1),
      rounds: Math.round(positive('rounds', values.rounds, 3)),
    },
    only: values.only,
  };
}

function report(results: readonly ScenarioResult[]): string {
  const header = ['scenario', 'framework req/s', 'plain req/s', 'ratio', 'fw p50', 'fw p99', 'plain p50', 'plain p99', 'spread'];
  const rows = results.map(({ scenario, framework, plain, spread }) => {
    const r = framework.requestsPerSecond / plain.requestsPerSecond;
    return [
      scenario.name,
      reqPerSec(framework.requestsPerSecond),
      reqPerSec(plain.requestsPerSecond),
      `${ratio(r)}${r >= TARGET_RATIO ? '' : ' (<0.95)'}`,
      ms(framework.p50),
      ms(framework.p99),
      ms(plain.p50),
      ms(plain.p99),
      `${Math.round(spread * 100)}%`,
    ];
  });
  return formatTable(header, rows);
}

interface Section {
  plan: RunPlan;
  log: (line: string) => void;
  /** Starts an app on a loopback port; it is closed when the section ends. */
  start: (app: FastifyInstance | Promise<FastifyInstance>) => Promise<string>;
  /** Runs when the section ends (after its apps are closed) or when the run is interrupted. */
  onClose: (cleanup: () => Promise<void>) => void;
}

async function petstoreSection({ plan, log, start }: Section): Promise<void> {
  const baseUrls = { framework: await start(frameworkPetstoreApp(seedPets(PETS))), plain: await start(plainPetstoreApp(seedPets(PETS))) };
  const helloUrl = await start(helloWorldApp());
  const scenarios: Scenario[] = petstoreScenarios(baseUrls);
  for (const scenario of scenarios) await verifySameResponse(scenario);
  console.log(`petstore-expanded (third-party spec, in-memory handlers, no database)`);
  console.log(`framework ${baseUrls.framework} | plain ${baseUrls.plain} | ${PETS} pets each; responses verified identical\n`);

  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) results.push(await compareScenario(scenario, plan, log));
  log('hello world');
  const hello = await measureSingle(helloUrl, { method: 'GET', path: '/' }, plan);

  console.log(report(results));
  console.log(`\nFastify hello world (GET /, same box): ${reqPerSec(hello.requestsPerSecond)} req/s, p50 ${ms(hello.p50)}, p99 ${ms(hello.p99)}`);
  printAnomalies(results);
}

async function v1Section({ plan, log, start, onClose }: Section): Promise<void> {
  log('v1: opening and seeding the database');
  const bench = await openBenchDatabase(process.env.DATABASE_URL || undefined);
  onClose(() => bench.close());
  const { prisma } = bench.db;
  const seed = await seedV1(bench.db, USERS, RATE_LIMIT);
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
  const baseUrls = {
    framework: await start(buildApp({ config, db: bench.db })),
    plain: await start(
      plainV1App({
        apiKeys: createApiKeyService(prisma, { defaultRateLimitPerMinute: RATE_LIMIT }),
        users: createUserService(prisma),
        rateLimitPerMinute: RATE_LIMIT,
      }),
    ),
  };
  const rawUrl = 'query' in bench.raw ? await start(rawV1App({ query: bench.raw.query, rateLimitPerMinute: RATE_LIMIT })) : undefined;

  const scenarios = v1Scenarios(baseUrls, seed);
  for (const scenario of scenarios) await verifySameResponse(scenario);
  const checks = v1Checks(baseUrls, seed);
  const mismatches: string[] = [];
  for (const check of checks) {
    const mismatch = await responseMismatch(check);
    if (mismatch) mismatches.push(mismatch);
  }
  const getById = scenarios[0]!;
  if (rawUrl) {
    const [framework, raw] = [await send(baseUrls.framework, getById.request), await send(rawUrl, getById.request)];
    if (framework.status !== raw.status || framework.body !== raw.body) {
      throw new Error(`${getById.name}: the raw pg server disagrees\n  framework: ${framework.status} ${framework.body}\n  raw pg:    ${raw.status} ${raw.body}`);
    }
  }

  console.log(`\nv1 Users API on ${bench.label}`);
  console.log(
    `framework ${baseUrls.framework} (buildApp from src/app.ts) | plain ${baseUrls.plain} (hand-written Fastify, same hooks and domain calls)` +
      `${rawUrl ? ` | raw pg ${rawUrl}` : ''}`,
  );
  console.log(
    `${seed.users.toLocaleString('en-US')} users, one admin API key (limit ${RATE_LIMIT.toLocaleString('en-US')}/min); responses verified identical ` +
      `(${scenarios.length} measured${rawUrl ? ' + raw pg' : ''}; ${checks.length - mismatches.length} of ${checks.length} extra checks)\n`,
  );

  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) results.push(await compareScenario(scenario, plan, log));
  let rawLine: string;
  if (rawUrl && 'query' in bench.raw) {
    log('v1: raw pg');
    const raw = await measureSingle(rawUrl, getById.request, plan);
    const get = results[0]!;
    rawLine =
      `raw pg, ${getById.name} (same hooks, rate limit and serializer; SQL through ${bench.raw.via} instead of Prisma): ` +
      `${reqPerSec(raw.requestsPerSecond)} req/s, p50 ${ms(raw.p50)}, p99 ${ms(raw.p99)}; ` +
      `plain/raw ${ratio(get.plain.requestsPerSecond / raw.requestsPerSecond)}, framework/raw ${ratio(get.framework.requestsPerSecond / raw.requestsPerSecond)}`;
    const rawAnomalies = Object.entries(raw.statuses).filter(([status, count]) => status !== '200' && count > 0);
    if (raw.errors > 0 || rawAnomalies.length > 0) rawLine += `\nwarning: raw pg: ${raw.errors} errors, other statuses ${JSON.stringify(Object.fromEntries(rawAnomalies))}`;
  } else {
    rawLine = `raw pg line skipped: ${'unavailable' in bench.raw ? bench.raw.unavailable : 'no raw server'}`;
  }

  console.log(report(results));
  console.log(`\n${rawLine}`);
  printAnomalies(results);
  for (const mismatch of mismatches) console.log(`warning (extra check, not measured): ${mismatch}`);
}

function printAnomalies(results: readonly ScenarioResult[]): void {
  const anomalies = results.flatMap((r) => r.anomalies.map((a) => `${r.scenario.name}: ${a}`));
  for (const line of anomalies) console.log(`warning: ${line}`);
}

async function main(): Promise<void> {
  const { plan, only } = readOptions(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  console.log(
    `bench: node ${process.version}, ${os.cpus().length} x ${cpu}; ${plan.load.connections} connections, ` +
      `${plan.warmup}s warm-up + best of ${plan.rounds} x ${plan.load.duration}s per server, alternating order\n`,
  );
  const sections: [name: Only, run: (section: Section) => Promise<void>][] = [
    ['petstore', petstoreSection],
    ['v1', v1Section],
  ];
  for (const [name, run] of sections) {
    if (only !== undefined && only !== name) continue;
    const apps: FastifyInstance[] = [];
    const cleanups: (() => Promise<void>)[] = [];
    const close = async () => {
      await Promise.allSettled(apps.splice(0).map((app) => app.close()));
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    };
    // Ctrl-C still closes the apps and drops a scratch database.
    const interrupted = () => void close().finally(() => process.exit(130));
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    try {
      await run({
        plan,
        log,
        start: async (app) => {
          const ready = await app;
          apps.push(ready);
          return listen(ready);
        },
        onClose: (cleanup) => cleanups.push(cleanup),
      });
    } finally {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      await close();
    }
  }
  console.log(
    `\nBest round per server; spread = largest (max - min) / max of one server's rounds. On a busy box (spread over ~10%)\n` +
      `the ratio is soft: rerun, or raise --rounds / --duration.`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
