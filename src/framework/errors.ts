import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { FRAMEWORK_ERROR_CODES, FRAMEWORK_ERRORS, frameworkError, HttpError, type FrameworkErrorCode } from './http-error.ts';
import { declaredResponse, fixedHeaders, type RouteDefinition } from './route-definition.ts';

export interface FormattedError {
  contentType: string;
  body: unknown;
}

/** Turns an HttpError into a version's error body and media type. */
export type ErrorFormatter = (error: HttpError) => FormattedError;

/** Maps a service's own errors (domain errors) to HttpErrors; undefined leaves the error to the framework. */
export type ErrorMapper = (error: unknown) => HttpError | undefined;

/** The framework's code for each status it has one for. */
const BY_STATUS: ReadonlyMap<number, FrameworkErrorCode> = new Map(FRAMEWORK_ERROR_CODES.map((code) => [FRAMEWORK_ERRORS[code].status, code]));

/** The error for a status, with the framework's code and message for it (500 for a status it has none for). */
export function httpErrorFor(status: number): HttpError {
  const code = BY_STATUS.get(status) ?? 'INTERNAL_ERROR';
  return frameworkError(code, FRAMEWORK_ERRORS[code].message);
}

const internalError = () => httpErrorFor(500);
const invalidBody = (problem: string) => frameworkError('INVALID_INPUT', `The request body ${problem}`, [{ field: 'body', message: problem }]);

/**
 * Every error Fastify (and the Fastify plugins used here) raises for a request, as the HttpError answered for it.
 * Messages are fixed: none repeats what the request sent.
 */
export const FASTIFY_REQUEST_ERRORS: Readonly<Record<string, () => HttpError>> = {
  FST_ERR_BAD_URL: () => frameworkError('INVALID_INPUT', 'The URL is not valid: it has a malformed percent-encoding', [{ field: 'path', message: 'is not validly percent-encoded' }]),
  FST_ERR_INVALID_URL: () => frameworkError('INVALID_INPUT', 'The URL is not valid', [{ field: 'path', message: 'is not a valid URL' }]),
  FST_ERR_MAX_PARAM_LENGTH: () => frameworkError('URI_TOO_LONG', 'A path segment is longer than the server accepts'),
  FST_ERR_NOT_FOUND: () => frameworkError('NOT_FOUND', 'No resource at this path'),
  FST_ERR_VALIDATION: () => frameworkError('INVALID_INPUT', 'The request is not valid'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => invalidBody('is empty; it must be a JSON document'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => invalidBody('is not valid JSON'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => frameworkError('INVALID_INPUT', 'Content-Length does not match the body', [{ field: 'header.content-length', message: 'does not match the body' }]),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => frameworkError('UNSUPPORTED_MEDIA_TYPE', 'The request body has an unsupported media type; send application/json'),
  FST_ERR_CTP_BODY_TOO_LARGE: () => frameworkError('PAYLOAD_TOO_LARGE', 'The request body is larger than the server accepts'),
  FST_ERR_ROUTE_MISSING_CONTENT_TYPE: () => frameworkError('INVALID_INPUT', 'The request needs a Content-Type', [{ field: 'header.content-type', message: 'is required' }]),
  FST_ERR_ROUTE_MISSING_CONTENT: () => invalidBody('is required'),
  FST_ERR_HANDLER_TIMEOUT: () => frameworkError('SERVICE_UNAVAILABLE', 'The request took too long to handle; retry later'),
  FST_ERR_ASYNC_CONSTRAINT: () => internalError(),
  FST_UNDER_PRESSURE: () => frameworkError('SERVICE_UNAVAILABLE', 'The service is overloaded; retry later'),
};

export function toHttpError(error: unknown, mapError: ErrorMapper | undefined): HttpError {
  if (error instanceof HttpError) return error;
  const mapped = mapError?.(error);
  if (mapped) return mapped;
  const fastifyError = error as Partial<FastifyError>;
  const known = fastifyError.code === undefined ? undefined : FASTIFY_REQUEST_ERRORS[fastifyError.code];
  if (known) return known();
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return invalidBody('is not valid JSON');
  return httpErrorFor(fastifyError.statusCode ?? 500);
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

/** Whether an error body matches the declared response schema named `check` (the generated response validators). */
export type ErrorBodyCheck = (check: string, body: unknown) => boolean;

type ResponseMedia = RouteDefinition['responses'][string]['content'][string];

/**
 * Checks error bodies against the schemas their responses declare. Every body is checked (a compiled validator, and a
 * message or a field name may differ between errors of one shape); whether the serializer writes such a body as its
 * JSON is compared on the first error of each response media and shape (status, code, with or without field details)
 * and remembered, since one formatter builds every error of a shape alike. One per binding (its formatter and its
 * validators).
 */
export interface ErrorBodyFit {
  readonly check: ErrorBodyCheck;
  readonly serializerAgrees: WeakMap<ResponseMedia, Map<string, boolean>>;
}

export const errorBodyFit = (check: ErrorBodyCheck): ErrorBodyFit => ({ check, serializerAgrees: new WeakMap() });

const shapeOf = (error: HttpError): string => `${error.status} ${error.code}${error.details?.length ? ' details' : ''}`;

function serializeSafely(serialize: (input: unknown) => string, body: unknown): string | undefined {
  try {
    return serialize(body);
  } catch {
    return undefined;
  }
}

/** The error body as the declared media writes it, or undefined when it does not fit. */
function fittingPayload(media: ResponseMedia | undefined, body: unknown, error: HttpError, fit: ErrorBodyFit | undefined): string | undefined {
  const serialize = media?.serialize;
  if (!media?.check || !fit) return serialize ? serializeFitting(serialize, body) : JSON.stringify(body);
  if (!fit.check(media.check, body)) return undefined;
  if (!serialize) return JSON.stringify(body);
  let agrees = fit.serializerAgrees.get(media);
  const shape = shapeOf(error);
  const known = agrees?.get(shape);
  if (known === false) return undefined;
  if (known === true) return serializeSafely(serialize, body);
  const payload = serializeFitting(serialize, body);
  if (!agrees) fit.serializerAgrees.set(media, (agrees = new Map()));
  agrees.set(shape, payload !== undefined);
  return payload;
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
  fit?: ErrorBodyFit,
): FastifyReply {
  let formatted = formatSafely(error, formatError);
  const declared = route ? declaredResponse(route, error.status) : undefined;
  let payload = fittingPayload(declared?.content[formatted.contentType], formatted.body, error, fit);
  if (payload === undefined) {
    request.log.warn({ status: error.status, operationId: route?.operationId }, 'the error body does not fit the declared schema; sent as problem details');
    formatted = problemDetails(error);
    payload = JSON.stringify(formatted.body);
  }
  const fixed = declared ? fixedHeaders(declared) : null;
  if (fixed) reply.headers(fixed);
  if (error.headers) reply.headers(error.headers);
  return reply.code(error.status).type(formatted.contentType).send(payload);
}
