import { retryingFetch, type RetryOptions } from './retry.ts';
import { v1Users } from './v1.ts';

export { ApiError, type ApiFieldError } from './api-error.ts';
export type { RetryOptions } from './retry.ts';
export type { V1ListQuery, V1NewUser, V1User, V1UserChanges, V1UserList } from './v1.ts';

export interface ClientOptions {
  /** The server's origin, e.g. `https://users.example.com`. */
  baseUrl: string;
  /** An `ak_...` API key. */
  apiKey?: string;
  /** 429 handling; `false` turns retrying off. */
  retry?: RetryOptions | false;
  fetch?: (request: Request) => Promise<Response>;
}

/** The typed SDK: `client.v1.users.list/get/create/update/delete`. */
export function createClient(options: ClientOptions) {
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const transport = options.retry === false ? fetchImpl : retryingFetch(fetchImpl, options.retry);
  const headers: Record<string, string> = options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {};
  const shared = { baseUrl: options.baseUrl, headers, fetch: transport };
  return {
    v1: { users: v1Users(shared) },
  };
}

export type Client = ReturnType<typeof createClient>;
