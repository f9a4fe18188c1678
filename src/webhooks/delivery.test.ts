import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../db/index.ts';
import type { DomainEventType } from '../domain/events.ts';
import { createUserService, type UserService } from '../domain/users/users.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';
import { createOutbox } from './outbox.ts';
import { createWebhookDeliveryService, type WebhookDeliveryService } from './deliveries.ts';
import { createWebhookEndpointService, type WebhookEndpointService } from './endpoints.ts';
import { payloadViolations } from './testing/payload-schemas.ts';
import { startReceiver, type TestReceiver } from '../harness/webhook-receiver.ts';

let database: TestDatabase;
let prisma: PrismaClient;
let receiver: TestReceiver;
let webhooks: WebhookEndpointService;
let deliveryLog: WebhookDeliveryService;
let users: UserService;
let dispatcher: Dispatcher;

beforeAll(async () => {
  [database, receiver] = await Promise.all([createTestDatabase(), startReceiver()]);
  prisma = database.db.prisma;
  webhooks = createWebhookEndpointService(prisma, { allowPrivateTargets: true });
  deliveryLog = createWebhookDeliveryService(prisma);
  users = createUserService(prisma, createOutbox(prisma));
  dispatcher = createDispatcher(prisma, { allowPrivateTargets: true });
});
afterAll(async () => {
  await dispatcher?.stop();
  await receiver?.close();
  await database?.cleanup();
});
beforeEach(async () => {
  await prisma.webhookEndpoint.deleteMany();
  receiver.received.length = 0;
  receiver.rejected.length = 0;
});

const USER_EVENTS: DomainEventType[] = ['user.created', 'user.updated', 'user.deleted'];
const ADMIN_KEY_ID = '7b1e9d40-6c2a-4f8e-9d3b-0a5c7e2f1b69';

async function subscribe(path: string, payloadVersion: 'v1' | 'v2', events = USER_EVENTS) {
  const { endpoint, secret } = await webhooks.create({ url: `${receiver.origin}${path}`, events, payloadVersion });
  receiver.secrets.set(path, [secret.secret]);
  return endpoint;
}

/** Delivers what is due until nothing is. */
async function drain(): Promise<void> {
  while ((await dispatcher.runOnce()) > 0);
}

function expectConforming(): void {
  expect(receiver.rejected).toEqual([]);
  for (const { path, payload } of receiver.received) {
    expect(payloadViolations(path === '/v1' ? 'v1' : 'v2', payload.event as DomainEventType, payload)).toEqual([]);
  }
}

describe('webhook delivery to a real receiver', () => {
  it('sends a created, updated, soft-deleted and hard-deleted user as exactly the documented events, signed', async () => {
    await subscribe('/v2', 'v2');
    await subscribe('/v1', 'v1');

    const alice = await users.create({ email: 'alice@example.com', name: 'Alice', password: 'a long enough password' });
    await drain();
    const bob = await users.create({ email: 'bob@example.com', username: 'bob', password: 'a long enough password' });
    await drain();
    await users.update(alice.id, { name: 'Alice Johnson', role: 'moderator' }, { includeDeleted: false });
    await drain();
    await users.softDelete(alice.id, ADMIN_KEY_ID);
    await drain();
    await users.hardDelete(bob.id, { includeDeleted: true }, ADMIN_KEY_ID);
    await drain();

    expectConforming();
    const v2 = receiver.received.filter((r) => r.path === '/v2').map((r) => r.payload);
    const v1 = receiver.received.filter((r) => r.path === '/v1').map((r) => r.payload);
    expect(v2.map((p) => p.event)).toEqual(['user.created', 'user.created', 'user.updated', 'user.deleted', 'user.deleted']);
    expect(v1.map((p) => p.event)).toEqual(['user.created', 'user.created', 'user.updated', 'user.deleted', 'user.deleted']);

    expect(v2[0]).toMatchObject({ user: { id: alice.id, name: 'Alice', email: 'alice@example.com', role: 'user', active: true } });
    expect(v2[2]).toMatchObject({
      user: { id: alice.id, name: 'Alice Johnson', role: 'moderator', active: true },
      changes: { name: { old: 'Alice', new: 'Alice Johnson' }, role: { old: 'user', new: 'moderator' } },
    });
    expect(Object.keys(v2[2]!.changes as object).sort()).toEqual(['name', 'role']);
    expect(v2[3]).toEqual({ event: 'user.deleted', userId: alice.id, deletedBy: ADMIN_KEY_ID, timestamp: expect.any(String) });
    expect(v2[4]).toEqual({ event: 'user.deleted', userId: bob.id, deletedBy: ADMIN_KEY_ID, timestamp: expect.any(String) });

    const aliceV1 = `user_${alice.id.replace(/-/g, '')}`;
    expect(v1[0]).toMatchObject({ data: { id: aliceV1, name: 'Alice', username: null } });
    expect(v1[1]).toMatchObject({ data: { name: 'bob', username: 'bob' } });
    expect(v1[2]).toMatchObject({ data: { id: aliceV1, changes: { name: { old: 'Alice', new: 'Alice Johnson' } } } });
    // The actor is no API key of this database, so v1 shows it as a user.
    expect(v1[3]).toMatchObject({ data: { id: aliceV1, deletedBy: `user_${ADMIN_KEY_ID.replace(/-/g, '')}` } });

    for (const received of receiver.received) {
      expect(received.headers['content-type']).toBe('application/json');
      expect(received.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const deliveries = await prisma.webhookDelivery.findMany();
    expect(deliveries).toHaveLength(10);
    expect(deliveries.every((d) => d.status === 'succeeded' && d.attemptCount === 1)).toBe(true);
  });

  it('shows an API key as its UUID in v1 user.deleted', async () => {
    await subscribe('/v1', 'v1', ['user.deleted']);
    const key = await prisma.apiKey.create({ data: { name: 'ci', role: 'admin', prefix: 'ak_test', keyHash: 'hash' } });
    const carol = await users.create({ email: 'carol@example.com', name: 'Carol', password: 'a long enough password' });
    await users.hardDelete(carol.id, { includeDeleted: true }, key.id);
    await drain();
    expectConforming();
    expect(receiver.received.map((r) => r.payload)).toEqual([
      { event: 'user.deleted', timestamp: expect.any(String), data: { id: `user_${carol.id.replace(/-/g, '')}`, deletedBy: key.id } },
    ]);
  });

  it('sends a test event of every type, in each payload version, marked as a test in the log', async () => {
    const endpoints = { v1: await subscribe('/v1', 'v1', ['user.created']), v2: await subscribe('/v2', 'v2', ['user.created']) };
    for (const endpoint of Object.values(endpoints)) {
      for (const type of ['user.created', 'user.updated', 'user.deleted', 'payment.succeeded', 'payment.failed'] as const) {
        const delivery = await deliveryLog.sendTest(endpoint.id, type);
        expect(delivery).toMatchObject({ test: true, status: 'pending', event: type, attempts: [] });
      }
    }
    await drain();
    expectConforming();
    expect(receiver.received).toHaveLength(10);
    const log = await deliveryLog.listDeliveries(endpoints.v2.id, { page: 1, limit: 20 });
    expect(log.total).toBe(5);
    expect(log.deliveries.every((d) => d.test && d.status === 'succeeded' && d.attempts.length === 1 && d.attempts[0]!.statusCode === 200)).toBe(true);
    expect(log.deliveries[0]!.attempts[0]).toMatchObject({ responseBody: '{"ok":true}', error: null });
  });

  it('delivers payment events published through the outbox API', async () => {
    await subscribe('/v2', 'v2', ['payment.succeeded', 'payment.failed']);
    await subscribe('/v1', 'v1', ['payment.failed']);
    const outbox = createOutbox(prisma);
    const payment = { id: 'pay_3kT9xQ2mLp7Vw8Rz', amount: 2999, currency: 'USD', userId: '5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30' };
    await prisma.$transaction(async (tx) => {
      await outbox.publishPaymentSucceeded(tx, payment);
      await outbox.publishPaymentFailed(tx, payment, { code: 'card_declined', message: 'The card was declined.' });
    });
    await drain();
    expectConforming();
    expect(receiver.received.map((r) => `${r.path} ${String(r.payload.event)}`).sort()).toEqual(['/v1 payment.failed', '/v2 payment.failed', '/v2 payment.succeeded']);
  });

  it('delivers in the background once started, without polling by hand', async () => {
    await subscribe('/v2', 'v2', ['user.created']);
    const background = createDispatcher(prisma, { allowPrivateTargets: true, pollIntervalMs: 20 });
    background.start();
    try {
      await users.create({ email: 'dave@example.com', name: 'Dave', password: 'a long enough password' });
      await receiver.waitFor(1, 5_000);
    } finally {
      await background.stop();
    }
    expectConforming();
    expect(receiver.received[0]!.payload).toMatchObject({ event: 'user.created', user: { name: 'Dave' } });
  });
});
