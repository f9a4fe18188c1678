import { GraphQLError, type ExecutionResult } from './graphql-js.ts';
import type { MercuriusContext } from 'mercurius';
import { classifyDatabaseError, DATABASE_RETRY_AFTER_SECONDS } from '../domain/errors.ts';
import { DomainError } from '../domain/errors.ts';
import { HttpError } from '../framework/index.ts';
import { ERROR_CATALOGUE, type GraphqlErrorCode } from '../http/error-catalogue.ts';
import { fromDomainError, isGraphqlErrorCode } from './errors.ts';

interface FormattedError {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  extensions: { code: GraphqlErrorCode } & Record<string, unknown>;
}

/** An error and the HTTP status it calls for when it ends the request before execution. */
interface Classified {
  error: FormattedError;
  status: number;
}

/** Mercurius wraps request errors (validation, GET mutations, limits) in one error carrying them all as `errors`. */
interface WrappedErrors {
  statusCode?: number;
  errors: unknown[];
}

const isWrapper = (error: unknown): error is WrappedErrors =>
  typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors);

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
};

const codeOf = (error: unknown): unknown => (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;

const VARIABLE_PROBLEM = /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/;

function located(error: GraphQLError, code: GraphqlErrorCode, message: string, extensions: Record<string, unknown> = {}): FormattedError {
  return {
    message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: { ...extensions, code },
  };
}

/** An error that ends the request with its code's status. */
const ending = (error: GraphQLError, code: GraphqlErrorCode, message: string): Classified => ({ error: located(error, code, message), status: ERROR_CATALOGUE[code].status });

function classify(raw: unknown, wrapperStatus: number | undefined, log: MercuriusContext['reply']['log']): Classified {
  const error = raw instanceof GraphQLError ? raw : new GraphQLError(raw instanceof Error ? raw.message : String(raw), { originalError: raw instanceof Error ? raw : null });
  const original = error.originalError ?? undefined;
  const code = codeOf(error) ?? codeOf(original);
  if (original instanceof DomainError) {
    const mapped = fromDomainError(original);
    return { error: located(error, mapped.code, original.message, mapped.extensions), status: 200 };
  }
  if (isGraphqlErrorCode(code)) {
    const { code: _code, ...extensions } = error.extensions;
    return { error: located(error, code, error.message, extensions), status: wrapperStatus ?? 200 };
  }
  const databaseFailure = classifyDatabaseError(original);
  if (databaseFailure === 'unavailable') {
    return ending(error, 'SERVICE_UNAVAILABLE', `The database is unavailable; retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds`);
  }
  if (databaseFailure === 'unstorable-text') {
    return { error: located(error, 'BAD_USER_INPUT', 'The request holds text that cannot be stored: the NUL character (U+0000)'), status: wrapperStatus ?? 200 };
  }
  if (original instanceof HttpError && original.code === 'RATE_LIMITED') {
    return { error: located(error, 'RATE_LIMITED', original.message), status: original.status };
  }
  if (wrapperStatus === 405) return ending(error, 'METHOD_NOT_ALLOWED', 'Only queries can be sent with GET; send mutations with POST');
  if (raw instanceof GraphQLError && VARIABLE_PROBLEM.test(raw.message)) return ending(error, 'BAD_USER_INPUT', error.message);
  if (original === undefined) return ending(error, error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED', error.message);
  const status = wrapperStatus ?? statusOf(original);
  if (status !== undefined && status >= 400 && status < 500) return { error: located(error, 'BAD_REQUEST', original.message), status };
  log.error({ err: original }, 'GraphQL internal error');
  return ending(error, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/**
 * Every error gets an `extensions.code`; internal errors are logged and masked. Errors of an executed operation
 * answer 200 with `data`; errors that stop a request before execution answer with their status and no `data`;
 * an unreachable database answers 503 with `Retry-After` either way.
 */
export function formatErrors(execution: ExecutionResult & { errors: ReadonlyArray<GraphQLError> }, context: MercuriusContext) {
  const log = context.reply.log;
  const classified = execution.errors.flatMap((error) => {
    const original = error.originalError;
    if (isWrapper(original)) return original.errors.map((inner) => classify(inner, statusOf(original), log));
    // an HTTP error of the request itself (a refused content coding: Accept-Encoding) keeps the headers it calls for
    if (original instanceof HttpError && original.headers) context.reply.headers(original.headers);
    return [classify(error, undefined, log)];
  });
  const errors = classified.map((c) => c.error);
  if (classified.some((c) => c.status === 503)) {
    // the database is unreachable: however far the operation got, the client should retry it
    context.reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return { statusCode: 503, response: execution.data === undefined ? { errors } : { data: execution.data, errors } };
  }
  // a mutation sent with GET: a 405 names the method that takes it (RFC 9110 §15.5.6)
  if (classified.some((c) => c.status === 405)) context.reply.header('allow', 'POST');
  if (execution.data !== undefined) return { statusCode: 200, response: { data: execution.data, errors } };
  return { statusCode: classified[0]?.status ?? 500, response: { errors } };
}
