/**
 * npm run bench -- hot-read [--duration S --connections N --warmup S --rounds N]
 *
 * `GET /v1/users/{id}` and `GET /api/v2/users/{id}` through the framework (`buildApp`: credential check, rate limit,
 * Prisma) against the same answers from a server that sends the two queries (the API key by prefix, the user by id)
 * straight to the driver: the database path's limit. Same database (PGlite, or with DATABASE_URL a scratch database on that server).
 */
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { compareSides } from './compare.ts';
import { mainThreadCpu } from './cpu-time.ts';
import { closeOnExit } from './close-on-exit.ts';
import { listen } from './listen.ts';
import { log, readLoadOptions } from './plan.ts';
import { rawPgApp } from './raw-pg.ts';
import { fromV1Id } from '../../src/representations/users.ts';
import type { Scenario } from './scenario.ts';
import { v1Scenarios } from './scenario.ts';
import { cpuMicros, formatTable, loadAverage, ms, ratio, reqPerSec } from './table.ts';
import { openBenchDatabase, seedV1 } from './v1-database.ts';
import { RATE_LIMIT } from './v1.ts';
import { verifySameResponse } from './verify.ts';

export async function hotReadBench(argv: string[], smoke: boolean): Promise<void> {
  const { plan } = readLoadOptions(argv, smoke);
  await closeOnExit(async (onClose) => {
    const bench = await openBenchDatabase(process.env.DATABASE_URL || undefined);
    onClose(() => bench.close());
    if (!('query' in bench.raw)) {
      console.log(`hot-read skipped: ${bench.raw.unavailable}`);
      return;
    }
    const seed = await seedV1(bench.db, smoke ? 50 : 1000, RATE_LIMIT);
    const framework = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) }), db: bench.db });
    onClose(() => framework.close());
    const raw = await rawPgApp({ query: bench.raw.query, rateLimitPerMinute: RATE_LIMIT });
    onClose(() => raw.close());
    const baseUrls = { framework: await listen(framework), raw: await listen(raw) };
    const v1 = v1Scenarios(seed)[0]!;
    const v2: Scenario = {
      name: 'GET /api/v2/users/{id}',
      request: { ...v1.request, path: `/api/v2/users/${fromV1Id(seed.userId)}` },
      expectStatus: 200,
    };
    console.log(
      `hot read on ${bench.label}; raw: SQL through ${bench.raw.via}; load average ${loadAverage()}; ` +
        `median of ${plan.rounds} x ${plan.load.duration}s, ${plan.load.connections} connections\n`,
    );
    const rows: string[][] = [];
    for (const scenario of [v1, v2]) {
      await verifySameResponse(scenario, baseUrls);
      const cpu = { framework: mainThreadCpu, raw: mainThreadCpu };
      const { sides, anomalies } = await compareSides(scenario.name, baseUrls, scenario.request, scenario.expectStatus, plan, log, cpu);
      rows.push([
        scenario.name,
        reqPerSec(sides.framework.requestsPerSecond),
        reqPerSec(sides.raw.requestsPerSecond),
        ratio(sides.framework.requestsPerSecond / sides.raw.requestsPerSecond),
        ms(sides.framework.p99),
        ms(sides.raw.p99),
        cpuMicros(sides.framework.cpuPerRequest),
        cpuMicros(sides.raw.cpuPerRequest),
      ]);
      for (const a of anomalies) console.log(`warning: ${scenario.name}: ${a}`);
    }
    console.log(formatTable(['request', 'framework req/s', 'raw req/s', 'framework/raw', 'fw p99', 'raw p99', 'fw CPU/req', 'raw CPU/req'], rows));
    console.log(
      `\nCPU/req: this process's main thread (both servers, never the load generator) over a round / responses, median of rounds; ` +
        `${bench.label.includes('PGlite') ? "PGlite's work included" : "PostgreSQL's own work not included"}.`,
    );
  });
}
