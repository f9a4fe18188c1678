import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/** What a browser's preflight from an origin not allowed is told (after its 405's message), in every API's format. */
export const REFUSED_PREFLIGHT = "Browsers may call this API from another origin only when the server's CORS_ORIGINS setting lists that origin";

/** Response headers a browser script may read besides the safelisted ones. */
const EXPOSED_HEADERS = ['Location', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/**
 * Cross-origin access for browsers on `origins` only: their preflights succeed and their responses carry CORS
 * headers; other origins get none. Without origins nothing is registered and OPTIONS is a method like any other.
 */
export async function registerCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
    // an OPTIONS request that is not a valid preflight goes on to the 404/405 answer, in the API's format
    strictPreflight: false,
  });
}
