/**
 * npm run bench -- webhooks [--events N --instances N --concurrency N --rate N --poll MS --no-listen]
 *   (defaults: 2000 events, 1 dispatcher instance, concurrency 16, 200 events/s for the latency run, poll 200 ms,
 *   dispatchers woken by LISTEN/NOTIFY at commit; --no-listen: polling only)
 *
 * Webhook delivery on PostgreSQL (DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres:
 * a scratch database is created there and dropped after). Everything stays on the machine: the receiver listens on
 * 127.0.0.1 and answers 200 at once. Two runs:
 *  1. throughput: N events committed first, then the dispatchers drain them: deliveries per second;
 *  2. latency: N/2 events committed one per transaction at --rate per second while the dispatchers run: time from
 *     each commit to the receiver getting the request, p50 / p99 / max.
 * It reports; it asserts nothing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applyMigrations, createPostgresDatabase, openDatabase, type Database, type PrismaClient } from '../../src/db/index.ts';
import { createDispatcher, createOutbox, createWebhookEndpointService, type Dispatcher } from '../../src/webhooks/index.ts';
import { percentile } from './stats.ts';

const MAX_EVENTS = 20_000;

function option(values: Record<string, string | boolean | undefined>, name: string, fallback: number, max: number): number {
  const raw = values[name];
  if (typeof raw !== 'string') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > max) throw new Error(`--${name} must be an integer from 1 to ${max}, got ${raw}`);
  return n;
}

interface Settings {
  events: number;
  instances: number;
  concurrency: number;
  rate: number;
  pollIntervalMs: number;
  listen: boolean;
}

function readSettings(argv: string[], smoke: boolean): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string' },
      instances: { type: 'string' },
      concurrency: { type: 'string' },
      rate: { type: 'string' },
      poll: { type: 'string' },
      'no-listen': { type: 'boolean' },
    },
  });
  return {
    events: option(values, 'events', smoke ? 50 : 2_000, MAX_EVENTS),
    instances: option(values, 'instances', 1, 8),
    concurrency: option(values, 'concurrency', 16, 256),
    rate: option(values, 'rate', 200, 5_000),
    pollIntervalMs: option(values, 'poll', 200, 5_000),
    listen: values['no-listen'] !== true,
  };
}

/** The receiver: notes when each payment id arrives. */
async function startReceiver(): Promise<{ url: string; arrivals: Map<string, number>; close(): Promise<void> }> {
  const arrivals = new Map<string, number>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { payment: { id: string } };
      if (!arrivals.has(body.payment.id)) arrivals.set(body.payment.id, at);
      response.writeHead(200).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    arrivals,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const payment = (id: string) => ({ id, amount: 2999, currency: 'USD', userId: '5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30' });

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('timed out waiting for deliveries');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function dispatchers({ concurrency, pollIntervalMs, listen }: Settings, databases: Database[], listenUrl: string): Dispatcher[] {
  return databases.map((db) => createDispatcher(db.prisma, { allowPrivateTargets: true, concurrency, pollIntervalMs, ...(listen ? { listenUrl } : {}) }));
}

async function throughput(settings: Settings, prisma: PrismaClient, databases: Database[], listenUrl: string, arrivals: Map<string, number>): Promise<number> {
  const { events } = settings;
  const outbox = createOutbox(prisma);
  for (let start = 0; start < events; start += 100) {
    await prisma.$transaction(
      async (tx) => {
        for (let i = start; i < Math.min(events, start + 100); i++) await outbox.publishPaymentSucceeded(tx, payment(`t${i}`));
      },
      { timeout: 60_000 },
    );
  }
  const running = dispatchers(settings, databases, listenUrl);
  const started = performance.now();
  running.forEach((d) => d.start());
  await waitFor(() => arrivals.size >= events, 600_000);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(running.map((d) => d.stop()));
  return events / seconds;
}

async function latency(settings: Settings, prisma: PrismaClient, databases: Database[], listenUrl: string, arrivals: Map<string, number>): Promise<number[]> {
  const { events, rate } = settings;
  const outbox = createOutbox(prisma);
  const count = Math.max(1, Math.floor(events / 2));
  const committedAt = new Map<string, number>();
  const running = dispatchers(settings, databases, listenUrl);
  running.forEach((d) => d.start());
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await prisma.$transaction((tx) => outbox.publishPaymentSucceeded(tx, payment(`l${i}`)));
    committedAt.set(`l${i}`, performance.now());
  }
  await waitFor(() => [...committedAt.keys()].every((id) => arrivals.has(id)), 120_000);
  await Promise.all(running.map((d) => d.stop()));
  return [...committedAt].map(([id, at]) => arrivals.get(id)! - at).sort((a, b) => a - b);
}


/** `npm run bench -- webhooks`: see the top of this file. */
export async function webhooksBench(argv: string[], smoke: boolean): Promise<void> {
  const settings = readSettings(argv, smoke);
  const { events, instances, concurrency, rate, pollIntervalMs, listen } = settings;
  const serverUrl = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const scratch = await createPostgresDatabase(serverUrl);
  const databases = await Promise.all(Array.from({ length: instances }, () => openDatabase({ databaseUrl: scratch.url, dataDir: 'memory://' })));
  const receiver = await startReceiver();
  try {
    const prisma = databases[0]!.prisma;
    await applyMigrations(databases[0]!);
    await createWebhookEndpointService(prisma, { allowPrivateTargets: true }).create({ url: receiver.url, events: ['payment.succeeded'] });
    const perSecond = await throughput(settings, prisma, databases, scratch.url, receiver.arrivals);
    const latencies = await latency(settings, prisma, databases, scratch.url, receiver.arrivals);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    process.stdout.write(
      [
        `webhook delivery on PostgreSQL, ${os.cpus().length} CPUs, ${instances} dispatcher instance(s), concurrency ${concurrency}, ` +
          `poll ${pollIntervalMs} ms, ${listen ? 'LISTEN/NOTIFY wake-up' : 'polling only'}`,
        `throughput: ${events} deliveries at ${perSecond.toFixed(0)} per second`,
        `commit -> delivery (${latencies.length} events at ${rate}/s): p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? NaN)}`,
        '',
      ].join('\n'),
    );
  } finally {
    await receiver.close();
    await Promise.all(databases.map((db) => db.close()));
    await scratch.drop();
  }
}

