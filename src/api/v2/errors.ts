import { FRAMEWORK_ERROR_CODES, type FormattedError, type HttpError } from '../../framework/index.ts';

/** Every code v2 answers with: the framework's, and v2's own. The spec's `ProblemCode` enum lists exactly these. */
export const V2_ERROR_CODES = [...FRAMEWORK_ERROR_CODES, 'INVALID_API_KEY', 'INVALID_TOKEN', 'INVALID_CREDENTIALS', 'CONFLICT'] as const;

export type V2ErrorCode = (typeof V2_ERROR_CODES)[number];

const TITLES: Record<V2ErrorCode, string> = {
  INVALID_INPUT: 'Invalid input',
  UNAUTHORIZED: 'Authentication required',
  INVALID_API_KEY: 'Invalid API key',
  INVALID_TOKEN: 'Invalid user token',
  INVALID_CREDENTIALS: 'Invalid credentials',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  REQUEST_TIMEOUT: 'Request timeout',
  CONFLICT: 'Conflict',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  URI_TOO_LONG: 'URI too long',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  RATE_LIMITED: 'Too many requests',
  HEADERS_TOO_LARGE: 'Request headers too large',
  INTERNAL_ERROR: 'Internal error',
  SERVICE_UNAVAILABLE: 'Service unavailable',
};

const PROBLEM_TYPE_BASE = 'https://api.example.com/problems/';

/** RFC 9457 problem details, one `type` per code. */
export function formatProblem(error: HttpError): FormattedError {
  const code = error.code as V2ErrorCode;
  return {
    contentType: 'application/problem+json',
    body: {
      type: PROBLEM_TYPE_BASE + code.toLowerCase().replace(/_/g, '-'),
      title: TITLES[code] ?? TITLES.INTERNAL_ERROR,
      status: error.status,
      detail: error.message,
      code,
      ...(error.details?.length ? { errors: error.details } : {}),
    },
  };
}
