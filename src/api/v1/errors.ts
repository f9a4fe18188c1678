import type { FormattedError, HttpError } from '../../framework/index.ts';

/** v1's error body: `{ error: { code, message, details? } }`. */
export function formatV1Error(error: HttpError): FormattedError {
  return {
    contentType: 'application/json',
    body: { error: { code: error.code, message: error.message, ...(error.details?.length ? { details: error.details } : {}) } },
  };
}
