import Fastify, { type FastifyInstance } from 'fastify';
import { mockRoutes } from '../../src/framework/mock/index.ts';
import type { ResponseCheckOptions } from '../../src/framework/index.ts';
import type { MockTarget } from './target.ts';

export interface MockServerOptions {
  seed?: number;
  /** Checks every answer against the spec (tests). */
  responseCheck?: ResponseCheckOptions;
  logger?: boolean;
}

/** A Fastify app serving the mock of `target` under the spec's base path (not listening). */
export async function buildMockApp(target: MockTarget, options: MockServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  await app.register(
    mockRoutes({
      module: target.module,
      document: target.document,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.responseCheck ? { responseCheck: options.responseCheck } : {}),
    }),
    { prefix: target.module.basePath },
  );
  await app.ready();
  return app;
}
