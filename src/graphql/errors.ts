import { GraphQLError } from './graphql-js.ts';
import type { DomainError, DomainErrorCode } from '../domain/errors.ts';

/** Every `extensions.code` this API sends; the schema's description documents each one. */
export const GRAPHQL_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'METHOD_NOT_ALLOWED',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type GraphqlErrorCode = (typeof GRAPHQL_ERROR_CODES)[number];

export function graphqlError(code: GraphqlErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

const DOMAIN_CODES: Record<DomainErrorCode, GraphqlErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'BAD_USER_INPUT',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
};

/** A domain error as this API says it: its code, and the argument concerned when there is one. */
export function fromDomainError(error: DomainError): { code: GraphqlErrorCode; extensions: Record<string, unknown> } {
  const field = error.fields[0];
  return { code: DOMAIN_CODES[error.code], extensions: field === undefined ? {} : { field } };
}

export const isGraphqlErrorCode = (value: unknown): value is GraphqlErrorCode =>
  typeof value === 'string' && (GRAPHQL_ERROR_CODES as readonly string[]).includes(value);

/** Ends a request before execution with HTTP `statusCode`, the way Mercurius ends one that fails validation. */
export class RequestRefused extends Error {
  readonly errors: GraphQLError[];

  constructor(
    readonly statusCode: number,
    error: GraphQLError,
  ) {
    super(error.message);
    this.errors = [error];
  }
}
