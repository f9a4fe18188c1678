import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';
import { declaredResponse, type RouteDefinition } from './route-definition.js';

export interface FormattedError {
  contentType: string;
  body: unknown;
}

/** Turns an HttpError into a version's error body and media type. */
export type ErrorFormatter = (error: HttpError) => FormattedError;

/** Maps a service's own errors (domain errors) to HttpErrors; undefined leaves the error to the framework. */
export type ErrorMapper = (error: unknown) => HttpError | undefined;

const BY_STATUS: Record<number, [string, string]> = {
  400: ['INVALID_INPUT', 'The request is not valid'],
  401: ['UNAUTHORIZED', 'Authentication is required'],
  403: ['FORBIDDEN', 'Not allowed'],
  404: ['NOT_FOUND', 'Not found'],
  405: ['METHOD_NOT_ALLOWED', 'Method not allowed'],
  413: ['PAYLOAD_TOO_LARGE', 'The request body is too large'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'The request body has an unsupported media type'],
  429: ['RATE_LIMITED', 'Too many requests'],
};

export function toHttpError(error: unknown, mapError: ErrorMapper | undefined): HttpError {
  if (error instanceof HttpError) return error;
  const mapped = mapError?.(error);
  if (mapped) return mapped;
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'INVALID_INPUT', 'The request body is empty', [{ field: 'body', message: 'must be a JSON document' }]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'INVALID_INPUT', 'The request body is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body has an unsupported media type; send application/json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than the server accepts');
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new HttpError(400, 'INVALID_INPUT', 'The request body is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
  }
  const status = fastifyError.statusCode ?? 500;
  const known = BY_STATUS[status];
  if (known) return new HttpError(status, known[0], known[1]);
  return new HttpError(500, 'INTERNAL_ERROR', 'An unexpected error occurred');
}

/**
 * RFC 9457 problem details: the error format when a binding gives no formatter, and the fallback when a formatter
 * fails or its body does not fit the schema the operation declares for that status.
 */
export function problemDetails(error: HttpError): FormattedError {
  return {
    contentType: 'application/problem+json',
    body: {
      type: 'about:blank',
      title: STATUS_CODES[error.status] ?? 'Error',
      status: error.status,
      detail: error.message,
      code: error.code,
      ...(error.details?.length ? { errors: error.details } : {}),
    },
  };
}

/** Whether two JSON texts hold the same value (object key order aside). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The body through the declared serializer, or undefined when it does not fit (a serializer drops or refuses what it cannot write). */
function serializeFitting(serialize: (input: unknown) => string, body: unknown): string | undefined {
  try {
    const payload = serialize(body);
    const asJson = JSON.stringify(body);
    // the usual case, same bytes, needs no parsing
    if (payload === asJson) return payload;
    return sameJson(JSON.parse(payload), JSON.parse(asJson)) ? payload : undefined;
  } catch {
    return undefined;
  }
}

function formatSafely(error: HttpError, formatError: ErrorFormatter): FormattedError {
  try {
    return formatError(error);
  } catch {
    return problemDetails(error);
  }
}

/**
 * Sends an error in the version's format, through the route's serializer for that status when it declares one. A body
 * that does not fit the declared schema goes out as problem details instead, so the failing fields are still named.
 */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  route: RouteDefinition | undefined,
  error: HttpError,
  formatError: ErrorFormatter,
): FastifyReply {
  let formatted = formatSafely(error, formatError);
  const serialize = route ? declaredResponse(route, error.status)?.content[formatted.contentType]?.serialize : undefined;
  let payload = serialize ? serializeFitting(serialize, formatted.body) : JSON.stringify(formatted.body);
  if (payload === undefined) {
    request.log.warn({ status: error.status, operationId: route?.operationId }, 'the error body does not fit the declared schema; sent as problem details');
    formatted = problemDetails(error);
    payload = JSON.stringify(formatted.body);
  }
  if (error.headers) reply.headers(error.headers);
  return reply.code(error.status).type(formatted.contentType).send(payload);
}
