// generated from src/client/api-error.ts - do not edit
/** One invalid input field, as the API names it (`body.email`, `query.limit`). */
export interface ApiFieldError {
    field: string;
    message: string;
}
/** A non-2xx answer of the API, in either version's error format. */
export declare class ApiError extends Error {
    readonly status: number;
    readonly code: string;
    readonly details: ApiFieldError[];
    constructor(status: number, code: string, message: string, details?: ApiFieldError[]);
    /** From v1's `{ error: { code, message, details } }` or v2's problem details `{ code, title, detail, errors }`. */
    static from(status: number, body: unknown): ApiError;
}
