import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';

/**
 * The in-process rate-limit store, shared by every registration handed the same instance, so APIs that share a
 * budget (v2 and GraphQL) share it without Redis too. Fixed windows per key, expired ones swept as it grows.
 */
export class MemoryRateLimitStore implements FastifyRateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
    const now = Date.now();
    if (this.windows.size > 50_000) this.sweep(now);
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

  /** For @fastify/rate-limit's `store` option, which wants a constructor. */
  asConstructor(): FastifyRateLimitStoreCtor {
    // a constructor that returns an object makes `new` give that object: every registration gets this store
    return function SharedStore(this: unknown, store: MemoryRateLimitStore) {
      return store;
    }.bind(undefined, this) as unknown as FastifyRateLimitStoreCtor;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
