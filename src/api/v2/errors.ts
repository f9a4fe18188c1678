import type { ErrorRaiser, FormattedError, HttpError } from '../../framework/index.ts';
import { apiError, ERROR_CATALOGUE, isCodeOf, type CodeOf } from '../../http/error-catalogue.ts';

/** Every code v2 answers with, from the catalogue. The spec's `ProblemCode` enum lists exactly these. */
export type V2ErrorCode = CodeOf<'v2'>;

/** Raises a v2 error: a code v2 does not answer with does not compile. */
export const v2Error: ErrorRaiser<V2ErrorCode> = apiError;

const PROBLEM_TYPE_BASE = 'https://api.example.com/problems/';

/** RFC 9457 problem details, one `type` per code, titled as the catalogue says. */
export function formatProblem(error: HttpError): FormattedError {
  const code = error.code;
  return {
    contentType: 'application/problem+json',
    body: {
      type: PROBLEM_TYPE_BASE + code.toLowerCase().replace(/_/g, '-'),
      title: ERROR_CATALOGUE[isCodeOf('v2', code) ? code : 'INTERNAL_ERROR'].title,
      status: error.status,
      detail: error.message,
      code,
      ...(error.details?.length ? { errors: error.details } : {}),
    },
  };
}
