// generated from src/client/index.ts - do not edit
import { type RetryOptions } from "./retry.js";
export { ApiError, type ApiFieldError } from "./api-error.js";
export type { DocumentTypeDecoration, TypedDocument, VariablesArgument } from "./graphql.js";
export type { RetryOptions } from "./retry.js";
export { verifyWebhook, WebhookVerificationError, type VerifyOptions, type WebhookHeaders } from "./verify-webhook.js";
export type { V1WebhookEvent, V1WebhookPayloads, V2WebhookEvent, V2WebhookPayloads, WebhookEventType } from "./webhook-payloads.js";
export type { V1ListQuery, V1NewUser, V1User, V1UserChanges, V1UserList } from "./v1.js";
export type { V2CreatedUser, V2GetQuery, V2ListQuery, V2NewUser, V2Token, V2User, V2UserChanges, V2UserList } from "./v2.js";
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
export declare function createClient(options: ClientOptions): {
    v1: {
        users: {
            list: (query?: import("./v1.js").V1ListQuery) => Promise<import("./v1.js").V1UserList>;
            get: (id: string) => Promise<import("./v1.js").V1User>;
            create: (user: import("./v1.js").V1NewUser) => Promise<import("./v1.js").V1User>;
            update: (id: string, changes: import("./v1.js").V1UserChanges) => Promise<import("./v1.js").V1User>;
            delete: (id: string) => Promise<void>;
        };
    };
    v2: {
        users: {
            list: (query?: import("./v2.js").V2ListQuery) => Promise<import("./v2.js").V2UserList>;
            get: (id: string, query?: import("./v2.js").V2GetQuery) => Promise<import("./v2.js").V2User>;
            create: (user: import("./v2.js").V2NewUser) => Promise<import("./v2.js").V2CreatedUser>;
            update: (id: string, changes: import("./v2.js").V2UserChanges) => Promise<import("./v2.js").V2User>;
            delete: (id: string, options?: {
                hard?: boolean;
            }) => Promise<void>;
        };
        auth: {
            login: (email: string, password: string) => Promise<import("./v2.js").V2Token>;
            logout: () => Promise<void>;
        };
    };
    graphql: <TResult, TVariables>(document: import("./graphql.js").TypedDocument<TResult, TVariables>, ...[variables]: import("./graphql.js").VariablesArgument<TVariables>) => Promise<TResult>;
};
export type Client = ReturnType<typeof createClient>;
