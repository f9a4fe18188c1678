import { classifyDatabaseError, DATABASE_RETRY_AFTER_SECONDS, DomainError, type DomainErrorCode } from '../domain/errors.ts';
import { HttpError } from '../framework/index.ts';

const STATUS: Record<DomainErrorCode, number> = {
  INVALID_INPUT: 400,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** The database cannot be reached: nothing was done, the client may retry. */
export const databaseUnavailable = () =>
  new HttpError(503, 'SERVICE_UNAVAILABLE', `The database is unavailable; retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds`, undefined, {
    'retry-after': String(DATABASE_RETRY_AFTER_SECONDS),
  });

function mapDatabaseError(error: unknown): HttpError | undefined {
  switch (classifyDatabaseError(error)) {
    case 'unavailable':
      return databaseUnavailable();
    case 'unstorable-text':
      return new HttpError(400, 'INVALID_INPUT', 'The request holds text that cannot be stored: the NUL character (U+0000)');
    default:
      return undefined;
  }
}

/** Domain errors as HTTP errors (a conflict names its field in the details), and database failures: 503 or 400. */
export function mapDomainError(error: unknown): HttpError | undefined {
  if (!(error instanceof DomainError)) return mapDatabaseError(error);
  const details = error.fields.map((field) => ({ field: `body.${field}`, message: error.code === 'CONFLICT' ? 'is already taken' : error.message }));
  return new HttpError(STATUS[error.code], error.code, error.message, details.length ? details : undefined);
}
