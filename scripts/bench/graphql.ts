/**
 * npm run bench -- graphql [--duration S --connections N --warmup S --rounds N]   (defaults 3, 50, 1, 3)
 *
 * Requests per second of the same read through GraphQL and through REST v2, in one run, on one app and database:
 *   POST /graphql   { user(id: "...") { name email } }
 *   GET  /api/v2/users/{id}
 * The app is `buildApp` (NODE_ENV=production, silent logs), listening on 127.0.0.1 only, with an admin API key whose
 * rate limit is far above the load; the database is in-memory PGlite, or a scratch database on DATABASE_URL's server,
 * dropped after the run. autocannon runs in a worker thread; the two requests alternate, round by round, after a
 * warm-up of each (which also lets Mercurius JIT-compile the query). It reports the best round of each; it asserts nothing.
 */
import os from 'node:os';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createApiKeyService } from '../../src/domain/credentials/api-keys.ts';
import { createUserService } from '../../src/domain/users/users.ts';
import { runAutocannon, type Measurement } from './run-autocannon.ts';
import type { BenchRequest } from './scenario.ts';
import { listen } from './listen.ts';
import { formatTable, ms, ratio, reqPerSec } from './table.ts';
import { openBenchDatabase } from './v1-database.ts';
import { readLoadOptions } from './plan.ts';

const RATE_LIMIT = 1_000_000;


async function check(baseUrl: string, request: BenchRequest, expected: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  const body: unknown = await response.json();
  if (response.status !== 200 || JSON.stringify(body) !== JSON.stringify(expected)) {
    throw new Error(`${request.method} ${request.path} answered ${response.status} ${JSON.stringify(body)}`);
  }
}

const best = (runs: Measurement[]) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

/** `npm run bench -- graphql`: see the top of this file. */
export async function graphqlBench(argv: string[], smoke: boolean): Promise<void> {
  const { plan: { load, warmup, rounds } } = readLoadOptions(argv, smoke);
  const database = await openBenchDatabase(process.env.DATABASE_URL || undefined);
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
  const app = await buildApp({ config, db: database.db, rateLimitNamespace: `bench-graphql-${process.pid}:` });
  try {
    const { prisma } = database.db;
    const key = (await createApiKeyService(prisma, { defaultRateLimitPerMinute: RATE_LIMIT }).createApiKey({ name: 'bench', role: 'admin', rateLimitPerMinute: RATE_LIMIT })).key;
    const user = await createUserService(prisma).create({ email: 'ada@example.com', name: 'Ada Lovelace', password: 'a bench password' });
    const baseUrl = await listen(app);
    const authorization = `Bearer ${key}`;
    const requests: Array<{ name: string; request: BenchRequest; expected: unknown }> = [
      {
        name: 'POST /graphql { user(id) { name email } }',
        request: { method: 'POST', path: '/graphql', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ user(id: "${user.id}") { name email } }` }) },
        expected: { data: { user: { name: user.name, email: user.email } } },
      },
      {
        name: `GET /api/v2/users/{id}`,
        request: { method: 'GET', path: `/api/v2/users/${user.id}`, headers: { authorization } },
        expected: { id: user.id, name: user.name, email: user.email, role: 'user', active: true, createdAt: user.createdAt.toISOString(), updatedAt: user.updatedAt.toISOString() },
      },
    ];
    for (const { request, expected } of requests) await check(baseUrl, request, expected);

    console.log(`${database.label}; node ${process.version}, ${os.cpus().length} CPUs; ${load.connections} connections, ${rounds} rounds of ${load.duration} s each, alternating`);
    if (warmup > 0) for (const { request } of requests) await runAutocannon(baseUrl, request, { ...load, duration: warmup });
    const runs: Measurement[][] = requests.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, { request }] of requests.entries()) runs[i]!.push(await runAutocannon(baseUrl, request, load));
    }
    const results = runs.map(best);
    const rows = requests.map(({ name }, i) => {
      const m = results[i]!;
      return [name, reqPerSec(m.requestsPerSecond), runs[i]!.map((r) => reqPerSec(r.requestsPerSecond)).join(' / '), ms(m.p50), ms(m.p99), JSON.stringify(m.statuses), String(m.errors)];
    });
    console.log(formatTable(['request', 'req/s (best)', 'each round', 'p50', 'p99', 'statuses', 'errors'], rows));
    console.log(`GraphQL / REST v2: ${ratio(results[0]!.requestsPerSecond / results[1]!.requestsPerSecond)}`);
  } finally {
    await app.close();
    await database.close();
  }
}
