import { ApiError } from './api-error.ts';

/** What each version's client is built on: the origin, the credential header and the (retrying) fetch. */
export interface Transport {
  baseUrl: string;
  headers: Record<string, string>;
  fetch: (request: Request) => Promise<Response>;
}

/** The body of a 2xx answer, or an ApiError in the version's error format. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw ApiError.from(result.response.status, result.error);
  return result.data as T;
}
