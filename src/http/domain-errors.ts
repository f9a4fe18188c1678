import { classifyDatabaseError, DATABASE_RETRY_AFTER_SECONDS, DomainError } from '../domain/errors.ts';
import type { HttpError } from '../framework/index.ts';
import { apiError } from './error-catalogue.ts';

/** The database cannot be reached: nothing was done, the client may retry. */
export const databaseUnavailable = () =>
  apiError('SERVICE_UNAVAILABLE', `The database is unavailable; retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds`, undefined, {
    'retry-after': String(DATABASE_RETRY_AFTER_SECONDS),
  });

function mapDatabaseError(error: unknown): HttpError | undefined {
  switch (classifyDatabaseError(error)) {
    case 'unavailable':
      return databaseUnavailable();
    case 'unstorable-text':
      return apiError('INVALID_INPUT', 'The request holds text that cannot be stored: the NUL character (U+0000)');
    default:
      return undefined;
  }
}

/** Domain errors as HTTP errors (a conflict names its field in the details), and database failures: 503 or 400. */
export function mapDomainError(error: unknown): HttpError | undefined {
  if (!(error instanceof DomainError)) return mapDatabaseError(error);
  const details = error.fields.map((field) => ({ field: `body.${field}`, message: error.code === 'CONFLICT' ? 'is already taken' : error.message }));
  return apiError(error.code, error.message, details.length ? details : undefined);
}
