import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

/** Host, port and database of a Redis URL, without credentials. */
function redisAddress(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || '6379'}${pathname.length > 1 ? pathname : ''}`;
}

/** ioredis's words for a server that is not a usable Redis, in a user's words; the rest as they are. */
const FAILURES: readonly [RegExp, string][] = [
  [/^Protocol error/, 'what answers there does not speak Redis\'s protocol: is REDIS_URL the address of a Redis server?'],
  [/^Stream isn't writeable/, 'the connection closed before Redis answered: is REDIS_URL the address of a Redis server?'],
  [/^Command timed out/, 'it did not answer within a second'],
  [/^(NOAUTH|WRONGPASS)/, 'it refused the password: check the user and password in REDIS_URL'],
];

/** Why Redis cannot be used, for the warning. */
export function redisFailureText(error: Error): string {
  const message = error.message || String((error as { code?: unknown }).code ?? error.name);
  const known = FAILURES.find(([pattern]) => pattern.test(message));
  return known ? known[1] : message;
}

/**
 * The shared rate-limit store. Commands fail at once while Redis is unreachable (no offline queue, no retries per
 * command), so requests are not held up.
 */
export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  let reported = false;
  const where = redisAddress(url);
  redis.on('error', (error: Error) => {
    if (!reported) {
      log.warn({ err: error }, `Redis at ${where} (REDIS_URL) cannot be used: ${redisFailureText(error)}; rate limits are not enforced until it is back (check REDIS_URL)`);
    }
    reported = true;
  });
  redis.on('ready', () => {
    if (reported) log.info('Redis is reachable again');
    reported = false;
  });
  // Served at once either way: when Redis is down at start, the client keeps trying in the background.
  await redis.connect().catch(() => {});
  return redis;
}
