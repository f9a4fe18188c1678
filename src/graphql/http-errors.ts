import type { FormattedError, HttpError } from '../framework/index.ts';
import { ERROR_CATALOGUE, isErrorCode, type GraphqlErrorCode } from '../http/error-catalogue.ts';

/** The catalogue's GraphQL code for the error; for a code it lacks, BAD_REQUEST below 500, else INTERNAL_SERVER_ERROR. */
function graphqlCodeOf(error: HttpError): GraphqlErrorCode {
  if (isErrorCode(error.code)) return ERROR_CATALOGUE[error.code].graphql;
  return error.status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

/**
 * An error about an HTTP request to /graphql as a whole (unknown path or method, malformed HTTP, overload), in
 * GraphQL's own response shape: `{ errors: [{ message, extensions: { code } }] }`.
 */
export function formatGraphqlHttpError(error: HttpError): FormattedError {
  return { contentType: 'application/json', body: { errors: [{ message: error.message, extensions: { code: graphqlCodeOf(error) } }] } };
}
