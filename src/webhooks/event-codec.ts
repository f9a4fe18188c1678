import type { Prisma } from '../db/index.ts';
import { DOMAIN_EVENT_TYPES, type DomainEvent, type DomainEventType, type FieldChange } from '../domain/events.ts';
import { ROLES, type Role, type User } from '../domain/users/users.ts';

/** Who deleted a user: v1 payloads show a user as `user_...` and an API key by its UUID. */
export type ActorKind = 'user' | 'apiKey';

/** An event as the outbox recorded it. */
export interface RecordedEvent {
  event: DomainEvent;
  occurredAt: Date;
  /** For `user.deleted`: what `deletedBy` names. */
  deletedByKind?: ActorKind | undefined;
}

type Json = Prisma.InputJsonObject;

export function isDomainEventType(value: unknown): value is DomainEventType {
  return (DOMAIN_EVENT_TYPES as readonly unknown[]).includes(value);
}

function encodeUser(user: User): Json {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    username: user.username,
    role: user.role,
    deletedAt: user.deletedAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

function encodeChangeValue(value: unknown): Prisma.InputJsonValue | null {
  if (value instanceof Date) return value.toISOString();
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  return String(value);
}

/** The JSON stored in `webhook_events.data`. */
export function encodeEvent(event: DomainEvent, deletedByKind?: ActorKind): Json {
  switch (event.type) {
    case 'user.created':
      return { type: event.type, user: encodeUser(event.user) };
    case 'user.updated':
      return {
        type: event.type,
        user: encodeUser(event.user),
        changes: Object.fromEntries(
          Object.entries(event.changes).map(([field, change]) => [field, { old: encodeChangeValue(change.old), new: encodeChangeValue(change.new) }]),
        ),
      };
    case 'user.deleted':
      return { type: event.type, user: encodeUser(event.user), deletedBy: event.deletedBy, hard: event.hard, deletedByKind: deletedByKind ?? 'apiKey' };
    case 'payment.succeeded':
      return { type: event.type, payment: { ...event.payment } };
    case 'payment.failed':
      return { type: event.type, payment: { ...event.payment }, error: { ...event.error } };
  }
}

class MalformedEventError extends Error {
  constructor(what: string) {
    super(`malformed webhook event: ${what}`);
    this.name = 'MalformedEventError';
  }
}

type Reader = Record<string, unknown>;

function object(value: unknown, what: string): Reader {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedEventError(`${what} is not an object`);
  return value as Reader;
}

function string(source: Reader, key: string): string {
  const value = source[key];
  if (typeof value !== 'string') throw new MalformedEventError(`${key} is not a string`);
  return value;
}

function date(source: Reader, key: string): Date {
  return new Date(string(source, key));
}

function decodeUser(value: unknown): User {
  const user = object(value, 'user');
  const role = user.role;
  if (!(ROLES as readonly unknown[]).includes(role)) throw new MalformedEventError('user.role is unknown');
  return {
    id: string(user, 'id'),
    email: string(user, 'email'),
    name: string(user, 'name'),
    username: user.username === null ? null : string(user, 'username'),
    role: role as Role,
    deletedAt: user.deletedAt === null ? null : date(user, 'deletedAt'),
    createdAt: date(user, 'createdAt'),
    updatedAt: date(user, 'updatedAt'),
  };
}

function decodePayment(value: unknown) {
  const payment = object(value, 'payment');
  const amount = payment.amount;
  if (typeof amount !== 'number') throw new MalformedEventError('payment.amount is not a number');
  return { id: string(payment, 'id'), amount, currency: string(payment, 'currency'), userId: string(payment, 'userId') };
}

function decodeChanges(value: unknown): Record<string, FieldChange> {
  const changes = object(value, 'changes');
  return Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, { old: object(change, field).old, new: object(change, field).new }]));
}

/** The event stored by `encodeEvent`, with the time the outbox recorded it. */
export function decodeEvent(data: unknown, occurredAt: Date): RecordedEvent {
  const json = object(data, 'event');
  const type = json.type;
  if (!isDomainEventType(type)) throw new MalformedEventError(`unknown type ${String(type)}`);
  switch (type) {
    case 'user.created':
      return { event: { type, user: decodeUser(json.user) }, occurredAt };
    case 'user.updated':
      return { event: { type, user: decodeUser(json.user), changes: decodeChanges(json.changes) }, occurredAt };
    case 'user.deleted':
      return {
        event: { type, user: decodeUser(json.user), deletedBy: string(json, 'deletedBy'), hard: json.hard === true },
        occurredAt,
        deletedByKind: json.deletedByKind === 'user' ? 'user' : 'apiKey',
      };
    case 'payment.succeeded':
      return { event: { type, payment: decodePayment(json.payment) }, occurredAt };
    case 'payment.failed': {
      const error = object(json.error, 'error');
      return { event: { type, payment: decodePayment(json.payment), error: { code: string(error, 'code'), message: string(error, 'message') } }, occurredAt };
    }
  }
}
