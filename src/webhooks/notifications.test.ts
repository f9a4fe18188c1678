import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { createDispatcher } from './dispatcher.ts';
import { createOutbox } from './outbox.ts';
import { createWebhookEndpointService } from './endpoints.ts';
import { startReceiver, type TestReceiver } from '../harness/webhook-receiver.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('commit notifications (PostgreSQL)', () => {
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

  it('wake a listening dispatcher at commit, long before its next poll', async () => {
    const { secret } = await createWebhookEndpointService(db.prisma, { allowPrivateTargets: true }).create({ url: `${receiver.origin}/n`, events: ['payment.failed'] });
    receiver.secrets.set('/n', [secret.secret]);
    const dispatcher = createDispatcher(db.prisma, { allowPrivateTargets: true, pollIntervalMs: 60_000, listenUrl: url });
    dispatcher.start();
    try {
      // Let it connect, poll once and settle into its minute-long pause.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const outbox = createOutbox(db.prisma);
      const payment = { id: 'pay_n', amount: 5, currency: 'USD', userId: '5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30' };
      await db.prisma.$transaction((tx) => outbox.publishPaymentFailed(tx, payment, { code: 'expired_card', message: 'The card has expired.' }));
      await receiver.waitFor(1, 5_000);
      expect(receiver.received[0]!.payload).toMatchObject({ event: 'payment.failed', payment: { id: 'pay_n' } });
    } finally {
      await dispatcher.stop();
    }
  });
});
