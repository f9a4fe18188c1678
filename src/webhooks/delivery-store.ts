import type { PrismaClient } from '../db/index.ts';
import type { DomainEventType } from '../domain/events.ts';
import { isDomainEventType } from './event-codec.ts';
import type { AttemptResult } from './http-transport.ts';
import type { PayloadVersion } from './payloads.ts';
import { parseRetryAfter, retryDelayMs } from './retry-policy.ts';
import type { SigningSecrets } from './signing.ts';

/** A due delivery a dispatcher holds under lease, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  leaseToken: string;
  endpointId: string;
  eventType: DomainEventType;
  /** Attempts recorded before this claim. */
  attemptCount: number;
  url: string;
  payloadVersion: PayloadVersion;
  secrets: SigningSecrets;
  /** The stored event (`decodeEvent` reads it) and when it was recorded. */
  eventData: unknown;
  occurredAt: Date;
}

interface ClaimRow {
  id: string;
  lease_token: string;
  endpoint_id: string;
  event_type: string;
  attempt_count: number;
  url: string;
  payload_version: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  data: unknown;
  occurred_at: Date;
}

export const GONE_REASON = 'The endpoint answered 410 Gone.';

/**
 * Claims up to `limit` due deliveries of enabled endpoints in one statement (its own short transaction):
 * `FOR UPDATE SKIP LOCKED` keeps concurrent claimers off each other's rows, and the lease (`leased_until`,
 * `lease_token`) keeps others off them until it expires, e.g. after the holder died.
 */
export async function claimDueDeliveries(prisma: PrismaClient, options: { now: Date; leaseMs: number; limit: number }): Promise<ClaimedDelivery[]> {
  const { now, limit } = options;
  const leasedUntil = new Date(now.getTime() + options.leaseMs);
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    WITH due AS (
      SELECT d.id
      FROM webhook_deliveries d
      JOIN webhook_endpoints e ON e.id = d.endpoint_id
      WHERE d.status = 'pending' AND d.next_attempt_at <= ${now}
        AND (d.leased_until IS NULL OR d.leased_until <= ${now})
        AND e.enabled
      ORDER BY d.next_attempt_at
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED
    ), claimed AS (
      UPDATE webhook_deliveries d
      SET leased_until = ${leasedUntil}, lease_token = gen_random_uuid()
      FROM due
      WHERE d.id = due.id
      RETURNING d.id, d.lease_token, d.endpoint_id, d.event_id, d.event_type, d.attempt_count
    )
    SELECT c.id::text, c.lease_token::text, c.endpoint_id::text, c.event_type, c.attempt_count, e.url, e.payload_version::text,
           e.secret, e.previous_secret, e.previous_secret_expires_at, ev.data, ev.occurred_at
    FROM claimed c
    JOIN webhook_endpoints e ON e.id = c.endpoint_id
    JOIN webhook_events ev ON ev.id = c.event_id`;
  return rows.map((row) => {
    if (!isDomainEventType(row.event_type)) throw new Error(`delivery ${row.id} has an unknown event type ${row.event_type}`);
    return {
      id: row.id,
      leaseToken: row.lease_token,
      endpointId: row.endpoint_id,
      eventType: row.event_type,
      attemptCount: row.attempt_count,
      url: row.url,
      payloadVersion: row.payload_version === 'v1' ? 'v1' : 'v2',
      secrets: { secret: row.secret, previousSecret: row.previous_secret, previousSecretExpiresAt: row.previous_secret_expires_at },
      eventData: row.data,
      occurredAt: row.occurred_at,
    };
  });
}

export type RecordOutcome = 'succeeded' | 'retrying' | 'failed' | 'gone' | 'lease-lost';

/**
 * Records an attempt and what follows from it, in one statement: success; a retry per the event's policy (later
 * when the receiver's Retry-After says so); failure after the last attempt; or, on 410, failure and the endpoint
 * disabled. Only the holder of the current lease records: a dispatcher whose lease expired and was taken over
 * records nothing. `max_attempts` is read at recording time, since a retry by hand may raise it meanwhile.
 */
export async function recordAttempt(
  prisma: PrismaClient,
  delivery: ClaimedDelivery,
  attempt: AttemptResult & { attemptedAt: Date },
  now: Date,
): Promise<RecordOutcome> {
  const status = attempt.statusCode;
  const kind = status !== null && status >= 200 && status < 300 ? 'succeeded' : status === 410 ? 'gone' : 'retry';
  const attemptNumber = delivery.attemptCount + 1;
  const retryAt = new Date(now.getTime() + retryDelayMs(delivery.eventType, attemptNumber, parseRetryAfter(attempt.retryAfter, now)));
  const [row] = await prisma.$queryRaw<{ status: 'pending' | 'succeeded' | 'failed' }[]>`
    WITH updated AS (
      UPDATE webhook_deliveries
      SET attempt_count = attempt_count + 1,
          status = (CASE
            WHEN ${kind} = 'succeeded' THEN 'succeeded'
            WHEN ${kind} = 'gone' OR attempt_count + 1 >= max_attempts THEN 'failed'
            ELSE 'pending' END)::webhook_delivery_status,
          next_attempt_at = CASE WHEN ${kind} = 'retry' AND attempt_count + 1 < max_attempts THEN ${retryAt}::timestamptz END,
          leased_until = NULL, lease_token = NULL, updated_at = ${now}::timestamptz
      WHERE id = ${delivery.id}::uuid AND lease_token = ${delivery.leaseToken}::uuid
      RETURNING id, attempt_count, status
    ), attempt AS (
      INSERT INTO webhook_delivery_attempts (id, delivery_id, number, attempted_at, status_code, latency_ms, error, response_body)
      SELECT gen_random_uuid(), id, attempt_count, ${attempt.attemptedAt}::timestamptz, ${status}::int, ${attempt.latencyMs}::int,
             ${attempt.error}::text, ${attempt.responseBody}::text
      FROM updated
    ), disabled AS (
      UPDATE webhook_endpoints SET enabled = false, disabled_reason = ${GONE_REASON}, updated_at = ${now}::timestamptz
      WHERE ${kind} = 'gone' AND id = ${delivery.endpointId}::uuid AND EXISTS (SELECT 1 FROM updated)
    )
    SELECT status::text AS status FROM updated`;
  if (!row) return 'lease-lost';
  if (row.status === 'succeeded') return 'succeeded';
  if (row.status === 'pending') return 'retrying';
  return kind === 'gone' ? 'gone' : 'failed';
}
