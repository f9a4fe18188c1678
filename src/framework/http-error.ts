export interface FieldError {
  /** Where the problem is: `body.email`, `query.limit`, `path.id`, `header.x-request-id`. */
  field: string;
  message: string;
}

/**
 * An error with an HTTP status and a machine-readable code. The framework raises its own codes (below) through
 * `frameworkError`; a service raises its codes the same way, through `errorRaiser` over its own table. Each API
 * version's formatter turns them into its error body.
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

/** An error code and the HTTP status it is always sent with. */
export interface ErrorCodeStatus {
  readonly status: number;
}

/**
 * The codes the framework itself raises, each with its status and the message it sends when it knows nothing more.
 * A service's error catalogue includes them all: a version's error schema must declare each of them.
 */
export const FRAMEWORK_ERRORS = {
  INVALID_INPUT: { status: 400, message: 'The request is not valid' },
  UNAUTHORIZED: { status: 401, message: 'Authentication is required' },
  FORBIDDEN: { status: 403, message: 'Not allowed' },
  NOT_FOUND: { status: 404, message: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Method not allowed' },
  REQUEST_TIMEOUT: { status: 408, message: 'The request was not received in time' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large' },
  URI_TOO_LONG: { status: 414, message: 'A path segment is longer than the server accepts' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'The request body has an unsupported media type' },
  RATE_LIMITED: { status: 429, message: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, message: 'The request line and headers are larger than the server accepts' },
  INTERNAL_ERROR: { status: 500, message: 'An unexpected error occurred' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'The service cannot answer now; retry later' },
} as const satisfies Readonly<Record<string, ErrorCodeStatus & { readonly message: string }>>;

export type FrameworkErrorCode = keyof typeof FRAMEWORK_ERRORS;

export const FRAMEWORK_ERROR_CODES = Object.keys(FRAMEWORK_ERRORS) as readonly FrameworkErrorCode[];

/** Raises the errors of a table of codes: the status is the table's, and a code the table lacks does not compile. */
export type ErrorRaiser<Code extends string> = (code: Code, message: string, details?: FieldError[], headers?: Record<string, string>) => HttpError;

export function errorRaiser<Code extends string>(table: Readonly<Record<Code, ErrorCodeStatus>>): ErrorRaiser<Code> {
  return (code, message, details, headers) => new HttpError(table[code].status, code, message, details, headers);
}

/** The framework's own errors. */
export const frameworkError = errorRaiser(FRAMEWORK_ERRORS);

export const invalidInput = (details: FieldError[], message = 'The request is not valid') => frameworkError('INVALID_INPUT', message, details);

/** Whether a request is a browser's CORS preflight: OPTIONS with `Origin` and `Access-Control-Request-Method`. */
export function isCorsPreflight(request: { method: string; headers: Record<string, string | string[] | undefined> }): boolean {
  return request.method === 'OPTIONS' && request.headers.origin !== undefined && request.headers['access-control-request-method'] !== undefined;
}

const refusedPreflights = new Map<string, HttpError>();

/**
 * The answer to a CORS preflight no CORS policy took, on a path whose methods are `methods`: the 405 any OPTIONS
 * gets there, its message followed by `explanation` (what would allow the cross-origin call). On a path with no
 * methods, the 404 as for any request.
 */
export function refusedPreflight(methods: string, explanation: string): HttpError {
  if (methods === '') return unroutedRequest('');
  const key = `${methods}\n${explanation}`;
  let error = refusedPreflights.get(key);
  if (error === undefined) {
    error = frameworkError('METHOD_NOT_ALLOWED', `This method is not allowed here; allowed: ${methods}. ${explanation}`, undefined, { allow: methods });
    refusedPreflights.set(key, error);
  }
  return error;
}

/** One error per distinct `Allow` list: these answers depend on nothing else, and are built once each. */
const unroutedErrors = new Map<string, HttpError>();

/** The answer to a request no route takes: 405 with `Allow` (`GET, HEAD`) when the path has methods, else (`''`) 404. */
export function unroutedRequest(methods: string): HttpError {
  let error = unroutedErrors.get(methods);
  if (error === undefined) {
    error =
      methods === ''
        ? frameworkError('NOT_FOUND', 'No resource at this path')
        : frameworkError('METHOD_NOT_ALLOWED', `This method is not allowed here; allowed: ${methods}`, undefined, { allow: methods });
    unroutedErrors.set(methods, error);
  }
  return error;
}
