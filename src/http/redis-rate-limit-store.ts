import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';

/** A fixed window: the first hit of a key starts it; a key left without expiry gets one. Returns [count, ms left]. */
const HIT = `
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}`;

type RedisWithHit = Redis & {
  rateLimitHit(key: string, windowMs: number, callback: (error: Error | null | undefined, result?: [number, number]) => void): void;
};

/**
 * The Redis rate-limit store: one counter per budget key, named `<nameSpace><key>` and nothing else, so every API
 * (and every instance) that counts a credential counts the same one.
 */
export class RedisRateLimitStore implements FastifyRateLimitStore {
  private readonly redis: RedisWithHit;

  constructor(
    redis: Redis,
    private readonly nameSpace: string,
  ) {
    if (!('rateLimitHit' in redis)) redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT });
    this.redis = redis as RedisWithHit;
  }

  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
    this.redis.rateLimitHit(`${this.nameSpace}${key}`, timeWindow, (error, result) => {
      if (error || !result) callback(error ?? new Error('no answer from Redis'));
      else callback(null, { current: result[0], ttl: result[1] });
    });
  }

  child(): FastifyRateLimitStore {
    return this;
  }
}
