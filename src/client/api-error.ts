/** One invalid input field, as the API names it (`body.email`, `query.limit`). */
export interface ApiFieldError {
  field: string;
  message: string;
}

/** A non-2xx answer of the API, in either version's error format. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiFieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** From v1's `{ error: { code, message, details } }` or v2's problem details `{ code, title, detail, errors }`. */
  static from(status: number, body: unknown): ApiError {
    const v1 = (body as { error?: { code?: unknown; message?: unknown; details?: ApiFieldError[] } } | undefined)?.error;
    if (v1 && typeof v1.code === 'string') return new ApiError(status, v1.code, String(v1.message ?? ''), v1.details ?? []);
    const problem = body as { code?: unknown; detail?: unknown; title?: unknown; errors?: ApiFieldError[] } | undefined;
    if (problem && typeof problem.code === 'string') {
      return new ApiError(status, problem.code, String(problem.detail ?? problem.title ?? ''), problem.errors ?? []);
    }
    return new ApiError(status, 'UNKNOWN_ERROR', `The API answered ${status}`);
  }
}
