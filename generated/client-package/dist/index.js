// generated from src/client/index.ts - do not edit
import { graphqlCaller } from "./graphql.js";
import { retryingFetch } from "./retry.js";
import { v1Users } from "./v1.js";
import { v2Api } from "./v2.js";
export { ApiError } from "./api-error.js";
export { verifyWebhook, WebhookVerificationError } from "./verify-webhook.js";
/** The typed SDK: `client.v1.users.*`, `client.v2.users.*`, `client.v2.auth.*` and `client.graphql(document, variables)`. */
export function createClient(options) {
    const fetchImpl = options.fetch ?? ((request) => globalThis.fetch(request));
    const transport = options.retry === false ? fetchImpl : retryingFetch(fetchImpl, options.retry);
    const credential = options.apiKey ?? options.token;
    const headers = credential ? { Authorization: `Bearer ${credential}` } : {};
    const shared = { baseUrl: options.baseUrl, headers, fetch: transport };
    return {
        v1: { users: v1Users(shared) },
        v2: v2Api(shared),
        graphql: graphqlCaller(shared),
    };
}
