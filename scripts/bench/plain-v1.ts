import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { resolveCredentials } from '../../src/http/credentials.ts';
import { mapDomainError } from '../../src/http/domain-errors.ts';
import { registerRateLimit } from '../../src/http/rate-limit.ts';
import { MemoryRateLimitStore } from '../../src/http/memory-rate-limit-store.ts';
import { fromV1Id, toV1User } from '../../src/representations/users.ts';
import type { ApiKeyService } from '../../src/domain/credentials/api-keys.ts';
import { type NewUser, type User, type UserListQuery, type UserService, type UserSortField } from '../../src/domain/users/users.ts';
import { HttpError, type FieldError } from '../../src/framework/index.ts';
import { createLogger } from '../../src/logger.ts';
import { document as v1Document } from '../../generated/v1/document.ts';
import { routeSchemas, type OpenApiDocument } from './spec-schemas.ts';

/**
 * (b) The baseline for the v1 Users API: the routes of `/v1` written by hand as plain Fastify routes with the spec's
 * JSON schemas (Fastify's own Ajv validates, fast-json-stringify serializes), doing the same work per request as the
 * framework's binding in `src/app.ts`: the same credential resolution and rate limit (the shared hooks), the same
 * domain service calls and the same v1 representation. So the framework/plain ratio is the framework's own cost.
 * Ajv rejects unknown properties and reports all errors, as the generated validators do.
 */

const ACTIVE_ONLY = { includeDeleted: false };
export const V1_PREFIX = '/v1';

// Schemas read from the bundled v1 spec (generated/v1), so the baseline validates and serializes what the spec says.
const v1Spec = v1Document as unknown as OpenApiDocument;
const listUsers = routeSchemas(v1Spec, '/users', 'get');
const createUser = routeSchemas(v1Spec, '/users', 'post');
export const getUser = routeSchemas(v1Spec, '/users/{id}', 'get');

interface ListQuery {
  limit: number;
  offset?: number;
  page?: number;
  sortBy?: UserSortField;
  sortOrder?: 'asc' | 'desc';
  sort?: UserSortField | 'created_at';
  order?: 'asc' | 'desc';
}

/** v1's paging and sorting as its spec words them: `page`, `sort` and `order` are aliases. */
function toUserListQuery(query: ListQuery): UserListQuery {
  const sort = query.sortBy ?? query.sort;
  return {
    limit: query.limit,
    offset: query.offset ?? (query.page === undefined ? 0 : (query.page - 1) * query.limit),
    sortBy: sort === 'created_at' || sort === undefined ? 'createdAt' : sort,
    sortOrder: query.sortOrder ?? query.order ?? 'asc',
  };
}

/** `{ error: { code, message, details? } }`, sent through the route's response schema for the status. */
export function sendV1Error(reply: FastifyReply, error: HttpError): FastifyReply {
  if (error.headers) reply.headers(error.headers);
  const details = error.details?.length ? { details: error.details } : {};
  return reply.code(error.status).send({ error: { code: error.code, message: error.message, ...details } });
}

const LOCATION: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

/** Ajv's errors named per field the way v1 names them: `body.email` / `is required`, `query.limit` / `must be <= 100`. */
function fieldErrors(err: FastifyError): FieldError[] {
  const location = LOCATION[err.validationContext ?? ''] ?? 'request';
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const v of err.validation ?? []) {
    if (v.keyword === 'anyOf' || v.keyword === 'oneOf') continue;
    const path = [location, ...v.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))];
    const params = v.params as Record<string, unknown>;
    let detail: FieldError;
    if (v.keyword === 'required') detail = { field: [...path, String(params.missingProperty)].join('.'), message: 'is required' };
    else if (v.keyword === 'additionalProperties') detail = { field: [...path, String(params.additionalProperty)].join('.'), message: 'is not allowed' };
    else if (v.keyword === 'false schema' && /\/dependencies\/([^/]+)\//.test(v.schemaPath)) {
      detail = { field: path.join('.'), message: `cannot be combined with ${/\/dependencies\/([^/]+)\//.exec(v.schemaPath)![1]}` };
    } else if (v.keyword === 'enum' && Array.isArray(params.allowedValues)) {
      detail = { field: path.join('.'), message: `must be one of: ${params.allowedValues.map(String).join(', ')}` };
    } else detail = { field: path.join('.'), message: v.message ?? `fails ${v.keyword}` };
    const key = `${detail.field}\u0000${detail.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(detail);
    }
  }
  return out;
}

const STATUS_CODES: Record<number, [string, string]> = {
  400: ['INVALID_INPUT', 'The request is not valid'],
  413: ['PAYLOAD_TOO_LARGE', 'The request body is larger than the server accepts'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'The request body has an unsupported media type; send application/json'],
};

function toV1HttpError(error: FastifyError | Error): HttpError {
  if (error instanceof HttpError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return new HttpError(400, 'INVALID_INPUT', 'The request is not valid', fieldErrors(fastifyError));
  const domain = mapDomainError(error);
  if (domain) return domain;
  const known = STATUS_CODES[fastifyError.statusCode ?? 500];
  return known ? new HttpError(fastifyError.statusCode!, known[0], known[1]) : new HttpError(500, 'INTERNAL_ERROR', 'An unexpected error occurred');
}

/** The error handler and 404 handler of a v1 scope. */
export function v1ErrorHandling(scope: FastifyInstance): void {
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    const httpError = toV1HttpError(error);
    if (httpError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendV1Error(reply, httpError);
  });
  scope.setNotFoundHandler((request, reply) =>
    sendV1Error(reply, new HttpError(404, 'NOT_FOUND', `No resource at ${request.method} ${request.url.split('?')[0]!.slice(V1_PREFIX.length) || '/'}`)),
  );
}

/** v1 takes API keys only (preValidation, so a missing key is 401 before a bad body is 400, as in the framework). */
export async function requireApiKey(request: FastifyRequest): Promise<void> {
  const credential = request.credential;
  if (credential?.kind === 'apiKey') return;
  if (credential?.kind === 'invalidApiKey') {
    throw new HttpError(401, 'INVALID_API_KEY', credential.reason === 'revoked' ? 'This API key has been revoked' : 'This API key is not valid');
  }
  if (credential?.kind === 'other') throw new HttpError(401, 'INVALID_API_KEY', 'The Authorization header must be "Bearer ak_..." with a valid API key');
  throw new HttpError(401, 'UNAUTHORIZED', 'Authentication is required: send a valid credential in the Authorization header', undefined, {
    'www-authenticate': 'Bearer',
  });
}

export function notFoundUser(): HttpError {
  return new HttpError(404, 'NOT_FOUND', 'User not found');
}

/** The app the framework's routes live in has the same logger (pino, silent): Fastify makes a child logger per request. */
export function plainFastify(): FastifyInstance {
  // Typed as Fastify's logger, as src/app.ts does.
  const loggerInstance: FastifyBaseLogger = createLogger('silent');
  return Fastify({ loggerInstance, ajv: { customOptions: { removeAdditional: false, allErrors: true, strictTypes: false } } });
}

export interface PlainV1Options {
  apiKeys: ApiKeyService;
  users: UserService;
  rateLimitPerMinute: number;
}

export async function plainV1App(options: PlainV1Options): Promise<FastifyInstance> {
  const app = plainFastify();
  const { users } = options;
  await app.register(
    async (scope) => {
      resolveCredentials(scope, { apiKeys: options.apiKeys });
      await registerRateLimit(scope, { defaultPerMinute: options.rateLimitPerMinute, nameSpace: 'plain-v1:', memoryStore: new MemoryRateLimitStore() });
      v1ErrorHandling(scope);
      scope.addHook('preValidation', requireApiKey);

      scope.get(
        '/users',
        { schema: listUsers },
        async (request) => {
          const query = toUserListQuery(request.query as ListQuery);
          const { users: page, total } = await users.list(query, ACTIVE_ONLY);
          return { data: page.map(toV1User), pagination: { limit: query.limit, offset: query.offset, total } };
        },
      );

      scope.post(
        '/users',
        { schema: createUser },
        async (request, reply) => {
          const body = request.body as NewUser;
          if (body.role !== undefined && body.role !== 'user' && request.credential?.kind === 'apiKey' && request.credential.key.role !== 'admin') {
            throw new HttpError(403, 'FORBIDDEN', `Creating a user with the ${body.role} role needs an admin API key`);
          }
          const user = toV1User(await users.create(body));
          return reply.code(201).header('Location', `${V1_PREFIX}/users/${user.id}`).send(user);
        },
      );

      scope.get(
        '/users/:id',
        { schema: getUser },
        async (request) => {
          const uuid = fromV1Id((request.params as { id: string }).id);
          if (!uuid) throw notFoundUser();
          const user: User = await users.get(uuid, ACTIVE_ONLY);
          return toV1User(user);
        },
      );
    },
    { prefix: V1_PREFIX },
  );
  return app;
}
