import type { ErrorRaiser, FormattedError, HttpError } from '../../framework/index.ts';
import { apiError, type CodeOf } from '../../http/error-catalogue.ts';

/** Every code v1 answers with, from the catalogue. The spec's `ErrorCode` enum lists exactly these. */
export type V1ErrorCode = CodeOf<'v1'>;

/** Raises a v1 error: a code v1 does not answer with does not compile. */
export const v1Error: ErrorRaiser<V1ErrorCode> = apiError;

/** v1's error body: `{ error: { code, message, details? } }`. */
export function formatV1Error(error: HttpError): FormattedError {
  return {
    contentType: 'application/json',
    body: { error: { code: error.code, message: error.message, ...(error.details?.length ? { details: error.details } : {}) } },
  };
}
