import type { Prisma } from '../db/index.ts';
import type { User } from './users/users.ts';

/** A field that changed: its value before and after. */
export interface FieldChange {
  old: unknown;
  new: unknown;
}

export interface Payment {
  id: string;
  /** In the currency's minor units. */
  amount: number;
  /** ISO 4217. */
  currency: string;
  userId: string;
}

/** Everything the service reports to subscribers, in version-neutral form (each payload version renders it). */
export type DomainEvent =
  | { type: 'user.created'; user: User }
  | { type: 'user.updated'; user: User; changes: Record<string, FieldChange> }
  | { type: 'user.deleted'; user: User; deletedBy: string; hard: boolean }
  | { type: 'payment.succeeded'; payment: Payment }
  | { type: 'payment.failed'; payment: Payment; error: { code: string; message: string } };

export type DomainEventType = DomainEvent['type'];

export const DOMAIN_EVENT_TYPES = ['user.created', 'user.updated', 'user.deleted', 'payment.succeeded', 'payment.failed'] as const satisfies readonly DomainEventType[];

export type Transaction = Prisma.TransactionClient;

/**
 * Records an event inside the transaction of the change it reports (transactional outbox): the event exists
 * exactly when the change is committed.
 */
export interface EventPublisher {
  publish(tx: Transaction, event: DomainEvent): Promise<void>;
}

/** For code paths that report nothing (tools, tests of other concerns). */
export const NO_EVENTS: EventPublisher = { publish: async () => {} };
