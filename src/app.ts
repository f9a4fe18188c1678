import fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/index.ts';
import { createApiKeyService, type ApiKeyService } from './domain/credentials/api-keys.ts';
import { docsPlugin } from './http/docs.ts';
import { registerHealthRoutes } from './http/health.ts';
import { loadSpecDocuments } from './http/spec-documents.ts';
import { registerSpecRoutes } from './http/specs.ts';
import { createLogger, type Logger } from './logger.ts';

export interface AppOptions {
  config: Config;
  db: Database;
  /** Defaults to a pino logger at `config.logLevel`. */
  logger?: Logger;
}

/** What the API plugins are built from. */
export interface AppContext {
  config: Config;
  db: Database;
  apiKeys: ApiKeyService;
}

/**
 * The place where the v1 and v2 REST APIs (and GraphQL) are bound to the app, each as a plugin under its base path,
 * e.g. `await app.register(v1Api, { context })`. Nothing is bound yet: their handlers come later.
 */
export async function registerApis(_app: FastifyInstance, _context: AppContext): Promise<void> {}

const PROBE_PATHS = new Set(['/healthz', '/readyz']);
const isProbe = (request: { url?: string }) => PROBE_PATHS.has(request.url ?? '');

/** The whole service as a Fastify instance, not listening: `main.ts` listens, tests use `inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  // Typed as Fastify's logger so plugins written against the default FastifyInstance fit.
  const loggerInstance: FastifyBaseLogger = options.logger ?? createLogger(config.logLevel);
  const app = fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: isProbe }),
  });
  const context: AppContext = {
    config,
    db,
    apiKeys: createApiKeyService(db.prisma, { defaultRateLimitPerMinute: config.rateLimitPerMinute }),
  };

  registerHealthRoutes(app, async () => {
    await db.prisma.$queryRaw`SELECT 1`;
  });
  const specs = await loadSpecDocuments();
  registerSpecRoutes(app, specs);
  await app.register(docsPlugin, { specs });
  await registerApis(app, context);
  return app;
}
