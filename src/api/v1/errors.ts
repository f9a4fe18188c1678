import { FRAMEWORK_ERROR_CODES, type FormattedError, type HttpError } from '../../framework/index.ts';

/** Every code v1 answers with: the framework's, and v1's own. The spec's `ErrorCode` enum lists exactly these. */
export const V1_ERROR_CODES = [...FRAMEWORK_ERROR_CODES, 'INVALID_API_KEY', 'CONFLICT'] as const;

/** v1's error body: `{ error: { code, message, details? } }`. */
export function formatV1Error(error: HttpError): FormattedError {
  return {
    contentType: 'application/json',
    body: { error: { code: error.code, message: error.message, ...(error.details?.length ? { details: error.details } : {}) } },
  };
}
