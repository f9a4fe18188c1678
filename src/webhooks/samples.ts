import type { DomainEvent, DomainEventType } from '../domain/events.ts';
import type { User } from '../domain/users/users.ts';
import type { RecordedEvent } from './event-codec.ts';

const SAMPLE_USER_ID = '00000000-0000-4000-8000-000000000000';
/** Stands for the API key that "deleted" the sample user. */
const SAMPLE_API_KEY_ID = '00000000-0000-4000-8000-000000000001';

function sampleUser(now: Date): User {
  return {
    id: SAMPLE_USER_ID,
    email: 'sample.user@example.com',
    name: 'Sample User',
    username: 'sample_user',
    role: 'user',
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

const samplePayment = { id: 'pay_test_0000000000000000', amount: 2999, currency: 'USD', userId: SAMPLE_USER_ID };

/** A made-up event of `type` for `POST /webhooks/{id}/test`: recognisable sample data, no real user. */
export function sampleEvent(type: DomainEventType, now: Date): RecordedEvent {
  const user = sampleUser(now);
  const events: Record<DomainEventType, DomainEvent> = {
    'user.created': { type: 'user.created', user },
    'user.updated': { type: 'user.updated', user: { ...user, name: 'Sample User Renamed' }, changes: { name: { old: 'Sample User', new: 'Sample User Renamed' } } },
    'user.deleted': { type: 'user.deleted', user: { ...user, deletedAt: now }, deletedBy: SAMPLE_API_KEY_ID, hard: false },
    'payment.succeeded': { type: 'payment.succeeded', payment: samplePayment },
    'payment.failed': { type: 'payment.failed', payment: samplePayment, error: { code: 'card_declined', message: 'The card was declined.' } },
  };
  return { event: events[type], occurredAt: now, ...(type === 'user.deleted' ? { deletedByKind: 'apiKey' as const } : {}) };
}
