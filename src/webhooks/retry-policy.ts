import type { DomainEventType } from '../domain/events.ts';

const STANDARD_MS = [1_000, 2_000, 4_000] as const;
const CRITICAL_MS = [1_000, 2_000, 4_000, 8_000, 16_000] as const;

/** The waits before each retry, as the specs' `webhooks:` describe them: 3 retries, or 5 for the critical events. */
export const RETRY_DELAYS_MS: Readonly<Record<DomainEventType, readonly number[]>> = {
  'user.created': STANDARD_MS,
  'user.updated': STANDARD_MS,
  'user.deleted': CRITICAL_MS,
  'payment.succeeded': CRITICAL_MS,
  'payment.failed': CRITICAL_MS,
};

/** A `Retry-After` longer than this is cut to it. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/** The first attempt plus the retries. */
export function maxAttemptsFor(type: DomainEventType): number {
  return RETRY_DELAYS_MS[type].length + 1;
}

/**
 * How long to wait after failed attempt number `attempt` (1-based) before the next one: the backoff, or the
 * receiver's `Retry-After` when that is longer.
 */
export function retryDelayMs(type: DomainEventType, attempt: number, retryAfterMs: number | undefined): number {
  const delays = RETRY_DELAYS_MS[type];
  const backoff = delays[Math.min(attempt, delays.length) - 1] ?? delays[delays.length - 1] ?? 0;
  return Math.max(backoff, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

/** `Retry-After` in milliseconds from `now`: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
