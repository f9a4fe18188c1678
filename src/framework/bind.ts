import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { sendError, toHttpError, type ErrorFormatter, type ErrorMapper } from './errors.js';
import { HttpError } from './http-error.js';
import { createMethodMatcher, toFastifyPath } from './method-matcher.js';
import { checkResponse, type ResponseCheckOptions } from './response-check.js';
import { declaredResponse, type OperationIdOf, type ResponseDefinition, type RouteDefinition, type RouteModule } from './route-definition.js';
import { assertAuthenticators, authenticate, type Authenticator } from './security.js';
import { commaSeparatedParameters, validateRequest } from './validation.js';

export interface HandlerContext<Principal> {
  principal: Principal | undefined;
  credentials: Record<string, Principal>;
  operationId: string;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** What a handler returns: a declared status with its body, and the headers the spec lets the handler set. */
export interface HandlerResult {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string | number>;
}

type AnyHandler = (request: never, context: never) => unknown;

export interface BindOptions<M extends RouteModule, Principal, H> {
  module: M;
  /** Usually the generated `Handlers<HandlerContext<Principal>>`: one per operationId, checked at compile time and at start. */
  handlers: H & Record<OperationIdOf<M>, AnyHandler>;
  /** One per security scheme the spec's operations use. */
  authenticators: Record<string, Authenticator<Principal>>;
  /** Enforces an `x-` extension naming the role an operation needs (403 when `allows` says no). */
  requiredRole?: { extension: string; allows: (principal: Principal | undefined, role: string) => boolean };
  formatError: ErrorFormatter;
  mapError?: ErrorMapper;
  /** Checks every response against the spec (tests); off unless given. */
  responseCheck?: ResponseCheckOptions;
}

const ANONYMOUS = { principal: undefined, credentials: {} } as const;

function assertHandlers(routes: readonly RouteDefinition[], handlers: Record<string, unknown>): void {
  const missing = routes.filter((r) => typeof handlers[r.operationId] !== 'function').map((r) => r.operationId);
  if (missing.length > 0) throw new Error(`missing handler(s) for operationId(s): ${missing.join(', ')}`);
  const known = new Set(routes.map((r) => r.operationId));
  const unknown = Object.keys(handlers).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`handler(s) for operationId(s) the spec does not declare: ${unknown.join(', ')}`);
}

const UNCONSTRAINED: ResponseDefinition = { headers: [], content: {} };

function reply(route: RouteDefinition, fastifyReply: FastifyReply, result: HandlerResult): FastifyReply {
  // an operation that declares no response at all constrains none
  const declared = Object.keys(route.responses).length === 0 ? UNCONSTRAINED : declaredResponse(route, result.status);
  if (!declared) throw new Error(`${route.operationId} replied ${result.status}, which the spec does not declare`);
  if (result.headers) for (const [name, value] of Object.entries(result.headers)) fastifyReply.header(name, value);
  fastifyReply.code(result.status);
  if (result.body === undefined) return fastifyReply.send();
  const mediaType = result.contentType ?? Object.keys(declared.content)[0];
  if (mediaType === undefined) throw new Error(`${route.operationId} declares no body for ${result.status}`);
  const media = declared.content[mediaType];
  fastifyReply.type(mediaType);
  if (media?.serialize) fastifyReply.serializer(media.serialize);
  return fastifyReply.send(result.body);
}

/** Declared JSON media types Fastify does not parse by itself (`application/merge-patch+json`, ...). */
function addJsonParsers(app: FastifyInstance, routes: readonly RouteDefinition[]): void {
  const types = new Set(routes.flatMap((r) => Object.keys(r.body?.media ?? {})).filter((t) => t.endsWith('+json')));
  for (const type of types) {
    if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  }
}

/**
 * A Fastify plugin serving every operation of a generated route module; register it with the spec's base path as
 * prefix. Unknown paths (404), wrong methods (405) and every error go through `formatError`.
 */
export function openApiRoutes<M extends RouteModule, Principal, H>(options: BindOptions<M, Principal, H>): FastifyPluginAsync {
  const { module, authenticators, formatError, mapError, requiredRole, responseCheck } = options;
  const handlers = options.handlers as unknown as Record<string, (request: unknown, context: HandlerContext<Principal>) => unknown>;
  return async (app) => {
    assertHandlers(module.routes, handlers);
    assertAuthenticators(module.routes, authenticators);
    addJsonParsers(app, module.routes);
    const routeOf = (request: FastifyRequest) => (request.routeOptions.config as { route?: RouteDefinition }).route;
    const allowedMethods = createMethodMatcher(module.routes);
    const prefix = app.prefix;

    app.setErrorHandler((error, request, fastifyReply) => {
      const httpError = toHttpError(error, mapError);
      if (httpError.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendError(request, fastifyReply, routeOf(request), httpError, formatError);
    });

    app.setNotFoundHandler((request, fastifyReply) => {
      const path = request.url.split('?')[0]!.slice(prefix.length) || '/';
      const allow = allowedMethods(path);
      const error =
        allow.length > 0
          ? new HttpError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here; allowed: ${allow.join(', ')}`, undefined, {
              allow: allow.join(', '),
            })
          : new HttpError(404, 'NOT_FOUND', `No resource at ${request.method} ${path}`);
      return sendError(request, fastifyReply, undefined, error, formatError);
    });

    if (responseCheck) {
      const validators = await module.loadResponseValidators();
      app.addHook('onSend', async (request, fastifyReply, payload) => {
        const route = routeOf(request);
        for (const problem of checkResponse(route, request, fastifyReply, payload, validators, responseCheck.errorSchema)) {
          responseCheck.onViolation({
            method: request.method,
            url: request.url,
            operationId: route?.operationId,
            status: fastifyReply.statusCode,
            problem,
          });
        }
        return payload;
      });
    }

    for (const route of module.routes) {
      const handler = handlers[route.operationId]!;
      const role = requiredRole ? route.extensions[requiredRole.extension] : undefined;
      const commaSeparated = commaSeparatedParameters(route);
      const open = route.security.length === 0;
      app.route({
        method: route.method,
        url: toFastifyPath(route.path),
        config: { route },
        handler: async (request, fastifyReply) => {
          const { principal, credentials } = open ? ANONYMOUS : await authenticate(route, request, authenticators);
          if (typeof role === 'string' && !requiredRole!.allows(principal, role)) {
            throw new HttpError(403, 'FORBIDDEN', `This operation needs the ${role} role`);
          }
          validateRequest(route, commaSeparated, request);
          const input = { params: request.params, query: request.query, headers: request.headers, body: request.body };
          const context: HandlerContext<Principal> = { principal, credentials, operationId: route.operationId, request, reply: fastifyReply };
          const result = (await handler(input, context)) as HandlerResult;
          return reply(route, fastifyReply, result);
        },
      });
    }
  };
}
