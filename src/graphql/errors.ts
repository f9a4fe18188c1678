import { GraphQLError } from './graphql-js.ts';
import type { DomainError, DomainErrorCode } from '../domain/errors.ts';
import { ERROR_CATALOGUE, GRAPHQL_ERROR_CODES, type GraphqlErrorCode } from '../http/error-catalogue.ts';

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

/** Ends a request before execution with the code's status, the way Mercurius ends one that fails validation. */
export class RequestRefused extends Error {
  readonly statusCode: number;
  readonly errors: GraphQLError[];

  constructor(code: GraphqlErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.statusCode = ERROR_CATALOGUE[code].status;
    this.errors = [graphqlError(code, message, extensions)];
  }
}
