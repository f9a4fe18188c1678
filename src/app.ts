import fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { MemoryRateLimitStore } from './http/memory-rate-limit-store.ts';
import type { RateLimitBudget } from './http/rate-limit.ts';
import { formatV1Error } from './api/v1/errors.ts';
import { v1Api } from './api/v1/plugin.ts';
import { formatProblem } from './api/v2/errors.ts';
import { v2Api } from './api/v2/plugin.ts';
import { v2WebhookHandlers } from './api/v2/webhooks.ts';
import type { Database } from './db/index.ts';
import { EdgeErrors, useStrictJson, type ResponseViolation } from './framework/index.ts';
import { formatGraphqlHttpError } from './graphql/http-errors.ts';
import { GRAPHQL_PATH, graphqlApi } from './graphql/plugin.ts';
import { REFUSED_PREFLIGHT, registerCors } from './http/cors.ts';
import { docsPlugin } from './http/docs.ts';
import { registerHealthRoutes } from './http/health.ts';
import { DEFAULT_OVERLOAD_LIMITS, registerOverloadProtection, type OverloadLimits } from './http/overload.ts';
import { loadSpecDocuments } from './http/spec-documents.ts';
import { registerSpecRoutes } from './http/specs.ts';
import { createLogger, type Logger } from './logger.ts';
import { connectRedis } from './redis.ts';
import { createServices, type Services } from './services.ts';
import * as v1Routes from '../generated/v1/routes.ts';
import * as v2Routes from '../generated/v2/routes.ts';

export interface AppOptions {
  config: Config;
  db: Database;
  /** Defaults to a pino logger at `config.logLevel`. */
  logger?: Logger;
  /** Checks every API response against its spec and reports each mismatch (tests). */
  onResponseViolation?: (violation: ResponseViolation) => void;
  /** Prefix of rate-limit budgets in a shared store; `config.rateLimitNamespace` when absent. */
  rateLimitNamespace?: string;
  /** When the APIs shed load (tests force it with tiny limits). */
  overloadLimits?: Partial<OverloadLimits>;
}

/** On every response, errors included. */
const PROTECTIVE_HEADERS = { 'x-content-type-options': 'nosniff' } as const;

/** Node's limit on the request line and headers together; more is a 431. */
const MAX_HEADER_BYTES = 16 * 1024;

/** No body is larger, whatever its operation (the spec's bounds make most routes' limits far smaller). */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** What the API plugins are built from. */
export interface AppContext {
  config: Config;
  services: Services;
  onResponseViolation?: ((violation: ResponseViolation) => void) | undefined;
  rateLimitNamespace: string;
}

/** The REST APIs, each a plugin under its spec's base path, and GraphQL, all spending the same rate-limit budgets. */
export async function registerApis(app: FastifyInstance, context: AppContext): Promise<void> {
  const redis = context.config.redisUrl ? await connectRedis(context.config.redisUrl, app.log) : undefined;
  if (redis) app.addHook('onClose', async () => void redis.disconnect());
  // one budget per credential, whichever API it calls
  const budget: RateLimitBudget = {
    defaultPerMinute: context.config.rateLimitPerMinute,
    redis,
    memoryStore: new MemoryRateLimitStore(),
    nameSpace: context.rateLimitNamespace,
  };
  const { services, onResponseViolation } = context;
  await v1Api(app, { apiKeys: services.apiKeys, users: services.users, rateLimit: budget, onResponseViolation });
  await v2Api(app, {
    apiKeys: services.apiKeys,
    userTokens: services.userTokens,
    users: services.users,
    webhookHandlers: v2WebhookHandlers(services.webhookEndpoints, services.webhookDeliveries),
    rateLimit: budget,
    onResponseViolation,
  });
  await graphqlApi(app, { config: context.config, services, rateLimit: budget });
}

/**
 * Requests in flight when `close()` starts still finish, but their keep-alive connections would then stay open and
 * hold `close()` up until they time out: answer them with `Connection: close`.
 */
function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // a callback hook, not an async one: no promise per response
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}

/**
 * Fastify sets no request timeout: a client sending its body a byte at a time would hold its connection for ever.
 * Node checks for expired requests every `connectionsCheckingInterval`, and wants headers no later than the request.
 */
function requestTimeouts(requestTimeoutMs: number): { headersTimeout: number; connectionsCheckingInterval: number } {
  return { headersTimeout: Math.min(60_000, requestTimeoutMs), connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(requestTimeoutMs / 4))) };
}

const PROBE_PATHS = new Set(['/healthz', '/readyz']);
const isProbe = (request: { url?: string }) => PROBE_PATHS.has(request.url ?? '');

/** The whole service as a Fastify instance, not listening: `main.ts` listens, tests use `inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  // Typed as Fastify's logger so plugins written against the default FastifyInstance fit.
  const loggerInstance: FastifyBaseLogger = options.logger ?? createLogger(config.logLevel);
  // problem details (the v2 format) where no API's format applies
  const edges = new EdgeErrors({ fallback: formatProblem, headers: PROTECTIVE_HEADERS, refusedPreflight: REFUSED_PREFLIGHT, drainRefusedBodiesUpTo: BODY_LIMIT_BYTES });
  edges.addScope(v1Routes.basePath, formatV1Error);
  edges.addScope(v2Routes.basePath, formatProblem);
  edges.addScope(GRAPHQL_PATH, formatGraphqlHttpError);
  const app = fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: isProbe }),
    // a missing Host is refused in the API's format rather than with Node's empty 400
    http: { maxHeaderSize: MAX_HEADER_BYTES, requireHostHeader: false, ...requestTimeouts(config.requestTimeoutMs) },
    requestTimeout: config.requestTimeoutMs,
    bodyLimit: BODY_LIMIT_BYTES,
    ...edges.serverOptions(),
  });
  edges.register(app);
  useStrictJson(app);
  closeConnectionsWhenClosing(app);
  await registerCors(app, config.corsOrigins);
  const context: AppContext = {
    config,
    services: createServices(db.prisma, config),
    onResponseViolation:
      options.onResponseViolation ??
      (config.checkResponses ? (violation) => app.log.warn({ violation }, 'a response does not match the spec') : undefined),
    rateLimitNamespace: options.rateLimitNamespace ?? config.rateLimitNamespace,
  };

  registerHealthRoutes(app, async () => {
    await db.prisma.$queryRaw`SELECT 1`;
  });
  const specs = await loadSpecDocuments();
  registerSpecRoutes(app, specs);
  await app.register(docsPlugin, { specs, interactive: config.nodeEnv !== 'production' });
  await app.register(async (apis) => {
    await registerOverloadProtection(apis, edges, { ...DEFAULT_OVERLOAD_LIMITS, ...options.overloadLimits });
    await registerApis(apis, context);
  });
  return app;
}
