import underPressure from '@fastify/under-pressure';
import { getHeapStatistics } from 'node:v8';
import type { FastifyInstance } from 'fastify';
import type { EdgeErrors } from '../framework/index.ts';
import { apiError } from './error-catalogue.ts';

/** 0 turns a check off. */
export interface OverloadLimits {
  /** Mean event-loop delay over a sample above which requests are shed. */
  maxEventLoopDelayMs: number;
  /** Heap in use above which requests are shed. */
  maxHeapUsedBytes: number;
  sampleIntervalMs: number;
  retryAfterSeconds: number;
}

export const DEFAULT_OVERLOAD_LIMITS: OverloadLimits = {
  maxEventLoopDelayMs: 1_000,
  maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
  sampleIntervalMs: 1_000,
  retryAfterSeconds: 10,
};

/**
 * Sheds load in `scope` (the APIs; health, readiness and documents stay outside): while the event loop lags or the
 * heap is nearly full, requests get 503 SERVICE_UNAVAILABLE with `Retry-After` in their API's format, before any work.
 */
export async function registerOverloadProtection(scope: FastifyInstance, edges: EdgeErrors, limits: OverloadLimits): Promise<void> {
  const overloaded = apiError('SERVICE_UNAVAILABLE', 'The service is overloaded; retry later', undefined, {
    'retry-after': String(limits.retryAfterSeconds),
  });
  await scope.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    maxHeapUsedBytes: limits.maxHeapUsedBytes,
    sampleInterval: limits.sampleIntervalMs,
    retryAfter: limits.retryAfterSeconds,
    pressureHandler: (request, reply) => {
      request.log.warn('overloaded: request shed');
      edges.send(request, reply, overloaded);
    },
  });
}
