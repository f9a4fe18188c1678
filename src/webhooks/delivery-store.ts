import type { PrismaClient } from '../db/index.ts';
import type { DomainEventType } from '../domain/events.ts';
import { decodeEvent, isDomainEventType, type RecordedEvent } from './event-codec.ts';
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
  url: string;
  payloadVersion: PayloadVersion;
  secrets: SigningSecrets;
  event: RecordedEvent;
}

interface ClaimRow {
  id: string;
  lease_token: string;
  endpoint_id: string;
  event_type: string;
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
      RETURNING d.id, d.lease_token, d.endpoint_id, d.event_id, d.event_type
    )
    SELECT c.id::text, c.lease_token::text, c.endpoint_id::text, c.event_type, e.url, e.payload_version::text,
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
      url: row.url,
      payloadVersion: row.payload_version === 'v1' ? 'v1' : 'v2',
      secrets: { secret: row.secret, previousSecret: row.previous_secret, previousSecretExpiresAt: row.previous_secret_expires_at },
      event: decodeEvent(row.data, row.occurred_at),
    };
  });
}

export type RecordOutcome = 'succeeded' | 'retrying' | 'failed' | 'gone' | 'lease-lost';

/**
 * Records an attempt and what follows from it: success, a retry per the event's policy (or later when the
 * receiver's Retry-After says so), failure after the last attempt, or, on 410, failure and the endpoint disabled.
 * Only the holder of the current lease records: a dispatcher whose lease expired and was taken over records nothing.
 */
export async function recordAttempt(
  prisma: PrismaClient,
  delivery: ClaimedDelivery,
  attempt: AttemptResult & { attemptedAt: Date },
  now: Date,
): Promise<RecordOutcome> {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ attempt_count: number; max_attempts: number }[]>`
      SELECT attempt_count, max_attempts FROM webhook_deliveries
      WHERE id = ${delivery.id}::uuid AND lease_token = ${delivery.leaseToken}::uuid
      FOR UPDATE`;
    if (!row) return 'lease-lost';
    const attemptNumber = row.attempt_count + 1;
    const status = attempt.statusCode;
    let outcome: Exclude<RecordOutcome, 'lease-lost'>;
    if (status !== null && status >= 200 && status < 300) outcome = 'succeeded';
    else if (status === 410) outcome = 'gone';
    else outcome = attemptNumber >= row.max_attempts ? 'failed' : 'retrying';
    const nextAttemptAt =
      outcome === 'retrying'
        ? new Date(now.getTime() + retryDelayMs(delivery.eventType, attemptNumber, parseRetryAfter(attempt.retryAfter, now)))
        : null;

    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attemptCount: attemptNumber,
        status: outcome === 'succeeded' ? 'succeeded' : outcome === 'retrying' ? 'pending' : 'failed',
        nextAttemptAt,
        leasedUntil: null,
        leaseToken: null,
      },
    });
    await tx.webhookDeliveryAttempt.create({
      data: {
        deliveryId: delivery.id,
        attemptedAt: attempt.attemptedAt,
        statusCode: attempt.statusCode,
        latencyMs: attempt.latencyMs,
        error: attempt.error,
        responseBody: attempt.responseBody,
      },
    });
    if (outcome === 'gone') {
      await tx.webhookEndpoint.update({ where: { id: delivery.endpointId }, data: { enabled: false, disabledReason: GONE_REASON } });
    }
    return outcome;
  });
}
