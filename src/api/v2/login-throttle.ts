import type { Redis } from 'ioredis';

export interface ThrottleDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Counts attempts per key in fixed windows: in process, or in Redis so instances share the count. */
export interface LoginThrottle {
  hit(key: string): Promise<ThrottleDecision>;
}

export interface LoginThrottleOptions {
  max: number;
  windowMs: number;
  redis?: Redis | undefined;
  nameSpace: string;
}

function memoryThrottle({ max, windowMs }: LoginThrottleOptions): LoginThrottle {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    async hit(key) {
      const now = Date.now();
      if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      const window = windows.get(key);
      const current = window && window.resetAt > now ? window : { count: 0, resetAt: now + windowMs };
      current.count += 1;
      windows.set(key, current);
      return { allowed: current.count <= max, retryAfterSeconds: Math.ceil((current.resetAt - now) / 1000) };
    },
  };
}

/** Fails open like the request rate limit: while Redis is unreachable, attempts are not counted. */
function redisThrottle({ max, windowMs, redis, nameSpace }: LoginThrottleOptions & { redis: Redis }): LoginThrottle {
  return {
    async hit(key) {
      try {
        const name = `${nameSpace}${key}`;
        const result = await redis.multi().incr(name).pexpire(name, windowMs, 'NX').pttl(name).exec();
        const count = Number(result?.[0]?.[1] ?? 0);
        const ttl = Number(result?.[2]?.[1] ?? windowMs);
        return { allowed: count <= max, retryAfterSeconds: Math.ceil(Math.max(ttl, 0) / 1000) };
      } catch {
        return { allowed: true, retryAfterSeconds: 0 };
      }
    },
  };
}

export function createLoginThrottle(options: LoginThrottleOptions): LoginThrottle {
  return options.redis ? redisThrottle({ ...options, redis: options.redis }) : memoryThrottle(options);
}
