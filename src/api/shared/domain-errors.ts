import { DomainError, type DomainErrorCode } from '../../domain/errors.ts';
import { HttpError } from '../../framework/index.ts';

const STATUS: Record<DomainErrorCode, number> = {
  INVALID_INPUT: 400,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** Domain errors as HTTP errors; a conflict names its field in the details. */
export function mapDomainError(error: unknown): HttpError | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const details = error.fields.map((field) => ({ field: `body.${field}`, message: error.code === 'CONFLICT' ? 'is already taken' : error.message }));
  return new HttpError(STATUS[error.code], error.code, error.message, details.length ? details : undefined);
}
