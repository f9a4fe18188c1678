// generated from src/client/api-error.ts - do not edit
/** A non-2xx answer of the API, in either version's error format. */
export class ApiError extends Error {
    status;
    code;
    details;
    constructor(status, code, message, details = []) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.name = 'ApiError';
    }
    /** From v1's `{ error: { code, message, details } }` or v2's problem details `{ code, title, detail, errors }`. */
    static from(status, body) {
        const v1 = body?.error;
        if (v1 && typeof v1.code === 'string')
            return new ApiError(status, v1.code, String(v1.message ?? ''), v1.details ?? []);
        const problem = body;
        if (problem && typeof problem.code === 'string') {
            return new ApiError(status, problem.code, String(problem.detail ?? problem.title ?? ''), problem.errors ?? []);
        }
        return new ApiError(status, 'UNKNOWN_ERROR', `The API answered ${status}`);
    }
}
