/**
 * npm run bench [-- --duration S --connections N --warmup S --rounds N]    (defaults: 3, 50, 1, 3: about 80 s)
 *
 * In one process, serves petstore-expanded twice on 127.0.0.1: (a) through the framework (generated module,
 * in-memory handlers) and (b) as a hand-written plain Fastify app with inline schemas. Checks that both give the
 * same status and body per scenario, then loads each with autocannon in alternating order and prints req/s,
 * p50/p99 latency and the framework/plain ratio (target >= 0.95), plus Fastify hello world for scale.
 * It reports; it asserts nothing (exit 1 only when the servers disagree or the run fails).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { compareScenario, measureSingle, type RunPlan, type ScenarioResult } from './bench/compare.ts';
import { plainPetstoreApp } from './bench/plain-petstore.ts';
import { petstoreScenarios, type Scenario } from './bench/scenario.ts';
import { frameworkPetstoreApp, helloWorldApp, listen, seedPets } from './bench/servers.ts';
import { formatTable, ms, ratio, reqPerSec } from './bench/table.ts';
import { verifySameResponse } from './bench/verify.ts';

const TARGET_RATIO = 0.95;
const PETS = 100;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return n;
}

function readPlan(argv: string[]): RunPlan {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
    },
  });
  return {
    load: { duration: positive('duration', values.duration, 3), connections: Math.round(positive('connections', values.connections, 50)) },
    warmup: positive('warmup', values.warmup, 1),
    rounds: Math.round(positive('rounds', values.rounds, 3)),
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

async function main(): Promise<void> {
  const plan = readPlan(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  const apps: FastifyInstance[] = [];
  const start = async (app: FastifyInstance | Promise<FastifyInstance>) => {
    const ready = await app;
    apps.push(ready);
    return listen(ready);
  };
  try {
    const baseUrls = { framework: await start(frameworkPetstoreApp(seedPets(PETS))), plain: await start(plainPetstoreApp(seedPets(PETS))) };
    const helloUrl = await start(helloWorldApp());
    const scenarios: Scenario[] = petstoreScenarios(baseUrls);
    for (const scenario of scenarios) await verifySameResponse(scenario);

    const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
    console.log(
      `bench: node ${process.version}, ${os.cpus().length} x ${cpu}; ${plan.load.connections} connections, ` +
        `${plan.warmup}s warm-up + best of ${plan.rounds} x ${plan.load.duration}s per server, alternating order`,
    );
    console.log(`framework ${baseUrls.framework} | plain ${baseUrls.plain} | ${PETS} pets each; responses verified identical\n`);

    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) results.push(await compareScenario(scenario, plan, log));
    log('hello world');
    const hello = await measureSingle(helloUrl, { method: 'GET', path: '/' }, plan);

    console.log(report(results));
    console.log(`\nFastify hello world (GET /, same box): ${reqPerSec(hello.requestsPerSecond)} req/s, p50 ${ms(hello.p50)}, p99 ${ms(hello.p99)}`);
    const anomalies = results.flatMap((r) => r.anomalies.map((a) => `${r.scenario.name}: ${a}`));
    for (const line of anomalies) console.log(`warning: ${line}`);
    console.log(
      `\nBest round per server; spread = largest (max - min) / max of one server's rounds. On a busy box (spread over ~10%)\n` +
        `the ratio is soft: rerun, or raise --rounds / --duration.`,
    );
  } finally {
    await Promise.all(apps.map((app) => app.close()));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
