import type { FieldChange, Payment } from '../domain/events.ts';
import { toV1Id, toV1User, toV2User } from '../representations/users.ts';
import type { components as V1 } from '../../generated/v1/types.ts';
import type { components as V2 } from '../../generated/v2/types.ts';
import type { RecordedEvent } from './event-codec.ts';

export const PAYLOAD_VERSIONS = ['v1', 'v2'] as const;
export type PayloadVersion = (typeof PAYLOAD_VERSIONS)[number];

type V1Schemas = V1['schemas'];
type V2Schemas = V2['schemas'];

/** Bodies as each spec's `webhooks:` section declares them. */
export type V1Payload =
  | V1Schemas['UserCreatedEvent']
  | V1Schemas['UserUpdatedEvent']
  | V1Schemas['UserDeletedEvent']
  | V1Schemas['PaymentSucceededEvent']
  | V1Schemas['PaymentFailedEvent'];

export type V2Payload =
  | V2Schemas['UserCreatedEvent']
  | V2Schemas['UserUpdatedEvent']
  | V2Schemas['UserDeletedEvent']
  | V2Schemas['PaymentSucceededEvent']
  | V2Schemas['PaymentFailedEvent'];

export type WebhookPayload = V1Payload | V2Payload;

function changeValue(value: unknown): string | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return value instanceof Date ? value.toISOString() : String(value);
}

function changesOf(changes: Record<string, FieldChange>): Record<string, { old: string | boolean | null; new: string | boolean | null }> {
  return Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, { old: changeValue(change.old), new: changeValue(change.new) }]));
}

function v1Payment(payment: Payment): V1Schemas['Payment'] {
  return { id: payment.id, amount: payment.amount, currency: payment.currency, userId: toV1Id(payment.userId) };
}

function v2Payment(payment: Payment): V2Schemas['Payment'] {
  return { id: payment.id, amount: payment.amount, currency: payment.currency, userId: payment.userId };
}

/** Payload version `v1` (the v1 spec's `webhooks:`): `{ event, timestamp, data }`. */
export function renderV1({ event, occurredAt, deletedByKind }: RecordedEvent): V1Payload {
  const timestamp = occurredAt.toISOString();
  switch (event.type) {
    case 'user.created':
      return { event: event.type, timestamp, data: toV1User(event.user) };
    case 'user.updated':
      return { event: event.type, timestamp, data: { ...toV1User(event.user), changes: changesOf(event.changes) } };
    case 'user.deleted':
      return {
        event: event.type,
        timestamp,
        data: { id: toV1Id(event.user.id), deletedBy: deletedByKind === 'user' ? toV1Id(event.deletedBy) : event.deletedBy },
      };
    case 'payment.succeeded':
      return { event: event.type, timestamp, data: v1Payment(event.payment) };
    case 'payment.failed':
      return { event: event.type, timestamp, data: { ...v1Payment(event.payment), error: { ...event.error } } };
  }
}

/** Payload version `v2` (the v2 spec's `webhooks:`). */
export function renderV2({ event, occurredAt }: RecordedEvent): V2Payload {
  const timestamp = occurredAt.toISOString();
  switch (event.type) {
    case 'user.created':
      return { event: event.type, user: toV2User(event.user), timestamp };
    case 'user.updated':
      return { event: event.type, user: toV2User(event.user), changes: changesOf(event.changes), timestamp };
    case 'user.deleted':
      return { event: event.type, userId: event.user.id, deletedBy: event.deletedBy, timestamp };
    case 'payment.succeeded':
      return { event: event.type, payment: v2Payment(event.payment), timestamp };
    case 'payment.failed':
      return { event: event.type, payment: v2Payment(event.payment), error: { ...event.error }, timestamp };
  }
}

export function renderPayload(recorded: RecordedEvent, version: PayloadVersion): WebhookPayload {
  return version === 'v1' ? renderV1(recorded) : renderV2(recorded);
}
