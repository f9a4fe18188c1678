// generated from src/client/unwrap.ts - do not edit
import { ApiError } from "./api-error.js";
/** The body of a 2xx answer, or an ApiError in the version's error format. */
export function unwrap(result) {
    if (result.error !== undefined || !result.response.ok)
        throw ApiError.from(result.response.status, result.error);
    return result.data;
}
