export interface FieldError {
  /** Where the problem is: `body.email`, `query.limit`, `path.id`, `header.x-request-id`. */
  field: string;
  message: string;
}

/**
 * An error with an HTTP status and a machine-readable code. The framework raises these with the codes below;
 * a service's own codes travel the same way. Each API version's formatter turns them into its error body.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    // an answer to the client, not a fault: capturing a stack would be most of its cost
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'HttpError';
  }

  /** The name Fastify and its plugins read an error's status by. */
  get statusCode(): number {
    return this.status;
  }
}

/** Codes the framework itself emits; a version's error schema must declare each of them. */
export const FRAMEWORK_ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'REQUEST_TIMEOUT',
  'PAYLOAD_TOO_LARGE',
  'URI_TOO_LONG',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'HEADERS_TOO_LARGE',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type FrameworkErrorCode = (typeof FRAMEWORK_ERROR_CODES)[number];

export const invalidInput = (details: FieldError[], message = 'The request is not valid') =>
  new HttpError(400, 'INVALID_INPUT', message, details);

/** The answer to a request no route takes: 405 with `Allow` when the path has methods, else 404. */
export function unroutedRequest(allow: readonly string[]): HttpError {
  if (allow.length === 0) return new HttpError(404, 'NOT_FOUND', 'No resource at this path');
  const methods = allow.join(', ');
  return new HttpError(405, 'METHOD_NOT_ALLOWED', `This method is not allowed here; allowed: ${methods}`, undefined, { allow: methods });
}
