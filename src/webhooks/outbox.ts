import type { PrismaClient } from '../db/index.ts';
import { DomainError } from '../domain/errors.ts';
import type { DomainEvent, EventPublisher, Payment, Transaction } from '../domain/events.ts';
import { systemClock, type Clock } from './clock.ts';
import { encodeEvent, type ActorKind } from './event-codec.ts';
import { DELIVERY_CHANNEL } from './notifications.ts';
import { maxAttemptsFor } from './retry-policy.ts';
import { isUuid } from '../domain/ids.ts';

const CURRENCY = /^[A-Z]{3}$/;

export interface PaymentError {
  code: string;
  message: string;
}

/**
 * The transactional outbox. `publish` writes, in the caller's transaction, one event row and one delivery row per
 * enabled endpoint subscribed to the event type (nothing when there is none): the event is committed exactly
 * when the change it reports is. It also NOTIFYs the dispatchers, which PostgreSQL does at commit.
 */
export interface Outbox extends EventPublisher {
  /** Reports a successful payment, in the transaction that records it. */
  publishPaymentSucceeded(tx: Transaction, payment: Payment): Promise<void>;
  /** Reports a failed payment and why, in the transaction that records it. */
  publishPaymentFailed(tx: Transaction, payment: Payment, error: PaymentError): Promise<void>;
  /** For an event no database change goes with (e.g. a payment reported by a provider): publishes in a transaction of its own. */
  publishStandalone(event: DomainEvent): Promise<void>;
}

export interface OutboxOptions {
  now?: Clock;
}

/** Payment events come from outside: refuse what their payload schemas would not accept. */
function checkPayment(payment: Payment): void {
  const fields: string[] = [];
  if (payment.id.length === 0) fields.push('id');
  if (!Number.isSafeInteger(payment.amount) || payment.amount < 0) fields.push('amount');
  if (!CURRENCY.test(payment.currency)) fields.push('currency');
  if (!isUuid(payment.userId)) fields.push('userId');
  if (fields.length > 0) throw new DomainError('INVALID_INPUT', `Invalid payment: ${fields.join(', ')}`, fields);
}

async function actorKind(tx: Transaction, actorId: string): Promise<ActorKind> {
  if (!isUuid(actorId)) return 'apiKey';
  return (await tx.apiKey.findUnique({ where: { id: actorId }, select: { id: true } })) ? 'apiKey' : 'user';
}

export function createOutbox(prisma: PrismaClient, options: OutboxOptions = {}): Outbox {
  const now = options.now ?? systemClock;

  async function publish(tx: Transaction, event: DomainEvent): Promise<void> {
    if (event.type === 'payment.succeeded' || event.type === 'payment.failed') checkPayment(event.payment);
    const endpoints = await tx.webhookEndpoint.findMany({ where: { enabled: true, events: { has: event.type } }, select: { id: true } });
    if (endpoints.length === 0) return;
    const deletedByKind = event.type === 'user.deleted' ? await actorKind(tx, event.deletedBy) : undefined;
    const occurredAt = now();
    const { id: eventId } = await tx.webhookEvent.create({
      data: { type: event.type, data: encodeEvent(event, deletedByKind), occurredAt },
      select: { id: true },
    });
    await tx.webhookDelivery.createMany({
      data: endpoints.map((endpoint) => ({
        endpointId: endpoint.id,
        eventId,
        eventType: event.type,
        maxAttempts: maxAttemptsFor(event.type),
        nextAttemptAt: occurredAt,
        createdAt: occurredAt,
      })),
    });
    await tx.$executeRawUnsafe(`NOTIFY ${DELIVERY_CHANNEL}`);
  }

  return {
    publish,
    publishPaymentSucceeded: (tx, payment) => publish(tx, { type: 'payment.succeeded', payment }),
    publishPaymentFailed: (tx, payment, error) => publish(tx, { type: 'payment.failed', payment, error }),
    publishStandalone: (event) => prisma.$transaction((tx) => publish(tx, event)),
  };
}
