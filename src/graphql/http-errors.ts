import type { FormattedError, HttpError } from '../framework/index.ts';
import type { GraphqlErrorCode } from './errors.ts';

const BY_STATUS: Readonly<Record<number, GraphqlErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * An error about an HTTP request to /graphql as a whole (unknown path or method, malformed HTTP, overload), in
 * GraphQL's own response shape: `{ errors: [{ message, extensions: { code } }] }`.
 */
export function formatGraphqlHttpError(error: HttpError): FormattedError {
  const code = BY_STATUS[error.status] ?? (error.status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');
  return { contentType: 'application/json', body: { errors: [{ message: error.message, extensions: { code } }] } };
}
