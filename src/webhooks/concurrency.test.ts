import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, openDatabase, type Database } from '../db/index.ts';
import { createPostgresDatabase } from '../testing/database.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';
import { createHttpTransport, type Transport } from './http-transport.ts';
import { createOutbox } from './outbox.ts';
import { createWebhookEndpointService } from './endpoints.ts';
import { startReceiver, type TestReceiver } from '../harness/webhook-receiver.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
const EVENTS = 1_000;
const INSTANCES = 4;

/** Several dispatcher instances, each with its own connection pool, share one PostgreSQL database. */
describe.skipIf(!serverUrl)('dispatchers sharing the work (PostgreSQL)', () => {
  let drop: () => Promise<void>;
  let databases: Database[] = [];
  let receiver: TestReceiver;

  beforeAll(async () => {
    const postgres = await createPostgresDatabase(serverUrl!);
    drop = postgres.drop;
    databases = await Promise.all(Array.from({ length: INSTANCES }, () => openDatabase({ databaseUrl: postgres.url, dataDir: 'memory://' })));
    await applyMigrations(databases[0]!);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await Promise.all(databases.map((db) => db.close()));
    await drop?.();
  });

  it(`${INSTANCES} dispatchers deliver each of ${EVENTS} events exactly once, none claimed twice within its lease`, async () => {
    const prisma = databases[0]!.prisma;
    const { secret } = await createWebhookEndpointService(prisma, { allowPrivateTargets: true }).create({ url: `${receiver.origin}/hook`, events: ['payment.succeeded'] });
    receiver.secrets.set('/hook', [secret.secret]);
    const outbox = createOutbox(prisma);
    for (let batch = 0; batch < EVENTS / 100; batch++) {
      await prisma.$transaction(async (tx) => {
        for (let i = 0; i < 100; i++) {
          const payment = { id: `pay_${batch * 100 + i}`, amount: 100, currency: 'EUR', userId: '5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30' };
          await outbox.publishPaymentSucceeded(tx, payment);
        }
      });
    }

    const sentBy = Array.from({ length: INSTANCES }, () => 0);
    const transports = databases.map(() => createHttpTransport({ allowPrivateTargets: true, timeoutMs: 10_000, maxSockets: 8 }));
    const dispatchers: Dispatcher[] = databases.map((db, index) => {
      const counting: Transport = (request, signal) => {
        sentBy[index]! += 1;
        return transports[index]!.send(request, signal);
      };
      return createDispatcher(db.prisma, { allowPrivateTargets: true, concurrency: 8, pollIntervalMs: 10, leaseMs: 60_000, transport: counting });
    });
    dispatchers.forEach((d) => d.start());
    try {
      await receiver.waitFor(EVENTS, 60_000);
      for (let waited = 0; (await prisma.webhookDelivery.count({ where: { status: 'succeeded' } })) < EVENTS && waited < 10_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await Promise.all(dispatchers.map((d) => d.stop()));
      transports.forEach((t) => t.close());
    }

    expect(receiver.rejected).toEqual([]);
    const ids = receiver.received.map((r) => String(r.headers['webhook-id']));
    expect(ids).toHaveLength(EVENTS);
    expect(new Set(ids).size).toBe(EVENTS);
    expect(new Set(receiver.received.map((r) => (r.payload.payment as { id: string }).id)).size).toBe(EVENTS);
    expect(await prisma.webhookDelivery.count({ where: { status: 'succeeded', attemptCount: 1 } })).toBe(EVENTS);
    expect(await prisma.webhookDeliveryAttempt.count()).toBe(EVENTS);
    expect(sentBy.reduce((a, b) => a + b)).toBe(EVENTS);
    for (const sent of sentBy) expect(sent).toBeGreaterThan(0);
  }, 120_000);
});
