import { graphqlCaller } from './graphql.ts';
import { retryingFetch, type RetryOptions } from './retry.ts';
import { v1Users } from './v1.ts';
import { v2Api } from './v2.ts';

export { ApiError, type ApiFieldError } from './api-error.ts';
export type { DocumentTypeDecoration, TypedDocument, VariablesArgument } from './graphql.ts';
export type { RetryOptions } from './retry.ts';
export { verifyWebhook, WebhookVerificationError, type VerifyOptions, type WebhookHeaders } from './verify-webhook.ts';
export type { V1WebhookEvent, V1WebhookPayloads, V2WebhookEvent, V2WebhookPayloads, WebhookEventType } from './webhook-payloads.ts';
export type { V1ListQuery, V1NewUser, V1User, V1UserChanges, V1UserList } from './v1.ts';
export type { V2CreatedUser, V2GetQuery, V2ListQuery, V2NewUser, V2Token, V2User, V2UserChanges, V2UserList } from './v2.ts';

export interface ClientOptions {
  /** The server's origin, e.g. `https://users.example.com`. */
  baseUrl: string;
  /** An `ak_...` API key. */
  apiKey?: string;
  /** A `ut_...` user token (v2), used when no API key is given. */
  token?: string;
  /** 429 handling; `false` turns retrying off. */
  retry?: RetryOptions | false;
  fetch?: (request: Request) => Promise<Response>;
}

/** The typed SDK: `client.v1.users.*`, `client.v2.users.*`, `client.v2.auth.*` and `client.graphql(document, variables)`. */
export function createClient(options: ClientOptions) {
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const transport = options.retry === false ? fetchImpl : retryingFetch(fetchImpl, options.retry);
  const credential = options.apiKey ?? options.token;
  const headers: Record<string, string> = credential ? { Authorization: `Bearer ${credential}` } : {};
  const shared = { baseUrl: options.baseUrl, headers, fetch: transport };
  return {
    v1: { users: v1Users(shared) },
    v2: v2Api(shared),
    graphql: graphqlCaller(shared),
  };
}

export type Client = ReturnType<typeof createClient>;
