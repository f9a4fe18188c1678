import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../db/index.ts';
import type { DomainEventType } from '../domain/events.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { createDispatcher, type Dispatcher, type DispatcherOptions } from './dispatcher.ts';
import { createHttpTransport, type Transport } from './http-transport.ts';
import { createOutbox } from './outbox.ts';
import { createWebhookDeliveryService, type WebhookDeliveryService } from './deliveries.ts';
import { createWebhookEndpointService, type WebhookEndpointService } from './endpoints.ts';
import { manualClock } from './testing/clock.ts';
import { startReceiver, type TestReceiver } from '../harness/webhook-receiver.ts';

let database: TestDatabase;
let prisma: PrismaClient;
let receiver: TestReceiver;
let clock: ReturnType<typeof manualClock>;
let webhooks: WebhookEndpointService;
let deliveryLog: WebhookDeliveryService;
const dispatchers: Dispatcher[] = [];

beforeAll(async () => {
  [database, receiver] = await Promise.all([createTestDatabase(), startReceiver()]);
  prisma = database.db.prisma;
});
afterAll(async () => {
  await Promise.all(dispatchers.map((d) => d.stop()));
  await receiver?.close();
  await database?.cleanup();
});
beforeEach(async () => {
  await prisma.webhookEndpoint.deleteMany();
  receiver.received.length = 0;
  receiver.rejected.length = 0;
  receiver.respond = () => ({ status: 200, body: 'ok' });
  clock = manualClock();
  webhooks = createWebhookEndpointService(prisma, { allowPrivateTargets: true, now: clock.now });
  deliveryLog = createWebhookDeliveryService(prisma, { now: clock.now });
});

function dispatcher(options: Partial<DispatcherOptions> = {}): Dispatcher {
  const created = createDispatcher(prisma, { allowPrivateTargets: true, now: clock.now, timeoutMs: 2_000, ...options });
  dispatchers.push(created);
  return created;
}

async function subscribe(path = '/hook', events: DomainEventType[] = ['user.created', 'user.deleted']) {
  const { endpoint, secret } = await webhooks.create({ url: `${receiver.origin}${path}`, events });
  receiver.secrets.set(path, [secret.secret]);
  return endpoint;
}

const alice = {
  id: '9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605',
  email: 'alice@example.com',
  name: 'Alice',
  username: null,
  role: 'user' as const,
  deletedAt: null,
  createdAt: new Date(),
  updatedAt: new Date(),
};

function publish(type: 'user.created' | 'user.deleted'): Promise<void> {
  const outbox = createOutbox(prisma, { now: clock.now });
  const event = type === 'user.created' ? { type, user: alice } : { type, user: alice, deletedBy: alice.id, hard: true };
  return outbox.publishStandalone(event);
}

/** Attempts made when the clock reaches each offset (ms from the start), one runOnce per offset. */
async function attemptsAt(run: Dispatcher, offsets: number[]): Promise<number[]> {
  const made: number[] = [];
  let at = 0;
  for (const offset of offsets) {
    clock.advance(offset - at);
    at = offset;
    made.push(await run.runOnce());
  }
  return made;
}

async function onlyDelivery() {
  const [delivery, ...others] = await prisma.webhookDelivery.findMany({ include: { attempts: { orderBy: { number: 'asc' } }, endpoint: true } });
  expect(others).toEqual([]);
  return delivery!;
}

describe('retries', () => {
  it('retries user.created 3 times, after 1 s, 2 s and 4 s, then fails; every attempt has the same webhook-id and a fresh signature', async () => {
    await subscribe();
    receiver.respond = () => ({ status: 500, body: 'down' });
    await publish('user.created');
    const run = dispatcher();
    //                                      t0 first  +1s      +2s          +4s         later
    expect(await attemptsAt(run, [0, 999, 1_000, 2_999, 3_000, 6_999, 7_000, 60_000, 3_600_000])).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 0]);

    const delivery = await onlyDelivery();
    expect(delivery).toMatchObject({ status: 'failed', attemptCount: 4, nextAttemptAt: null });
    expect(delivery.attempts.map((a) => [a.statusCode, a.responseBody])).toEqual(Array(4).fill([500, 'down']));
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivery.id]));
    expect(receiver.received.map((r) => Number(r.headers['webhook-timestamp']) - Number(receiver.received[0]!.headers['webhook-timestamp']))).toEqual([0, 1, 3, 7]);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-signature'])).size).toBe(4);
    expect(receiver.rejected).toEqual([]);
  });

  it('retries user.deleted 5 times, after 1, 2, 4, 8 and 16 s', async () => {
    await subscribe();
    receiver.respond = () => ({ status: 503 });
    await publish('user.deleted');
    const run = dispatcher();
    const due = [0, 1_000, 3_000, 7_000, 15_000, 31_000];
    expect(await attemptsAt(run, due.flatMap((t) => (t === 0 ? [0] : [t - 1, t])))).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(await attemptsAt(run, [100_000])).toEqual([0]);
    expect(await onlyDelivery()).toMatchObject({ status: 'failed', attemptCount: 6 });
  });

  it('succeeds on a later attempt and stops retrying', async () => {
    await subscribe();
    let calls = 0;
    receiver.respond = () => (++calls === 1 ? { status: 502 } : { status: 204 });
    await publish('user.created');
    expect(await attemptsAt(dispatcher(), [0, 1_000, 3_000])).toEqual([1, 1, 0]);
    const delivery = await onlyDelivery();
    expect(delivery).toMatchObject({ status: 'succeeded', attemptCount: 2, nextAttemptAt: null });
    expect(delivery.attempts.map((a) => a.statusCode)).toEqual([502, 204]);
  });

  it('honours Retry-After', async () => {
    await subscribe();
    let calls = 0;
    receiver.respond = () => (++calls === 1 ? { status: 429, headers: { 'retry-after': '30' } } : { status: 200 });
    await publish('user.created');
    expect(await attemptsAt(dispatcher(), [0, 1_000, 29_999, 30_000])).toEqual([1, 0, 0, 1]);
    expect(await onlyDelivery()).toMatchObject({ status: 'succeeded', attemptCount: 2 });
  });

  it('disables the endpoint on 410 Gone and does not retry', async () => {
    const endpoint = await subscribe();
    receiver.respond = () => ({ status: 410 });
    await publish('user.created');
    expect(await attemptsAt(dispatcher(), [0, 1_000, 10_000])).toEqual([1, 0, 0]);
    expect(await onlyDelivery()).toMatchObject({ status: 'failed', attemptCount: 1, nextAttemptAt: null });
    expect(await webhooks.get(endpoint.id)).toMatchObject({ enabled: false, disabledReason: 'The endpoint answered 410 Gone.' });
    await publish('user.created');
    expect(await prisma.webhookDelivery.count()).toBe(1);
  });

  it('after the last attempt the delivery is failed in the log, and a retry by hand sends it again with the same webhook-id', async () => {
    const endpoint = await subscribe();
    receiver.respond = () => ({ status: 500, body: 'x'.repeat(5_000) });
    await publish('user.created');
    const run = dispatcher();
    await attemptsAt(run, [0, 1_000, 3_000, 7_000]);
    const [failed] = (await deliveryLog.listDeliveries(endpoint.id, { page: 1, limit: 10, status: 'failed' })).deliveries;
    expect(failed).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(failed!.attempts).toHaveLength(4);
    expect(failed!.attempts[0]!.responseBody).toHaveLength(1024);

    receiver.respond = () => ({ status: 200 });
    const queued = await deliveryLog.retryDelivery(endpoint.id, failed!.id);
    expect(queued).toMatchObject({ id: failed!.id, status: 'pending', nextAttemptAt: clock.now() });
    expect(await run.runOnce()).toBe(1);
    const retried = await deliveryLog.getDelivery(endpoint.id, failed!.id);
    expect(retried).toMatchObject({ status: 'succeeded', nextAttemptAt: null });
    expect(retried.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 500, 200]);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([failed!.id]));

    receiver.respond = () => ({ status: 500 });
    await deliveryLog.retryDelivery(endpoint.id, failed!.id);
    expect(await attemptsAt(run, [7_000, 8_000, 100_000])).toEqual([1, 0, 0]);
    expect(await deliveryLog.getDelivery(endpoint.id, failed!.id)).toMatchObject({ status: 'failed' });
  });

  it('counts a timeout, a refused connection and a redirect as failed attempts, and follows no redirect', async () => {
    await subscribe('/slow');
    await subscribe('/redirect');
    const closed = await webhooks.create({ url: 'http://127.0.0.1:9/closed', events: ['user.created'] });
    receiver.respond = (request) =>
      request.path === '/slow' ? new Promise((resolve) => setTimeout(() => resolve({ status: 200 }), 1_000)) : { status: 302, headers: { location: `${receiver.origin}/slow` } };
    await publish('user.created');
    expect(await dispatcher({ timeoutMs: 200 }).runOnce()).toBe(3);
    const attempts = await prisma.webhookDeliveryAttempt.findMany({ include: { delivery: { include: { endpoint: true } } } });
    const byPath = Object.fromEntries(attempts.map((a) => [new URL(a.delivery.endpoint.url).pathname, a]));
    expect(byPath['/slow']).toMatchObject({ statusCode: null, error: 'Timed out after 200 ms' });
    expect(byPath['/redirect']).toMatchObject({ statusCode: 302, error: null });
    expect(byPath['/closed']).toMatchObject({ statusCode: null, error: 'Connection refused' });
    expect(receiver.received.map((r) => r.path).sort()).toEqual(['/redirect', '/slow']);
    expect(closed.endpoint.enabled).toBe(true);
  });

  it('a dispatcher killed after sending and before recording: the delivery is sent again with the same webhook-id once the lease expires', async () => {
    await subscribe();
    await publish('user.created');
    const real = createHttpTransport({ allowPrivateTargets: true, timeoutMs: 2_000, maxSockets: 1 });
    let unfreeze: () => void = () => {};
    const frozen = new Promise<void>((resolve) => (unfreeze = resolve));
    const sendThenFreeze: Transport = async (request) => {
      const result = await real.send(request);
      await frozen;
      return result;
    };
    const killed = dispatcher({ transport: sendThenFreeze, leaseMs: 30_000 });
    const stuck = killed.runOnce();
    await receiver.waitFor(1);

    const restarted = dispatcher({ leaseMs: 30_000 });
    clock.advance(29_999);
    expect(await restarted.runOnce()).toBe(0);
    clock.advance(1);
    expect(await restarted.runOnce()).toBe(1);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([receiver.received[0]!.headers['webhook-id'], receiver.received[0]!.headers['webhook-id']]);

    // The first dispatcher comes back: its lease was taken over, so it records nothing.
    unfreeze();
    await stuck;
    real.close();
    const delivery = await onlyDelivery();
    expect(delivery).toMatchObject({ status: 'succeeded', attemptCount: 1 });
    expect(delivery.attempts).toHaveLength(1);
  });
});

describe('secret rotation', () => {
  it('signs with both secrets for 24 hours after a rotation, then with the new one only', async () => {
    const endpoint = await subscribe('/rotated', ['user.created']);
    const [oldSecret] = receiver.secrets.get('/rotated')!;
    const { secret } = await webhooks.update(endpoint.id, { rotateSecret: true });
    expect(secret?.secret).toMatch(/^whsec_/);
    expect(secret?.secret).not.toBe(oldSecret);
    expect(secret?.previousSecretExpiresAt?.getTime()).toBe(clock.now().getTime() + 24 * 3_600_000);
    receiver.secrets.set('/rotated', [oldSecret!, secret!.secret]);

    await publish('user.created');
    await dispatcher().runOnce();
    expect(receiver.received[0]!.verifiedWith).toEqual([oldSecret, secret!.secret]);
    expect(String(receiver.received[0]!.headers['webhook-signature']).split(' ')).toHaveLength(2);

    // Rotated again 25 hours ago: the grace period of the secret before it is over.
    const past = createWebhookEndpointService(prisma, { allowPrivateTargets: true, now: () => new Date(Date.now() - 25 * 3_600_000) });
    const { secret: newest } = await past.update(endpoint.id, { rotateSecret: true });
    receiver.secrets.set('/rotated', [secret!.secret, newest!.secret]);
    await publish('user.created');
    await dispatcher().runOnce();
    expect(receiver.received[1]!.verifiedWith).toEqual([newest!.secret]);
    expect(String(receiver.received[1]!.headers['webhook-signature']).split(' ')).toHaveLength(1);
  });
});
