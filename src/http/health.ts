import type { FastifyInstance } from 'fastify';

/** Reports whether the database answers; rejects when it does not. */
export type DatabaseProbe = () => Promise<void>;

const READINESS_TIMEOUT_MS = 2_000;

function withTimeout(probe: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([probe, timeout]).finally(() => clearTimeout(timer));
}

/** `GET /healthz`: the process is up. `GET /readyz`: it can serve requests, i.e. the database answers. */
export function registerHealthRoutes(app: FastifyInstance, probeDatabase: DatabaseProbe): void {
  app.get('/healthz', (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await withTimeout(probeDatabase(), READINESS_TIMEOUT_MS);
      return reply.send({ status: 'ok' });
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed: the database does not answer');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
