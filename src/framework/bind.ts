import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { problemDetails, sendError, toHttpError, type ErrorBodyCheck, type ErrorFormatter, type ErrorMapper } from './errors.ts';
import { frameworkError, unroutedRequest } from './http-error.ts';
import { createMethodMatcher, fixedQueryOf, renameParameters, toFastifyPath } from './method-matcher.ts';
import { checkResponse, validatorNamed, type ResponseCheckOptions } from './response-check.ts';
import { declaredResponse, fixedHeaders, type OperationIdOf, type ResponseDefinition, type RouteDefinition, type RouteModule } from './route-definition.ts';
import { assertAuthenticators, authenticate, type Authenticator, type MissingCredentialExplainer } from './security.ts';
import { readMultipart, registerBodyParsers, type MultipartLimits } from './request-body.ts';
import { bodyMediaOf, planRequest, validateRequest, type RequestPlan } from './validation.ts';

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
  /** The 401 message when no security requirement is satisfied (default: a generic one). */
  explainMissingCredential?: MissingCredentialExplainer;
  /** Enforces an `x-` extension naming the role an operation needs (403 when `allows` says no). */
  requiredRole?: { extension: string; allows: (principal: Principal | undefined, role: string) => boolean };
  /** The spec's error body for an HttpError; RFC 9457 problem details when not given. */
  formatError?: ErrorFormatter;
  mapError?: ErrorMapper;
  /**
   * Limits on multipart bodies: file parts are streamed to files under `directory` (the OS's temporary folder by
   * default) within `fileSize` (the server's body limit by default), and removed once the response is sent.
   */
  multipart?: MultipartLimits;
  /** Checks every response against the spec (tests); off unless given. */
  responseCheck?: ResponseCheckOptions;
}

const ANONYMOUS = { principal: undefined, credentials: {} } as const;

/** The operation a request was dispatched to, when several share a route (told apart by a fixed query). */
const CHOSEN_ROUTE = Symbol('chosen route');
type RoutedRequest = FastifyRequest & { [CHOSEN_ROUTE]?: RouteDefinition };

/** One operation as bound, everything per request worked out at start. */
interface BoundOperation<Principal> {
  route: RouteDefinition;
  handler: (request: unknown, context: HandlerContext<Principal>) => unknown;
  plan: RequestPlan;
  renamed: Record<string, string> | undefined;
  role: unknown;
  fixedQuery: [string, string][];
}

interface BindSettings<Principal> {
  authenticators: Record<string, Authenticator<Principal>>;
  requiredRole: BindOptions<RouteModule, Principal, unknown>['requiredRole'];
  multipartLimits: MultipartLimits;
  explainMissingCredential: MissingCredentialExplainer | undefined;
}

function matchesFixedQuery(operation: Pick<BoundOperation<unknown>, 'fixedQuery'>, request: FastifyRequest): boolean {
  const query = request.query as Record<string, unknown>;
  if (!operation.fixedQuery.every(([name, value]) => query[name] === value)) return false;
  for (const [name] of operation.fixedQuery) delete query[name];
  return true;
}

async function serve<Principal>(
  operation: BoundOperation<Principal>,
  settings: BindSettings<Principal>,
  request: FastifyRequest,
  fastifyReply: FastifyReply,
): Promise<FastifyReply> {
  const { route, plan, role } = operation;
  const { principal, credentials } = route.security.length === 0 ? ANONYMOUS : await authenticate(route, request, settings.authenticators, settings.explainMissingCredential);
  if (typeof role === 'string' && !settings.requiredRole!.allows(principal, role)) {
    throw frameworkError('FORBIDDEN', `This operation needs the ${role} role`);
  }
  if (operation.renamed) renameParameters(request.params as Record<string, unknown>, operation.renamed);
  const media = bodyMediaOf(plan, request);
  const body = media?.decode.kind === 'multipart' ? await readMultipart(request, media.decode, settings.multipartLimits) : request.body;
  const input = validateRequest(route, plan, request, media, body);
  const context: HandlerContext<Principal> = { principal, credentials, operationId: route.operationId, request, reply: fastifyReply };
  const result = (await operation.handler(input, context)) as HandlerResult;
  return reply(route, fastifyReply, result);
}

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
  const fixed = fixedHeaders(declared);
  if (fixed) fastifyReply.headers(fixed);
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

/**
 * A Fastify plugin serving every operation of a generated route module; register it with the spec's base path as
 * prefix. Unknown paths (404), wrong methods (405) and every error go through `formatError`.
 */
export function openApiRoutes<M extends RouteModule, Principal, H>(options: BindOptions<M, Principal, H>): FastifyPluginAsync {
  const { module, authenticators, explainMissingCredential, mapError, requiredRole, responseCheck } = options;
  const formatError = options.formatError ?? problemDetails;
  const handlers = options.handlers as unknown as Record<string, (request: unknown, context: HandlerContext<Principal>) => unknown>;
  return async (app) => {
    assertHandlers(module.routes, handlers);
    assertAuthenticators(module.routes, authenticators);
    const multipartLimits = options.multipart ?? {};
    await registerBodyParsers(app, module.routes, multipartLimits);
    const routeOf = (request: FastifyRequest) =>
      (request as RoutedRequest)[CHOSEN_ROUTE] ?? (request.routeOptions.config as { route?: RouteDefinition }).route;
    const allowedMethods = createMethodMatcher(module.routes);
    const prefix = app.prefix;
    // an error body the formatter got wrong for the declared schema leaves as problem details naming the failing fields
    const responseValidators = await module.loadResponseValidators();
    const errorBodyFits: ErrorBodyCheck = (check, body) => validatorNamed(responseValidators, check)?.(body) ?? true;

    const sendUnrouted = (request: FastifyRequest, fastifyReply: FastifyReply) => {
      const path = request.url.split('?')[0]!.slice(prefix.length) || '/';
      const allow = allowedMethods(path);
      return sendError(request, fastifyReply, undefined, unroutedRequest(allow === undefined ? [] : allow.split(', ')), formatError);
    };

    app.setErrorHandler((error, request, fastifyReply) => {
      // a request no route takes is a 404 or 405 whatever else is wrong with it (its body, its content type)
      if (request.is404) return sendUnrouted(request, fastifyReply);
      const httpError = toHttpError(error, mapError);
      if (httpError.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendError(request, fastifyReply, routeOf(request), httpError, formatError, errorBodyFits);
    });

    app.setNotFoundHandler(sendUnrouted);

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

    const withHead = new Set(module.routes.filter((r) => r.method === 'HEAD').map((r) => toFastifyPath(r.path).url));
    const groups = new Map<string, BoundOperation<Principal>[]>();
    for (const route of module.routes) {
      const { url, renamed } = toFastifyPath(route.path);
      const operation: BoundOperation<Principal> = {
        route,
        handler: handlers[route.operationId]!,
        plan: planRequest(route),
        renamed: Object.keys(renamed).length > 0 ? renamed : undefined,
        role: requiredRole ? route.extensions[requiredRole.extension] : undefined,
        fixedQuery: Object.entries(fixedQueryOf(route.path)),
      };
      const key = `${route.method} ${url}`;
      groups.set(key, [...(groups.get(key) ?? []), operation]);
    }
    const settings: BindSettings<Principal> = { authenticators, requiredRole, multipartLimits, explainMissingCredential };
    for (const [key, operations] of groups) {
      const [method, url] = key.split(' ') as [string, string];
      const single = operations.length === 1 && operations[0]!.fixedQuery.length === 0 ? operations[0]! : undefined;
      // keys told apart by a fixed query (`/responses?beta=true`) share a route: the most specific match serves
      const candidates = [...operations].sort((a, b) => b.fixedQuery.length - a.fixedQuery.length);
      try {
        app.route({
          method,
          url,
          exposeHeadRoute: !withHead.has(url),
          config: { route: operations[0]!.route },
          handler: single
            ? (request, fastifyReply) => serve(single, settings, request, fastifyReply)
            : (request, fastifyReply) => {
                const operation = candidates.find((candidate) => matchesFixedQuery(candidate, request));
                if (!operation) throw unroutedRequest([]);
                (request as RoutedRequest)[CHOSEN_ROUTE] = operation.route;
                return serve(operation, settings, request, fastifyReply);
              },
        });
      } catch (error) {
        throw new Error(`cannot bind ${key} (${operations.map((o) => o.route.operationId).join(', ')}): ${(error as Error).message}`);
      }
    }
  };
}
