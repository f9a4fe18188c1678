import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { FASTIFY_DEFAULT_BODY_LIMIT, schemaBodyLimit } from './body-limit.ts';
import { errorBodyFit, problemDetails, sendError, toHttpError, type ErrorFormatter, type ErrorMapper } from './errors.ts';
import { frameworkError, isCorsPreflight, refusedPreflight, unroutedRequest } from './http-error.ts';
import { createMethodMatcher, fixedQueryOf, renameParameters, toFastifyPath } from './method-matcher.ts';
import { checkResponse, validatorNamed, type ResponseCheckOptions } from './response-check.ts';
import { declaredResponse, fixedHeaders, type OperationIdOf, type ResponseDefinition, type RouteDefinition, type RouteModule } from './route-definition.ts';
import { assertAuthenticators, authenticate, type Authentication, type Authenticator, type MissingCredentialExplainer } from './security.ts';
import { mediaTypeOf, readMultipart, registerBodyParsers, type MultipartLimits } from './request-body.ts';
import { bodyMediaOf, planRequest, validateRequest, type RequestInput, type RequestPlan } from './validation.ts';

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
  /**
   * What a browser's CORS preflight that reaches the 405 (no CORS policy took it) is told after the 405's message:
   * how cross-origin calls are allowed here, such as the setting that lists the origins. Not said when not given.
   */
  refusedPreflight?: string;
}

const ANONYMOUS = { principal: undefined, credentials: {} } as const;

/** The operation a request was dispatched to, when several share a route (told apart by a fixed query). */
const CHOSEN_ROUTE = Symbol('chosen route');
const CHOSEN_OPERATION = Symbol('chosen operation');
/** Who sent a request whose credentials were checked before its body was read. */
const AUTHENTICATED = Symbol('authenticated');
type RoutedRequest = FastifyRequest & {
  [CHOSEN_ROUTE]?: RouteDefinition;
  [CHOSEN_OPERATION]?: BoundOperation<unknown>;
  [AUTHENTICATED]?: Authentication<unknown>;
};

/** How a reply of one status is sent, worked out on the first such reply. */
interface ReplyPlan {
  fixedHeaders: Readonly<Record<string, string>> | null;
  content: ResponseDefinition['content'];
  defaultMediaType: string | undefined;
}

/** One operation as bound, everything per request worked out at start (or on first use, per status). */
interface BoundOperation<Principal> {
  route: RouteDefinition;
  handler: (request: unknown, context: HandlerContext<Principal>) => unknown;
  plan: RequestPlan;
  renamed: Record<string, string> | undefined;
  role: unknown;
  fixedQuery: [string, string][];
  replies: Map<number, ReplyPlan>;
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

const isPromise = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * Serves one request. Stays synchronous (the reply sent, nothing returned) as long as nothing it calls returns a promise:
 * an operation without security and with a synchronous handler costs no promise and no microtask.
 */
function serve<Principal>(
  operation: BoundOperation<Principal>,
  settings: BindSettings<Principal>,
  request: FastifyRequest,
  fastifyReply: FastifyReply,
): Promise<FastifyReply> | undefined {
  const checked = (request as RoutedRequest)[AUTHENTICATED] as Authentication<Principal> | undefined;
  if (checked) return authorized(operation, settings, checked, request, fastifyReply);
  if (operation.route.security.length === 0) return authorized(operation, settings, ANONYMOUS, request, fastifyReply);
  return authenticate(operation.route, request, settings.authenticators, settings.explainMissingCredential).then(
    (authentication) => authorized(operation, settings, authentication, request, fastifyReply) ?? fastifyReply,
  );
}

function assertRole<Principal>(operation: BoundOperation<Principal>, settings: BindSettings<Principal>, principal: Principal | undefined): void {
  if (typeof operation.role === 'string' && !settings.requiredRole!.allows(principal, operation.role)) {
    throw frameworkError('FORBIDDEN', `This operation needs the ${operation.role} role`);
  }
}

/**
 * Before the body of a request to a secured operation is read: a caller without a valid credential, or without the
 * role, is refused without the server spending time on a body it would not use.
 */
async function authenticateBeforeBody<Principal>(operation: BoundOperation<Principal>, settings: BindSettings<Principal>, request: FastifyRequest): Promise<void> {
  if (operation.route.security.length === 0) return;
  const authentication = await authenticate(operation.route, request, settings.authenticators, settings.explainMissingCredential);
  assertRole(operation, settings, authentication.principal);
  (request as RoutedRequest)[AUTHENTICATED] = authentication;
}

function authorized<Principal>(
  operation: BoundOperation<Principal>,
  settings: BindSettings<Principal>,
  { principal, credentials }: Authentication<Principal>,
  request: FastifyRequest,
  fastifyReply: FastifyReply,
): Promise<FastifyReply> | undefined {
  const { route, plan } = operation;
  assertRole(operation, settings, principal);
  if (operation.renamed) renameParameters(request.params as Record<string, unknown>, operation.renamed);
  const mediaType = plan.body ? mediaTypeOf(request) : '';
  const media = bodyMediaOf(plan, request, mediaType);
  const context: HandlerContext<Principal> = { principal, credentials, operationId: route.operationId, request, reply: fastifyReply };
  if (media?.decode.kind === 'multipart') {
    return readMultipart(request, media.decode, settings.multipartLimits).then(
      (body) => handle(operation, validateRequest(route, plan, request, media, body, mediaType), context) ?? fastifyReply,
    );
  }
  return handle(operation, validateRequest(route, plan, request, media, request.body, mediaType), context);
}

/**
 * Calls the handler and sends its reply: at once when it answers synchronously, else when its promise settles. A
 * promise resolves to the reply, which tells Fastify the answer is sent: resolving to nothing while onSend hooks still
 * run would make Fastify send a second, empty answer.
 */
function handle<Principal>(operation: BoundOperation<Principal>, input: RequestInput, context: HandlerContext<Principal>): Promise<FastifyReply> | undefined {
  const result = operation.handler(input, context);
  if (isPromise(result)) {
    return Promise.resolve(result).then((settled) => {
      reply(operation, context.reply, settled as HandlerResult);
      return context.reply;
    });
  }
  reply(operation, context.reply, result as HandlerResult);
  return undefined;
}

function assertHandlers(routes: readonly RouteDefinition[], handlers: Record<string, unknown>): void {
  const missing = routes.filter((r) => typeof handlers[r.operationId] !== 'function').map((r) => r.operationId);
  if (missing.length > 0) throw new Error(`missing handler(s) for operationId(s): ${missing.join(', ')}`);
  const known = new Set(routes.map((r) => r.operationId));
  const unknown = Object.keys(handlers).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`handler(s) for operationId(s) the spec does not declare: ${unknown.join(', ')}`);
}

const UNCONSTRAINED: ResponseDefinition = { headers: [], content: {} };

function replyPlan(route: RouteDefinition, status: number): ReplyPlan {
  // an operation that declares no response at all constrains none
  const declared = Object.keys(route.responses).length === 0 ? UNCONSTRAINED : declaredResponse(route, status);
  if (!declared) throw new Error(`${route.operationId} replied ${status}, which the spec does not declare`);
  return { fixedHeaders: fixedHeaders(declared), content: declared.content, defaultMediaType: Object.keys(declared.content)[0] };
}

function reply(operation: Pick<BoundOperation<unknown>, 'route' | 'replies'>, fastifyReply: FastifyReply, result: HandlerResult): void {
  const { route, replies } = operation;
  let plan = replies.get(result.status);
  if (!plan) replies.set(result.status, (plan = replyPlan(route, result.status)));
  if (plan.fixedHeaders) fastifyReply.headers(plan.fixedHeaders);
  if (result.headers) fastifyReply.headers(result.headers);
  fastifyReply.code(result.status);
  if (result.body === undefined) {
    fastifyReply.send();
    return;
  }
  const mediaType = result.contentType ?? plan.defaultMediaType;
  if (mediaType === undefined) throw new Error(`${route.operationId} declares no body for ${result.status}`);
  const serialize = plan.content[mediaType]?.serialize;
  fastifyReply.type(mediaType);
  if (serialize) fastifyReply.serializer(serialize);
  fastifyReply.send(result.body);
}

/**
 * A Fastify plugin serving every operation of a generated route module; register it with the spec's base path as
 * prefix. Unknown paths (404), wrong methods (405) and every error go through `formatError`.
 */
export function openApiRoutes<M extends RouteModule, Principal, H>(options: BindOptions<M, Principal, H>): FastifyPluginAsync {
  const { module, authenticators, explainMissingCredential, mapError, requiredRole, responseCheck, refusedPreflight: preflightExplanation } = options;
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
    const errorBodyFits = errorBodyFit((check, body) => validatorNamed(responseValidators, check)?.(body) ?? true);

    const sendUnrouted = (request: FastifyRequest, fastifyReply: FastifyReply) => {
      const path = request.url.split('?')[0]!.slice(prefix.length) || '/';
      const methods = allowedMethods(path) ?? '';
      const error = preflightExplanation !== undefined && isCorsPreflight(request) ? refusedPreflight(methods, preflightExplanation) : unroutedRequest(methods);
      return sendError(request, fastifyReply, undefined, error, formatError);
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
        replies: new Map(),
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
      const choose = (request: FastifyRequest): BoundOperation<Principal> => {
        const routed = request as RoutedRequest;
        const chosen = routed[CHOSEN_OPERATION] as BoundOperation<Principal> | undefined;
        if (chosen) return chosen;
        const operation = candidates.find((candidate) => matchesFixedQuery(candidate, request));
        if (!operation) throw unroutedRequest('');
        routed[CHOSEN_ROUTE] = operation.route;
        routed[CHOSEN_OPERATION] = operation as BoundOperation<unknown>;
        return operation;
      };
      const securedBody = operations.some((operation) => operation.plan.body !== undefined && operation.route.security.length > 0);
      const bodyLimit = schemaBodyLimit(operations.map((operation) => operation.route), app.initialConfig.bodyLimit ?? FASTIFY_DEFAULT_BODY_LIMIT);
      try {
        app.route({
          method,
          url,
          exposeHeadRoute: !withHead.has(url),
          ...(bodyLimit === undefined ? {} : { bodyLimit }),
          config: { route: operations[0]!.route },
          preParsing: securedBody
            ? async (request, _reply, payload) => {
                await authenticateBeforeBody(single ?? choose(request), settings, request);
                return payload;
              }
            : [],
          handler: single
            ? (request, fastifyReply) => serve(single, settings, request, fastifyReply)
            : (request, fastifyReply) => serve(choose(request), settings, request, fastifyReply),
        });
      } catch (error) {
        throw new Error(`cannot bind ${key} (${operations.map((o) => o.route.operationId).join(', ')}): ${(error as Error).message}`);
      }
    }
  };
}
