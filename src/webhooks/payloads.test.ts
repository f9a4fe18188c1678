import { describe, expect, it } from 'vitest';
import { DOMAIN_EVENT_TYPES } from '../domain/events.ts';
import type { User } from '../domain/users/users.ts';
import { decodeEvent, encodeEvent, type RecordedEvent } from './event-codec.ts';
import { PAYLOAD_VERSIONS, renderV1, renderV2 } from './payloads.ts';
import { sampleEvent } from './samples.ts';
import { payloadViolations } from './testing/payload-schemas.ts';

const at = new Date('2024-01-16T14:22:00.000Z');
const user: User = {
  id: '9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605',
  email: 'alice@example.com',
  name: 'Alice Johnson',
  username: null,
  role: 'user',
  deletedAt: null,
  createdAt: at,
  updatedAt: at,
};
const actor = '7b1e9d40-6c2a-4f8e-9d3b-0a5c7e2f1b69';

/** Through the outbox's storage format, as the dispatcher sees it. */
const stored = (recorded: RecordedEvent): RecordedEvent =>
  decodeEvent(JSON.parse(JSON.stringify(encodeEvent(recorded.event, recorded.deletedByKind))), recorded.occurredAt);

describe('webhook payloads', () => {
  it('renders user.created as the v2 and v1 specs declare it', () => {
    const recorded = stored({ event: { type: 'user.created', user }, occurredAt: at });
    expect(renderV2(recorded)).toEqual({
      event: 'user.created',
      user: { id: user.id, name: 'Alice Johnson', email: 'alice@example.com', role: 'user', active: true, createdAt: '2024-01-16T14:22:00.000Z', updatedAt: '2024-01-16T14:22:00.000Z' },
      timestamp: '2024-01-16T14:22:00.000Z',
    });
    expect(renderV1(recorded)).toEqual({
      event: 'user.created',
      timestamp: '2024-01-16T14:22:00.000Z',
      data: {
        id: 'user_9a6f3c0d5e8b4b7aa2c4d1e7f9b3a605',
        name: 'Alice Johnson',
        username: null,
        email: 'alice@example.com',
        role: 'user',
        createdAt: '2024-01-16T14:22:00.000Z',
        updatedAt: '2024-01-16T14:22:00.000Z',
      },
    });
  });

  it('renders user.updated with the changes of each field', () => {
    const changes = { name: { old: 'Alice', new: 'Alice Johnson' }, role: { old: 'user', new: 'admin' } };
    const recorded = stored({ event: { type: 'user.updated', user: { ...user, role: 'admin' }, changes }, occurredAt: at });
    expect(renderV2(recorded)).toMatchObject({ event: 'user.updated', changes, user: { role: 'admin' } });
    expect(renderV1(recorded)).toMatchObject({ event: 'user.updated', data: { id: 'user_9a6f3c0d5e8b4b7aa2c4d1e7f9b3a605', changes } });
  });

  it('renders user.deleted with who deleted it: an API key by its UUID, a user as user_... in v1', () => {
    const byKey = stored({ event: { type: 'user.deleted', user, deletedBy: actor, hard: true }, occurredAt: at, deletedByKind: 'apiKey' });
    expect(renderV2(byKey)).toEqual({ event: 'user.deleted', userId: user.id, deletedBy: actor, timestamp: '2024-01-16T14:22:00.000Z' });
    expect(renderV1(byKey)).toEqual({ event: 'user.deleted', timestamp: '2024-01-16T14:22:00.000Z', data: { id: 'user_9a6f3c0d5e8b4b7aa2c4d1e7f9b3a605', deletedBy: actor } });
    const byUser = stored({ ...byKey, deletedByKind: 'user' });
    expect(renderV2(byUser)).toMatchObject({ deletedBy: actor });
    expect(renderV1(byUser)).toMatchObject({ data: { deletedBy: 'user_7b1e9d406c2a4f8e9d3b0a5c7e2f1b69' } });
  });

  it('renders payments with the user id of each version', () => {
    const payment = { id: 'pay_3kT9xQ2mLp7Vw8Rz', amount: 2999, currency: 'USD', userId: user.id };
    const failed = stored({ event: { type: 'payment.failed', payment, error: { code: 'card_declined', message: 'The card was declined.' } }, occurredAt: at });
    expect(renderV2(failed)).toEqual({ event: 'payment.failed', payment, error: { code: 'card_declined', message: 'The card was declined.' }, timestamp: '2024-01-16T14:22:00.000Z' });
    expect(renderV1(failed)).toEqual({
      event: 'payment.failed',
      timestamp: '2024-01-16T14:22:00.000Z',
      data: { ...payment, userId: 'user_9a6f3c0d5e8b4b7aa2c4d1e7f9b3a605', error: { code: 'card_declined', message: 'The card was declined.' } },
    });
  });

  for (const version of PAYLOAD_VERSIONS) {
    it.each(DOMAIN_EVENT_TYPES)(`the ${version} sample of %s matches its schema`, (type) => {
      const payload = (version === 'v1' ? renderV1 : renderV2)(stored(sampleEvent(type, at)));
      expect(payload.event).toBe(type);
      expect(payloadViolations(version, type, payload)).toEqual([]);
    });
  }

  it('the schema check catches a payload that drifts from the spec', () => {
    expect(payloadViolations('v2', 'user.deleted', { event: 'user.deleted', userId: 'user_1', deletedBy: actor, timestamp: 'now' })).not.toEqual([]);
    expect(payloadViolations('v1', 'user.created', { event: 'user.created', timestamp: at.toISOString(), data: { id: user.id } })).not.toEqual([]);
  });
});
