import rateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { clientAddressBudget } from './client-address.ts';
import { apiError } from './error-catalogue.ts';
import type { MemoryRateLimitStore } from './memory-rate-limit-store.ts';
import { RedisRateLimitStore } from './redis-rate-limit-store.ts';

/** A rate-limit budget: APIs registered with the same one spend the same budgets. */
export interface RateLimitBudget {
  /** Requests per minute for callers without a valid API key, and for keys without their own limit. */
  defaultPerMinute: number;
  /** Shared store for several instances; in-process when absent. */
  redis?: Redis | undefined;
  /** The in-process store, when there is no Redis: registrations given the same one share budgets. */
  memoryStore: MemoryRateLimitStore;
  /** Prefix of the budgets' Redis keys: separates services (and tests) sharing one Redis. */
  nameSpace: string;
}

const WINDOW_MS = 60_000;

/**
 * @fastify/rate-limit wants a store constructor and names its own stores' keys after the route (`undefined` for
 * hooks): a constructor that hands every registration this one store, whose keys are the budget keys only.
 */
function sharedStore(store: FastifyRateLimitStore): FastifyRateLimitStoreCtor {
  // a constructor that returns an object makes `new` give that object
  return function SharedStore() {
    return store;
  } as unknown as FastifyRateLimitStoreCtor;
}

function budgetOf(request: FastifyRequest, defaultPerMinute: number): { key: string; max: number } {
  const credential = request.credential;
  if (credential?.kind === 'apiKey') return { key: `key:${credential.key.id}`, max: credential.key.rateLimitPerMinute };
  if (credential?.kind === 'userToken') return { key: `user:${credential.holder.userId}`, max: defaultPerMinute };
  return { key: `ip:${clientAddressBudget(request.ip)}`, max: defaultPerMinute };
}

/**
 * Per API key (its own limit), per user for user tokens, else per client address, on every request of this context, 404s included.
 * `X-RateLimit-Reset` is sent as UTC epoch seconds. When Redis is unreachable, requests are served unlimited
 * (fail open) and the store error is logged: an outage of the limiter must not become an outage of the API.
 */
export async function registerRateLimit(app: FastifyInstance, options: RateLimitBudget): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    timeWindow: WINDOW_MS,
    max: options.defaultPerMinute,
    store: sharedStore(options.redis ? new RedisRateLimitStore(options.redis, options.nameSpace) : options.memoryStore),
    skipOnError: true,
  });
  const limiter = app.rateLimit({
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => budgetOf(request, options.defaultPerMinute).key,
    max: (request) => budgetOf(request, options.defaultPerMinute).max,
    errorResponseBuilder: (_request, context) =>
      apiError('RATE_LIMITED', `Too many requests: the limit is ${context.max} per minute; retry in ${context.after}`),
  });
  app.addHook('onRequest', limiter);
  // a callback hook, not an async one: no promise per response
  app.addHook('onSend', (_request, reply, payload, done) => {
    const secondsLeft = reply.getHeader('x-ratelimit-reset');
    if (secondsLeft !== undefined) reply.header('x-ratelimit-reset', Math.floor(Date.now() / 1000) + Number(secondsLeft));
    done(null, payload);
  });
}
