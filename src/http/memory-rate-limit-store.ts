import type { FastifyRateLimitStore } from '@fastify/rate-limit';

/**
 * The in-process rate-limit store, shared by every registration handed the same instance, so the APIs share one
 * budget per credential without Redis too. Fixed windows per key, expired ones swept as it grows.
 */
export class MemoryRateLimitStore implements FastifyRateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  /** A large map is swept at most once a second: a sweep per request would cost each request the whole map. */
  private nextSweepAt = 0;

  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
    const now = Date.now();
    if (this.windows.size > 50_000 && now >= this.nextSweepAt) {
      this.sweep(now);
      this.nextSweepAt = now + 1_000;
    }
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + timeWindow };
      this.windows.set(key, window);
    }
    window.count += 1;
    callback(null, { current: window.count, ttl: window.resetAt - now });
  }

  child(): FastifyRateLimitStore {
    return this;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
