import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.ts';
import { repoRoot, spawnTypeScript } from '../src/harness/process.ts';
import { createDispatcher, createOutbox, createWebhookEndpointService } from '../src/webhooks/index.ts';
import { startReceiver, type TestReceiver } from '../src/harness/webhook-receiver.ts';

const workerScript = join(repoRoot, 'scripts', 'worker.ts');
const serverUrl = process.env.TEST_DATABASE_URL;

interface Worker {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startWorker(env: Record<string, string>): Worker {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  // Run from a directory without a .env file, so only `env` configures it.
  const child = spawnTypeScript(workerScript, [], { cwd: tmpdir(), env: { ...inherited, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return { child, stdout: () => stdout, stderr: () => stderr, exited: new Promise((resolve) => child.on('close', (code) => resolve(code))) };
}

/** Waits (bounded) until the worker logged that it started: from then on it handles SIGTERM. */
async function started(worker: Worker, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!worker.stdout().includes('"msg":"webhook worker started"')) {
    if (worker.child.exitCode !== null || Date.now() > deadline) throw new Error(`the worker did not start:\n${worker.stderr()}${worker.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm run worker', () => {
  it('refuses to run on the embedded PGlite database, with a clear message', async () => {
    const worker = startWorker({});
    expect(await worker.exited).toBe(1);
    expect(worker.stderr()).toContain('npm run worker needs PostgreSQL: set DATABASE_URL');
  });
});

describe.skipIf(!serverUrl)('npm run worker on PostgreSQL', () => {
  let database: TestDatabase;
  let db: Database;
  let url: string;
  let receiver: TestReceiver;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ db } = database);
    url = database.url!;
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await database?.cleanup();
  });

  it('delivers, and when killed after sending and before recording, the delivery is sent again with the same webhook-id', async () => {
    const prisma = db.prisma;
    const { secret } = await createWebhookEndpointService(prisma, { allowPrivateTargets: true }).create({ url: `${receiver.origin}/worker`, events: ['payment.succeeded'] });
    receiver.secrets.set('/worker', [secret.secret]);
    const outbox = createOutbox(prisma);
    const payment = (id: string) => ({ id, amount: 1, currency: 'EUR', userId: '5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30' });

    const worker = startWorker({ DATABASE_URL: url, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    await outbox.publishStandalone({ type: 'payment.succeeded', payment: payment('pay_first') });
    await receiver.waitFor(1, 30_000);
    for (let i = 0; (await prisma.webhookDelivery.count({ where: { status: 'succeeded' } })) < 1 && i < 200; i++) await new Promise((r) => setTimeout(r, 25));

    // The next request kills the worker before it is answered: sent, never recorded.
    receiver.respond = () => {
      worker.child.kill('SIGKILL');
      return new Promise(() => {});
    };
    await outbox.publishStandalone({ type: 'payment.succeeded', payment: payment('pay_second') });
    await receiver.waitFor(2, 30_000);
    await worker.exited;
    const second = await prisma.webhookDelivery.findFirstOrThrow({ where: { status: 'pending' } });
    expect(second.attemptCount).toBe(0);
    expect(receiver.received[1]!.headers['webhook-id']).toBe(second.id);

    receiver.respond = () => ({ status: 200 });
    const afterLease = () => new Date(Date.now() + 31_000);
    const restarted = createDispatcher(prisma, { allowPrivateTargets: true, now: afterLease });
    expect(await restarted.runOnce()).toBe(1);
    await restarted.stop();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([receiver.received[0]!.headers['webhook-id'], second.id, second.id]);
    expect(await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: 'succeeded', attemptCount: 1 });
    expect(receiver.rejected).toEqual([]);
  }, 60_000);

  it('stops on SIGTERM', async () => {
    const worker = startWorker({ DATABASE_URL: url, LOG_LEVEL: 'info' });
    await started(worker);
    worker.child.kill('SIGTERM');
    expect(await worker.exited, worker.stdout()).toBe(0);
    expect(worker.stdout()).toContain('"msg":"webhook worker stopping: finishing deliveries in flight"');
  }, 90_000);
});
