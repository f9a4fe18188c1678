import type { ErrorRaiser, FormattedError, HttpError } from '../../framework/index.ts';
import { apiError, codesOf, type CodeOf } from '../../http/error-catalogue.ts';

export type V1ErrorCode = CodeOf<'v1'>;

/** Every code v1 answers with, from the catalogue. The spec's `ErrorCode` enum lists exactly these. */
export const V1_ERROR_CODES = codesOf('v1');

/** Raises a v1 error: a code v1 does not answer with does not compile. */
export const v1Error: ErrorRaiser<V1ErrorCode> = apiError;

/** v1's error body: `{ error: { code, message, details? } }`. */
export function formatV1Error(error: HttpError): FormattedError {
  return {
    contentType: 'application/json',
    body: { error: { code: error.code, message: error.message, ...(error.details?.length ? { details: error.details } : {}) } },
  };
}
