/**
 * npm run bench -- graphql-hostile [--sends N]   (default 200 sends of each document)
 *
 * How long the service takes over GraphQL documents of at most 2 KB built to explode (fragments that spread each
 * other twice, aliases, lists multiplied by depth, nesting, repetition, cycles), sent one at a time without
 * credentials, beside two ordinary documents (one reading a user with an API key); then how long `GET /healthz` takes while 8 clients send the worst of
 * them back to back, against `/healthz` alone. The app is `buildApp` (NODE_ENV=production, silent logs) on
 * 127.0.0.1, on in-memory PGlite or a scratch database on DATABASE_URL's server. It reports; it asserts nothing but
 * that each document gets an answer in GraphQL's shape.
 */
import os from 'node:os';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createApiKeyService } from '../../src/domain/credentials/api-keys.ts';
import { createUserService } from '../../src/domain/users/users.ts';
import { BOMBS_2KB } from '../../src/harness/graphql-bombs.ts';
import { listen } from './listen.ts';
import { readLoadOptions } from './plan.ts';
import { percentile } from './stats.ts';
import { formatTable, loadAverage, ms } from './table.ts';
import { openBenchDatabase } from './v1-database.ts';

const ORDINARY = [
  { name: 'ordinary: { __typename }', query: '{ __typename }' },
  { name: 'ordinary: a user by id, with an API key', query: '{ user(id: "$id") { name email } }' },
];
const CLIENTS_UNDER_ATTACK = 8;

interface Answer {
  status: number;
  code: string;
  ms: number;
}

async function send(baseUrl: string, query: string, authorization?: string): Promise<Answer> {
  const started = performance.now();
  const headers = { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) };
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  const elapsed = performance.now() - started;
  if (!('data' in body) && !body.errors?.length) throw new Error(`an answer without data or errors: ${JSON.stringify(body).slice(0, 200)}`);
  return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'data', ms: elapsed };
}

async function healthz(baseUrl: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/healthz`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
  return performance.now() - started;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return [ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.at(-1)!)];
};

/** `/healthz` answer times, `sends` of them one after another. */
async function healthzTimes(baseUrl: string, sends: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < sends; i++) times.push(await healthz(baseUrl));
  return times;
}

/** `npm run bench -- graphql-hostile`: see the top of this file. */
export async function graphqlHostileBench(argv: string[], smoke: boolean): Promise<void> {
  const { values } = readLoadOptions(argv, smoke, { sends: { type: 'string' } });
  const sends = smoke ? 3 : Number(values.sends ?? 200);
  if (!Number.isInteger(sends) || sends < 1) throw new Error(`--sends must be a positive whole number, got ${String(values.sends)}`);
  const database = await openBenchDatabase(process.env.DATABASE_URL || undefined);
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' });
  const app = await buildApp({ config, db: database.db, rateLimitNamespace: `bench-graphql-hostile-${process.pid}:` });
  try {
    const { prisma } = database.db;
    const key = (await createApiKeyService(prisma, { defaultRateLimitPerMinute: 1_000_000 }).createApiKey({ name: 'bench', role: 'standard', rateLimitPerMinute: 1_000_000 })).key;
    const user = await createUserService(prisma).create({ email: 'ada@example.com', name: 'Ada Lovelace', password: 'a bench password' });
    const baseUrl = await listen(app);
    console.log(`${database.label}; node ${process.version}, ${os.cpus().length} CPUs; load average ${loadAverage()}; ${sends} sends of each document, one at a time, after 3 unmeasured`);
    const rows: string[][] = [];
    const documents: Array<{ name: string; query: string; authorization?: string }> = [...ORDINARY.map((d) => ({ ...d, query: d.query.replace('$id', user.id), authorization: `Bearer ${key}` })), ...BOMBS_2KB];
    for (const { name, query, authorization } of documents) {
      for (let i = 0; i < 3; i++) await send(baseUrl, query, authorization);
      const answers: Answer[] = [];
      for (let i = 0; i < sends; i++) answers.push(await send(baseUrl, query, authorization));
      const outcomes = [...new Set(answers.map((a) => `${a.status} ${a.code}`))].join(', ');
      rows.push([name, `${Buffer.byteLength(query)} B`, outcomes, ...summary(answers.map((a) => a.ms))]);
    }
    console.log(formatTable(['document', 'size', 'answer', 'p50', 'p99', 'max'], rows));

    const worst = BOMBS_2KB.reduce((a, b) => (a.query.length >= b.query.length ? a : b));
    const alone = await healthzTimes(baseUrl, sends);
    let attacking = true;
    let attacks = 0;
    const attackers = Array.from({ length: CLIENTS_UNDER_ATTACK }, async () => {
      while (attacking) {
        await send(baseUrl, worst.query);
        attacks++;
      }
    });
    const underAttack = await healthzTimes(baseUrl, sends);
    attacking = false;
    await Promise.all(attackers);
    console.log(
      formatTable(
        ['GET /healthz', 'p50', 'p99', 'max'],
        [
          ['alone', ...summary(alone)],
          [`while ${CLIENTS_UNDER_ATTACK} clients send "${worst.name}" back to back (${attacks} sent)`, ...summary(underAttack)],
        ],
      ),
    );
  } finally {
    await app.close();
    await database.close();
  }
}
