import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../db/index.ts';
import { DomainError } from '../domain/errors.ts';
import { createUserService } from '../domain/users/users.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { createOutbox } from './outbox.ts';
import { createWebhookEndpointService } from './endpoints.ts';

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = database.db.prisma;
});
afterAll(() => database?.cleanup());
beforeEach(async () => {
  await prisma.webhookEndpoint.deleteMany();
  await prisma.webhookEvent.deleteMany();
  await prisma.user.deleteMany();
});

const endpoint = (events: string[], enabled = true) =>
  createWebhookEndpointService(prisma, { allowPrivateTargets: true }).create({ url: 'http://127.0.0.1:9/hook', events, enabled });

describe('transactional outbox', () => {
  it('writes one event and one delivery per enabled endpoint subscribed to its type', async () => {
    const subscribed = await endpoint(['user.created', 'user.deleted']);
    const alsoSubscribed = await endpoint(['user.created'], true);
    await endpoint(['user.updated']);
    await endpoint(['user.created'], false);
    const users = createUserService(prisma, createOutbox(prisma));
    await users.create({ email: 'outbox@example.com', name: 'Outbox', password: 'a long enough password' });

    const events = await prisma.webhookEvent.findMany({ include: { deliveries: true } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'user.created' });
    expect(events[0]!.deliveries.map((d) => d.endpointId).sort()).toEqual([subscribed.endpoint.id, alsoSubscribed.endpoint.id].sort());
    expect(events[0]!.deliveries.every((d) => d.status === 'pending' && d.maxAttempts === 4 && d.attemptCount === 0)).toBe(true);
  });

  it('writes nothing when no endpoint subscribes', async () => {
    await endpoint(['payment.failed']);
    await createUserService(prisma, createOutbox(prisma)).create({ email: 'nobody@example.com', name: 'Nobody', password: 'a long enough password' });
    expect(await prisma.webhookEvent.count()).toBe(0);
    expect(await prisma.webhookDelivery.count()).toBe(0);
  });

  it('leaves neither the change nor its event when the transaction fails after publishing', async () => {
    await endpoint(['user.created']);
    const outbox = createOutbox(prisma);
    const failing = prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: 'rollback@example.com', emailNormalized: 'rollback@example.com', name: 'Rollback', passwordHash: 'x' },
        select: { id: true, email: true, name: true, username: true, role: true, deletedAt: true, createdAt: true, updatedAt: true },
      });
      await outbox.publish(tx, { type: 'user.created', user });
      expect(await tx.webhookDelivery.count()).toBe(1);
      throw new Error('failure after the change, before commit');
    });
    await expect(failing).rejects.toThrow('before commit');
    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.webhookEvent.count()).toBe(0);
    expect(await prisma.webhookDelivery.count()).toBe(0);
  });

  it('publishes payments through its typed API, in the caller’s transaction, and refuses invalid ones', async () => {
    await endpoint(['payment.succeeded', 'payment.failed']);
    const outbox = createOutbox(prisma);
    const payment = { id: 'pay_1', amount: 2999, currency: 'USD', userId: '5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30' };
    await prisma.$transaction(async (tx) => {
      await outbox.publishPaymentSucceeded(tx, payment);
      await outbox.publishPaymentFailed(tx, payment, { code: 'card_declined', message: 'The card was declined.' });
    });
    await outbox.publishStandalone({ type: 'payment.succeeded', payment: { ...payment, id: 'pay_2' } });
    const deliveries = await prisma.webhookDelivery.findMany({ orderBy: { createdAt: 'asc' } });
    expect(deliveries.map((d) => [d.eventType, d.maxAttempts])).toEqual([
      ['payment.succeeded', 6],
      ['payment.failed', 6],
      ['payment.succeeded', 6],
    ]);
    const invalid = prisma.$transaction((tx) => outbox.publishPaymentSucceeded(tx, { ...payment, amount: 12.5, currency: 'usd' }));
    await expect(invalid).rejects.toThrow(DomainError);
    await expect(invalid).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: ['amount', 'currency'] });
  });
});
