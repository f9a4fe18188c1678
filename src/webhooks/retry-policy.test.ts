import { describe, expect, it } from 'vitest';
import { maxAttemptsFor, MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelayMs } from './retry-policy.ts';

describe('retry policy (as the specs describe it)', () => {
  it('retries user.created and user.updated 3 times after 1 s, 2 s, 4 s', () => {
    for (const type of ['user.created', 'user.updated'] as const) {
      expect(maxAttemptsFor(type)).toBe(4);
      expect([1, 2, 3].map((attempt) => retryDelayMs(type, attempt, undefined))).toEqual([1_000, 2_000, 4_000]);
    }
  });

  it('retries the critical events 5 times after 1, 2, 4, 8, 16 s', () => {
    for (const type of ['user.deleted', 'payment.succeeded', 'payment.failed'] as const) {
      expect(maxAttemptsFor(type)).toBe(6);
      expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(type, attempt, undefined))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    }
  });

  it('waits longer when Retry-After asks for it, never shorter, and at most a day', () => {
    expect(retryDelayMs('user.created', 1, 30_000)).toBe(30_000);
    expect(retryDelayMs('user.created', 3, 500)).toBe(4_000);
    expect(retryDelayMs('user.created', 1, 10 * MAX_RETRY_AFTER_MS)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2024-01-16T14:22:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 16 Jan 2024 14:23:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Tue, 16 Jan 2024 14:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
