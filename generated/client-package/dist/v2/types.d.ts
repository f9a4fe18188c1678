// generated from spec/v2/openapi.yaml - do not edit
export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Returns one page of users, filtered by `role`, `active` and `q`, sorted by `sort` and
         *     `order` (ties broken by id, so pages are stable). Deactivated users are listed only for
         *     admin API keys; for other keys `active=false` matches nothing.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user (admin API key only) and answers its id, its name and a user token for it.
         *     Emails are unique case-insensitively: a taken email gives 409 `CONFLICT`.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id, a UUID. The format is not checked as a parameter: an id that is not a UUID
                 *     gives 404, like an unknown one.
                 * @example 5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description Returns one user, with the related resources named in `include`.
         *
         *     With an API key any user can be read (deactivated users only with an admin key). With a
         *     user token only the token's own user can be read, unless the token's user is an admin:
         *     another user's id gives 404, as if it did not exist.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Admin only. By default a soft delete: the user becomes `active: false`, its tokens are
         *     revoked, and it is no longer visible to non-admins or through version 1. A deactivated user
         *     can still be hard-deleted. With `hard=true` the user and everything it owns are removed
         *     permanently. Deleting one's own account (with one's own token) is 403. Sends `user.deleted`.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Partial update: only the fields present change. An empty body and unknown fields are 400.
         *
         *     Allowed callers: the user itself (its own token) or an admin. A standard API key gets 403;
         *     a non-admin token naming another user gets 404, as if the user did not exist. Changing
         *     `role` needs an admin (403 otherwise). A new email already taken gives 409 `CONFLICT`.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Exchanges an email and password for a user token. An unknown email, a wrong password and a
         *     deactivated user all give the same 401 `INVALID_CREDENTIALS`, in the same time. Requests are
         *     rate-limited per client address. `Location` names the token resource, which
         *     `DELETE /auth/token` revokes when the token is presented.
         */
        post: operations["createToken"];
        /**
         * Log out
         * @description Revokes the user token sent with this request. Using it afterwards gives 401 `INVALID_TOKEN`.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Returns one page of API keys, oldest first, revoked ones included. A key itself is never
         *     listed: only its visible prefix, so you can tell which key a log line or a caller used.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key. The answer holds the key itself (`ak_...`): it is shown only this once
         *     and stored only as a hash, so keep it now. The answer is not cached (`Cache-Control:
         *     no-store`).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id, a UUID (not the key). An id that is not a UUID gives 404, like an unknown one.
                 * @example 0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Returns one API key's record (never the key itself).
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id, a UUID (not the key). An id that is not a UUID gives 404, like an unknown one.
                 * @example 0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description Revokes the key: from now on requests with it get 401 `INVALID_API_KEY`. The record stays
         *     (with `revoked: true`); revoking a revoked key changes nothing and answers the record.
         *
         *     Revoking the API key this request is sent with would lock the caller out, so it is refused
         *     (409 `CONFLICT`) unless the request says so with `?self=true`. An `ADMIN_API_KEY` set in the
         *     server's environment is made active again when the server restarts.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id, a UUID (not the key). An id that is not a UUID gives 404, like an unknown one.
                 * @example 0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key
         * @description Replaces the key's secret and answers the new key, shown only this once (`Cache-Control:
         *     no-store`). The old key stops working at once (401 `INVALID_API_KEY`); the id, name, role,
         *     rate limit and rate-limit budget stay. A revoked key cannot be rotated (409 `CONFLICT`).
         *     Rotating the key this request is sent with is allowed: the answer holds its successor.
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Returns one page of webhook endpoints, oldest first. Secrets are never listed.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Subscribes a URL to events. The answer holds the signing secret (`whsec_...`): it is shown
         *     only this once. URLs that resolve to loopback, private or link-local addresses are refused
         *     (400) unless the server allows them (`WEBHOOK_ALLOW_PRIVATE_TARGETS`).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Returns one webhook endpoint (without its secret).
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint and its delivery log; pending deliveries to it are dropped.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Partial update: only the fields present change; an empty body and unknown fields are 400.
         *     Setting `enabled: true` re-enables a disabled endpoint and clears `disabledReason`.
         *
         *     `rotateSecret: true` replaces the signing secret and answers the new one (shown only this
         *     once). The previous secret stays valid for 24 hours (`previousSecretExpiresAt`); meanwhile
         *     every message carries a signature with each secret, so receivers can switch without losing
         *     messages. Without `rotateSecret` the answer has no secret.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * List deliveries of a webhook endpoint
         * @description Returns one page of the endpoint's delivery log, newest first, each delivery with all its
         *     attempts (time, status code, latency, error, the start of the response body).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description The delivery's id, a UUID. An id that is not a UUID, or a delivery of another endpoint, gives 404.
                 * @example 1f8b3d6e-2a9c-4b7d-8e1f-3c5a7d9b0e24
                 */
                deliveryId: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver a delivery
         * @description Queues one more attempt of the delivery now, whatever its status, with the same payload and
         *     the same `webhook-id` (receivers deduplicate on it). The attempt is recorded in the log.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Sends a sample event of the given type (subscribed or not) to the endpoint, in its payload
         *     version, signed like any other event. The delivery is logged with `test: true`.
         */
        post: operations["sendTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "user.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.created
         * @description Sent when a user is created (through any version of the API).
         *
         *     Retries: a delivery that does not get a 2xx answer within the timeout is retried 3 times,
         *     after 1 s, 2 s and 4 s.
         */
        post: operations["userCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.updated
         * @description Sent when a user's fields change: `user` is the user after the change and `changes` the old
         *     and new value of each changed field.
         *
         *     Retries: 3 retries after 1 s, 2 s and 4 s.
         */
        post: operations["userUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.deleted
         * @description Sent when a user is deleted, softly (deactivated) or permanently.
         *
         *     Retries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).
         */
        post: operations["userDeletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.succeeded
         * @description Sent when a payment has been processed successfully.
         *
         *     Retries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).
         */
        post: operations["paymentSucceededWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.failed
         * @description Sent when a payment could not be processed; `error` says why.
         *
         *     Retries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).
         */
        post: operations["paymentFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * Text
         * @description Text the service accepts: any string without the NUL character (U+0000), which the database
         *     cannot store. Every text input (body field, query or path parameter) is a Text.
         */
        Text: string;
        /**
         * Role
         * @description A user's role, from most to least privileged.
         * @enum {string}
         */
        Role: "admin" | "moderator" | "user" | "guest";
        /**
         * Uuid
         * Format: uuid
         * @description A UUID.
         */
        Uuid: string;
        /**
         * Timestamp
         * Format: date-time
         * @description A point in time, RFC 3339 in UTC with a `Z` suffix.
         */
        Timestamp: string;
        /**
         * Name
         * @description A person's display name; not blank.
         */
        Name: components["schemas"]["Text"];
        /**
         * Email
         * Format: email
         * @description An email address, unique case-insensitively.
         */
        Email: components["schemas"]["Text"];
        /**
         * UserTokenValue
         * @description An opaque user token; send it as `Authorization: Bearer ut_...`.
         */
        UserTokenValue: string;
        /**
         * Profile
         * @description What a user tells about themself (`include=profile`).
         */
        Profile: {
            /** @description A short text about the user. */
            bio: string | null;
            /**
             * Format: uri
             * @description URL of the user's picture.
             */
            avatarUrl: string | null;
            /** @description Where the user is, free text. */
            location: string | null;
            /**
             * Format: uri
             * @description The user's website.
             */
            website: string | null;
        };
        /**
         * Settings
         * @description The user's preferences (`include=settings`).
         */
        Settings: {
            /**
             * @description Colour scheme of the user interface.
             * @enum {string}
             */
            theme: "light" | "dark" | "system";
            /** @description BCP 47 language tag, for example `en-US`. */
            locale: string;
            /** @description IANA time zone, for example `Europe/Berlin`. */
            timezone: string;
            /** @description Whether the user receives notifications by email. */
            emailNotifications: boolean;
        };
        /**
         * Permission
         * @description A permission granted by the user's role, `resource:action[:scope]`, for example `users:read`.
         */
        Permission: string;
        /**
         * User
         * @description A user as version 2 shows it. `profile`, `settings` and `permissions` are present only
         *     when `include` asks for them.
         */
        User: {
            id: components["schemas"]["Uuid"];
            /** @description Display name. */
            name: string;
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            role: components["schemas"]["Role"];
            /** @description False once the user has been (softly) deleted. */
            active: boolean;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            profile?: components["schemas"]["Profile"];
            settings?: components["schemas"]["Settings"];
            /** @description What the user's role allows (`include=permissions`). */
            permissions?: components["schemas"]["Permission"][];
        };
        /**
         * UserList
         * @description One page of users.
         */
        UserList: {
            /** @description The users of this page, in the requested order. */
            users: components["schemas"]["User"][];
            /** @description Number of users matching the filters. */
            total: number;
            /** @description This page's number. */
            page: number;
            /** @description Number of pages, `ceil(total / limit)` (0 when nothing matches). */
            pages: number;
        };
        /**
         * CreateUserRequest
         * @description A new user. Unknown fields are rejected.
         */
        CreateUserRequest: {
            name: components["schemas"]["Name"];
            email: components["schemas"]["Email"];
            /** @description At least 12 characters. Never returned. */
            password: $Write<components["schemas"]["Text"]>;
            /**
             * @description The new user's role.
             * @default user
             * @enum {string}
             */
            role?: "user" | "admin";
        };
        /**
         * CreatedUser
         * @description The created user's id and name, and a user token for it.
         */
        CreatedUser: {
            id: components["schemas"]["Uuid"];
            /** @description Display name. */
            name: string;
            token: components["schemas"]["UserTokenValue"];
            tokenExpiresAt: components["schemas"]["Timestamp"];
        };
        /**
         * UpdateUserRequest
         * @description The fields to change; at least one. Fields that are absent keep their value. Unknown fields
         *     are rejected.
         */
        UpdateUserRequest: {
            name?: components["schemas"]["Name"];
            email?: components["schemas"]["Email"];
            /** @description Changing the role needs an admin (403 otherwise). */
            role?: components["schemas"]["Role"];
        };
        /**
         * CreateTokenRequest
         * @description Credentials to log in with. Unknown fields are rejected.
         */
        CreateTokenRequest: {
            email: components["schemas"]["Email"];
            /** @description The user's password. */
            password: $Write<components["schemas"]["Text"]>;
        };
        /**
         * Token
         * @description A user token and when it expires.
         */
        Token: {
            token: components["schemas"]["UserTokenValue"];
            /**
             * @description How to send the token (`Authorization: Bearer <token>`).
             * @constant
             */
            tokenType: "Bearer";
            expiresAt: components["schemas"]["Timestamp"];
            userId: components["schemas"]["Uuid"];
        };
        /**
         * ProblemCode
         * @description Machine-readable error code: `INVALID_INPUT` (400), `UNAUTHORIZED`, `INVALID_API_KEY`,
         *     `INVALID_TOKEN` and `INVALID_CREDENTIALS` (401), `FORBIDDEN` (403), `NOT_FOUND` (404),
         *     `METHOD_NOT_ALLOWED` (405), `REQUEST_TIMEOUT` (408), `CONFLICT` (409), `PAYLOAD_TOO_LARGE`
         *     (413), `URI_TOO_LONG` (414), `UNSUPPORTED_MEDIA_TYPE` (415), `RATE_LIMITED` (429),
         *     `HEADERS_TOO_LARGE` (431), `INTERNAL_ERROR` (500), `SERVICE_UNAVAILABLE` (503).
         * @enum {string}
         */
        ProblemCode: "INVALID_INPUT" | "UNAUTHORIZED" | "INVALID_API_KEY" | "INVALID_TOKEN" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "REQUEST_TIMEOUT" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "URI_TOO_LONG" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "HEADERS_TOO_LARGE" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
        /**
         * FieldError
         * @description What is wrong with one input field.
         */
        FieldError: {
            /**
             * @description Where the field is: `body`, `query`, `path` or `header`, then the path inside it,
             *     separated by dots (`body.email`, `query.limit`, `body.events.0`).
             */
            field: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /**
         * Problem
         * @description An error, as RFC 9457 problem details (`application/problem+json`).
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI reference identifying the problem type, one per `code`.
             */
            type: string;
            /** @description Short summary of the problem type; the same for every occurrence. */
            title: string;
            /** @description The HTTP status code of the response. */
            status: number;
            /** @description Explanation of this occurrence; may change, do not parse it. */
            detail: string;
            code: components["schemas"]["ProblemCode"];
            /** @description For `INVALID_INPUT`, one entry per invalid field, the first 100 when there are more. */
            errors?: components["schemas"]["FieldError"][];
        };
        /**
         * ApiKeyRole
         * @description What an API key may do: `admin` keys everything, `standard` keys what needs no admin.
         * @enum {string}
         */
        ApiKeyRole: "admin" | "standard";
        /**
         * ApiKeyName
         * @description A name for people (who or what uses the key), 1 to 100 characters once trimmed.
         */
        ApiKeyName: components["schemas"]["Text"];
        /**
         * RateLimitPerMinute
         * @description Requests this key may send per minute.
         */
        RateLimitPerMinute: number;
        /**
         * ApiKey
         * @description An API key's record. The key itself is never shown here, only its first characters.
         */
        ApiKey: {
            id: components["schemas"]["Uuid"];
            name: components["schemas"]["ApiKeyName"];
            role: components["schemas"]["ApiKeyRole"];
            /** @description The key's first 12 characters (`ak_` and 9 more), enough to recognise it. */
            prefix: string;
            rateLimitPerMinute: components["schemas"]["RateLimitPerMinute"];
            /** @description Whether the key is revoked (requests with it get 401 `INVALID_API_KEY`). */
            revoked: boolean;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it is active.
             */
            revokedAt: string | null;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When a request last used the key (to the minute); null if never.
             */
            lastUsedAt: string | null;
        };
        /**
         * ApiKeySecret
         * @description The API key itself, to send as `Authorization: Bearer ak_...`; shown only when created or rotated.
         */
        ApiKeySecret: string;
        /**
         * ApiKeyWithSecret
         * @description An API key's record and, this once, the key itself.
         */
        ApiKeyWithSecret: {
            id: components["schemas"]["Uuid"];
            name: components["schemas"]["ApiKeyName"];
            role: components["schemas"]["ApiKeyRole"];
            /** @description The key's first 12 characters. */
            prefix: string;
            rateLimitPerMinute: components["schemas"]["RateLimitPerMinute"];
            /** @description Always false here. */
            revoked: boolean;
            /** @description Always null here. */
            revokedAt: null;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When a request last used the key; null if never.
             */
            lastUsedAt: string | null;
            key: components["schemas"]["ApiKeySecret"];
        };
        /**
         * ApiKeyList
         * @description One page of API keys.
         */
        ApiKeyList: {
            /** @description The keys of this page, oldest first. */
            apiKeys: components["schemas"]["ApiKey"][];
            /** @description Number of keys, revoked ones included. */
            total: number;
            /** @description This page's number. */
            page: number;
            /** @description Number of pages, `ceil(total / limit)`. */
            pages: number;
        };
        /**
         * CreateApiKeyRequest
         * @description A new API key.
         */
        CreateApiKeyRequest: {
            name: components["schemas"]["ApiKeyName"];
            /**
             * @description The key's role; `standard` when absent.
             * @default standard
             * @enum {string}
             */
            role?: "admin" | "standard";
            /** @description Requests per minute (1 to 1,000,000); the server's default (`RATE_LIMIT_PER_MINUTE`, 100) when absent. */
            rateLimitPerMinute?: number;
        };
        /**
         * EventType
         * @description A webhook event type.
         * @enum {string}
         */
        EventType: "user.created" | "user.updated" | "user.deleted" | "payment.succeeded" | "payment.failed";
        /**
         * PayloadVersion
         * @description Payload format sent to an endpoint: `v1` is `{ event, timestamp, data }` (see the version 1
         *     document), `v2` the shapes under `webhooks` in this document.
         * @enum {string}
         */
        PayloadVersion: "v1" | "v2";
        /**
         * RegisteredWebhookUrl
         * Format: uri
         * @description The URL an endpoint posts to, as registered. Registrations take a `WebhookUrl`; an endpoint
         *     registered under the earlier, looser rule may hold a URL without a host or with port 0, which
         *     is never delivered to.
         */
        RegisteredWebhookUrl: string;
        /**
         * WebhookUrl
         * Format: uri
         * @description Absolute `http` or `https` URL the events are posted to: a host (a name, an IPv4 address or a
         *     bracketed IPv6 address) and, when given, a port from 1 to 65535. URLs resolving to loopback,
         *     private or link-local addresses are refused unless the server allows them.
         */
        WebhookUrl: components["schemas"]["Text"];
        /**
         * WebhookEvents
         * @description The subscribed event types; at least one.
         */
        WebhookEvents: components["schemas"]["EventType"][];
        /**
         * WebhookDescription
         * @description A note for administrators.
         */
        WebhookDescription: components["schemas"]["Text"];
        /**
         * WebhookSecret
         * @description The signing secret (Standard Webhooks); shown only when created or rotated.
         */
        WebhookSecret: string;
        /**
         * WebhookEndpoint
         * @description A subscription of a URL to events. The secret is never shown here.
         */
        WebhookEndpoint: {
            id: components["schemas"]["Uuid"];
            url: components["schemas"]["RegisteredWebhookUrl"];
            events: components["schemas"]["WebhookEvents"];
            payloadVersion: components["schemas"]["PayloadVersion"];
            /** @description A note for administrators, or null. */
            description: string | null;
            /** @description Whether events are delivered to this endpoint. */
            enabled: boolean;
            /**
             * @description Why the endpoint is disabled (for example after it answered 410 Gone, or by an
             *     administrator); null while enabled.
             */
            disabledReason: string | null;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * WebhookEndpointWithSecret
         * @description A webhook endpoint with its signing secret, answered once on creation and on rotation.
         */
        WebhookEndpointWithSecret: {
            id: components["schemas"]["Uuid"];
            url: components["schemas"]["RegisteredWebhookUrl"];
            events: components["schemas"]["WebhookEvents"];
            payloadVersion: components["schemas"]["PayloadVersion"];
            /** @description A note for administrators, or null. */
            description: string | null;
            /** @description Whether events are delivered to this endpoint. */
            enabled: boolean;
            /** @description Why the endpoint is disabled; null while enabled. */
            disabledReason: string | null;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            secret: components["schemas"]["WebhookSecret"];
            /**
             * Format: date-time
             * @description After a rotation, until when the previous secret still signs messages (24 hours); null
             *     on creation.
             */
            previousSecretExpiresAt: string | null;
        };
        /**
         * UpdatedWebhookEndpoint
         * @description A webhook endpoint after an update. `secret` and `previousSecretExpiresAt` are present only
         *     when the update rotated the secret (`rotateSecret: true`).
         */
        UpdatedWebhookEndpoint: {
            id: components["schemas"]["Uuid"];
            url: components["schemas"]["RegisteredWebhookUrl"];
            events: components["schemas"]["WebhookEvents"];
            payloadVersion: components["schemas"]["PayloadVersion"];
            /** @description A note for administrators, or null. */
            description: string | null;
            /** @description Whether events are delivered to this endpoint. */
            enabled: boolean;
            /** @description Why the endpoint is disabled; null while enabled. */
            disabledReason: string | null;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            secret?: components["schemas"]["WebhookSecret"];
            /**
             * Format: date-time
             * @description Until when the previous secret still signs messages (24 hours after the rotation).
             */
            previousSecretExpiresAt?: string;
        };
        /**
         * WebhookEndpointList
         * @description One page of webhook endpoints.
         */
        WebhookEndpointList: {
            /** @description The endpoints of this page, oldest first. */
            endpoints: components["schemas"]["WebhookEndpoint"][];
            /** @description Number of endpoints. */
            total: number;
            /** @description This page's number. */
            page: number;
            /** @description Number of pages (0 when there are no endpoints). */
            pages: number;
        };
        /**
         * CreateWebhookEndpointRequest
         * @description A new webhook endpoint. Unknown fields are rejected.
         */
        CreateWebhookEndpointRequest: {
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["WebhookEvents"];
            /** @default v2 */
            payloadVersion?: components["schemas"]["PayloadVersion"];
            description?: components["schemas"]["WebhookDescription"];
            /**
             * @description Whether events are delivered to the endpoint.
             * @default true
             */
            enabled?: boolean;
        };
        /**
         * UpdateWebhookEndpointRequest
         * @description The fields to change; at least one. Fields that are absent keep their value. Unknown fields
         *     are rejected.
         */
        UpdateWebhookEndpointRequest: {
            url?: components["schemas"]["WebhookUrl"];
            events?: components["schemas"]["WebhookEvents"];
            payloadVersion?: components["schemas"]["PayloadVersion"];
            /** @description A note for administrators; null removes it. */
            description?: components["schemas"]["WebhookDescription"] | null;
            /** @description `true` (re-)enables the endpoint and clears `disabledReason`; `false` disables it. */
            enabled?: boolean;
            /** @description `true` replaces the signing secret; the answer then holds the new one. */
            rotateSecret?: boolean;
        };
        /**
         * TestWebhookRequest
         * @description Which event type to send a sample of. Unknown fields are rejected.
         */
        TestWebhookRequest: {
            event: components["schemas"]["EventType"];
        };
        /**
         * WebhookDeliveryStatus
         * @description `pending`: waiting for its next attempt; `succeeded`: an attempt got a 2xx answer;
         *     `failed`: every retry failed, or the endpoint answered 410 Gone.
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "succeeded" | "failed";
        /**
         * WebhookDeliveryAttempt
         * @description One attempt to deliver an event.
         */
        WebhookDeliveryAttempt: {
            attemptedAt: components["schemas"]["Timestamp"];
            /** @description The HTTP status of the answer; null when there was none (timeout, connection error). */
            statusCode: number | null;
            /** @description Milliseconds from sending the request to the end of the answer (or to the failure). */
            latencyMs: number;
            /** @description Why the attempt failed without an answer (timeout, DNS, connection, TLS); null otherwise. */
            error: string | null;
            /** @description The start of the response body (at most 1024 characters); null when there was none. */
            responseBody: string | null;
        };
        /**
         * WebhookDelivery
         * @description One event sent (or to be sent) to one endpoint, with its attempts.
         */
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description The delivery's id (a UUID), sent as `webhook-id`.
             */
            id: string;
            endpointId: components["schemas"]["Uuid"];
            event: components["schemas"]["EventType"];
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description Whether this is a test event sent with `POST /webhooks/{id}/test`. */
            test: boolean;
            /** @description The JSON body sent, in the endpoint's payload version (see `webhooks`). */
            payload: {
                [key: string]: unknown;
            };
            /** @description The attempts so far, oldest first. */
            attempts: components["schemas"]["WebhookDeliveryAttempt"][];
            /**
             * Format: date-time
             * @description When the next attempt is due; null when none is scheduled.
             */
            nextAttemptAt: string | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        /**
         * WebhookDeliveryList
         * @description One page of an endpoint's deliveries.
         */
        WebhookDeliveryList: {
            /** @description The deliveries of this page, newest first. */
            deliveries: components["schemas"]["WebhookDelivery"][];
            /** @description Number of deliveries matching the filter. */
            total: number;
            /** @description This page's number. */
            page: number;
            /** @description Number of pages (0 when nothing matches). */
            pages: number;
        };
        /**
         * FieldChange
         * @description The value of a field before and after a change.
         */
        FieldChange: {
            /** @description The value before the change (a string, a boolean or null). */
            old: string | boolean | null;
            /** @description The value after the change (a string, a boolean or null). */
            new: string | boolean | null;
        };
        /**
         * Changes
         * @description The fields that changed, keyed by field name (`name`, `email`, `role`, ...). Passwords never appear.
         */
        Changes: {
            [key: string]: components["schemas"]["FieldChange"];
        };
        /**
         * Payment
         * @description A payment.
         */
        Payment: {
            /** @description The payment's id. */
            id: string;
            /** @description Amount in the currency's minor units (cents for USD). */
            amount: number;
            /** @description ISO 4217 currency code. */
            currency: string;
            userId: components["schemas"]["Uuid"];
        };
        /**
         * PaymentError
         * @description Why a payment failed.
         */
        PaymentError: {
            /** @description Machine-readable reason, for example `card_declined`. */
            code: string;
            /** @description Human-readable reason. */
            message: string;
        };
        /**
         * UserCreatedEvent
         * @description Payload of `user.created`.
         */
        UserCreatedEvent: {
            /** @constant */
            event: "user.created";
            user: components["schemas"]["User"];
            timestamp: components["schemas"]["Timestamp"];
        };
        /**
         * UserUpdatedEvent
         * @description Payload of `user.updated`.
         */
        UserUpdatedEvent: {
            /** @constant */
            event: "user.updated";
            user: components["schemas"]["User"];
            changes: components["schemas"]["Changes"];
            timestamp: components["schemas"]["Timestamp"];
        };
        /**
         * UserDeletedEvent
         * @description Payload of `user.deleted`.
         */
        UserDeletedEvent: {
            /** @constant */
            event: "user.deleted";
            userId: components["schemas"]["Uuid"];
            /**
             * Format: uuid
             * @description Who deleted the user: the id of the acting user when the request used a user token,
             *     otherwise the id of the API key that made the request.
             */
            deletedBy: string;
            timestamp: components["schemas"]["Timestamp"];
        };
        /**
         * PaymentSucceededEvent
         * @description Payload of `payment.succeeded`.
         */
        PaymentSucceededEvent: {
            /** @constant */
            event: "payment.succeeded";
            payment: components["schemas"]["Payment"];
            timestamp: components["schemas"]["Timestamp"];
        };
        /**
         * PaymentFailedEvent
         * @description Payload of `payment.failed`.
         */
        PaymentFailedEvent: {
            /** @constant */
            event: "payment.failed";
            payment: components["schemas"]["Payment"];
            error: components["schemas"]["PaymentError"];
            timestamp: components["schemas"]["Timestamp"];
        };
    };
    responses: {
        /** @description The request is invalid (`INVALID_INPUT`), with one `errors` entry per invalid field. */
        BadRequest: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                /** @description Number of requests allowed in the current one-minute window. Absent when the request was refused before its credential was read (a URL that cannot be decoded): such a request spends no budget. */
                "X-RateLimit-Limit"?: number;
                /** @description Number of requests left in the current window. Absent when the request was refused before its credential was read (a URL that cannot be decoded): such a request spends no budget. */
                "X-RateLimit-Remaining"?: number;
                /** @description When the current window ends, in UTC epoch seconds. Absent when the request was refused before its credential was read (a URL that cannot be decoded): such a request spends no budget. */
                "X-RateLimit-Reset"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description No credentials (`UNAUTHORIZED`); an unknown or revoked API key (`INVALID_API_KEY`); an
         *     unknown, expired or revoked user token (`INVALID_TOKEN`); a failed login (`INVALID_CREDENTIALS`).
         */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller may not do this (`FORBIDDEN`): it needs an admin, or acts on its own account where that is not allowed. */
        Forbidden: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nothing with this id is visible to the caller, or the id is malformed (`NOT_FOUND`). */
        NotFound: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The email is already taken (`CONFLICT`). */
        Conflict: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is too large (`PAYLOAD_TOO_LARGE`): over 1 MiB, or over four times the largest body the operation's schema allows written compactly (and over 16 KiB). A body this large cannot be valid, so it is refused before it is read. */
        PayloadTooLarge: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request body is not `application/json` in UTF-8, or it is sent in a content coding
         *     (`Content-Encoding: gzip`...; send it unencoded): `UNSUPPORTED_MEDIA_TYPE`.
         */
        UnsupportedMediaType: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                /** @description The only content coding request bodies may be sent in: `identity` (none). */
                "Accept-Encoding"?: "identity";
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The rate limit is exhausted (`RATE_LIMITED`); retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An unexpected error (`INTERNAL_ERROR`); no internals are revealed. */
        InternalError: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The service cannot answer now (`SERVICE_UNAVAILABLE`): its database is unreachable, it is
         *     overloaded, or this instance is shutting down; retry after `Retry-After` seconds. Nothing was changed.
         */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request line and headers are over 16 KB together (`HEADERS_TOO_LARGE`). The request is refused before it
         *     is read, so its credential spends no rate-limit budget and the answer carries no rate-limit headers.
         */
        HeadersTooLarge: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A path parameter is longer than 100 characters (`URI_TOO_LONG`). */
        UriTooLong: {
            headers: {
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The user's id, a UUID. The format is not checked as a parameter: an id that is not a UUID
         *     gives 404, like an unknown one.
         * @example 5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30
         */
        UserId: components["schemas"]["Text"];
        /**
         * @description The API key's id, a UUID (not the key). An id that is not a UUID gives 404, like an unknown one.
         * @example 0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40
         */
        ApiKeyId: components["schemas"]["Text"];
        /**
         * @description `true` to revoke the API key this request is sent with (without it, that is refused with
         *     409, so an administrator does not lock itself out by mistake).
         */
        RevokeSelf: boolean;
        /**
         * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
         * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
         */
        WebhookEndpointId: components["schemas"]["Text"];
        /**
         * @description The delivery's id, a UUID. An id that is not a UUID, or a delivery of another endpoint, gives 404.
         * @example 1f8b3d6e-2a9c-4b7d-8e1f-3c5a7d9b0e24
         */
        DeliveryId: components["schemas"]["Text"];
        /** @description Page number, 1-based (at most 10,000,000). */
        Page: number;
        /** @description Items per page (1 to 100). */
        Limit: number;
        /** @description Field to sort by. */
        Sort: "name" | "email" | "created_at";
        /** @description Sort direction. */
        Order: "asc" | "desc";
        /** @description Only users with this role. */
        RoleFilter: components["schemas"]["Role"];
        /** @description Only active (`true`) or deactivated (`false`) users. Deactivated users are visible to admin keys only. */
        ActiveFilter: boolean;
        /** @description Only users whose name or email contains this text (case-insensitive). */
        Search: components["schemas"]["Text"];
        /**
         * @description Related resources to add to the user, as a comma-separated list: `profile`, `settings`,
         *     `permissions` (for example `include=profile,settings`). An unknown value is 400.
         */
        Include: ("profile" | "settings" | "permissions")[];
        /** @description `true` removes the user permanently; `false` deactivates it. */
        Hard: boolean;
        /** @description Only deliveries with this status. */
        DeliveryStatusFilter: components["schemas"]["WebhookDeliveryStatus"];
        /**
         * @description Unique id of the message (Standard Webhooks), the id of the delivery. It stays the same when
         *     a delivery is retried or redelivered by hand, so receivers can deduplicate on it.
         * @example 4c2d9e7a-1b3f-4a6c-8d5e-9f0a2b7c3e18
         */
        WebhookIdHeader: string;
        /**
         * @description When this attempt was sent, in UTC epoch seconds (Standard Webhooks). It is part of the
         *     signed content; reject messages too far from the current time to stop replays.
         * @example 1705414920
         */
        WebhookTimestampHeader: number;
        /**
         * @description Space-separated list of signatures (Standard Webhooks), each `v1,` followed by the base64
         *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the endpoint's secret.
         *     After a secret rotation both the new and the previous secret sign for 24 hours, so the
         *     list then holds two signatures; a message is authentic when any of them verifies.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        WebhookSignatureHeader: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Tells browsers to take the body as the declared media type, never to guess another.
         * @example nosniff
         */
        "X-Content-Type-Options": "nosniff";
        /**
         * @description The response carries a credential or a secret; no cache may store it.
         * @example no-store
         */
        "Cache-Control-No-Store": "no-store";
        /**
         * @description Number of requests allowed in the current one-minute window.
         * @example 100
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Number of requests left in the current window.
         * @example 99
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the current window ends, in UTC epoch seconds.
         * @example 1705414980
         */
        "X-RateLimit-Reset": number;
        /**
         * @description Seconds to wait before the next request is accepted.
         * @example 42
         */
        "Retry-After": number;
        /**
         * @description URL of the created resource.
         * @example /api/v2/users/9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605
         */
        Location: string;
        /**
         * @description The challenge every 401 carries (RFC 9110, RFC 6750): `Bearer` when no credential was sent (or the
         *     operation takes another kind), `Bearer error="invalid_token"` when the one sent is unknown, revoked,
         *     expired or malformed.
         * @example Bearer error="invalid_token"
         */
        "WWW-Authenticate": "Bearer" | "Bearer error=\"invalid_token\"";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number, 1-based (at most 10,000,000). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (1 to 100). */
                limit?: components["parameters"]["Limit"];
                /** @description Field to sort by. */
                sort?: components["parameters"]["Sort"];
                /** @description Sort direction. */
                order?: components["parameters"]["Order"];
                /** @description Only users with this role. */
                role?: components["parameters"]["RoleFilter"];
                /** @description Only active (`true`) or deactivated (`false`) users. Deactivated users are visible to admin keys only. */
                active?: components["parameters"]["ActiveFilter"];
                /** @description Only users whose name or email contains this text (case-insensitive). */
                q?: components["parameters"]["Search"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The user was created. `Location` is the URL of the new user. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    Location: components["headers"]["Location"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: {
                /**
                 * @description Related resources to add to the user, as a comma-separated list: `profile`, `settings`,
                 *     `permissions` (for example `include=profile,settings`). An unknown value is 400.
                 */
                include?: components["parameters"]["Include"];
            };
            header?: never;
            path: {
                /**
                 * @description The user's id, a UUID. The format is not checked as a parameter: an id that is not a UUID
                 *     gives 404, like an unknown one.
                 * @example 5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteUser: {
        parameters: {
            query?: {
                /** @description `true` removes the user permanently; `false` deactivates it. */
                hard?: components["parameters"]["Hard"];
            };
            header?: never;
            path: {
                /**
                 * @description The user's id, a UUID. The format is not checked as a parameter: an id that is not a UUID
                 *     gives 404, like an unknown one.
                 * @example 5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id, a UUID. The format is not checked as a parameter: an id that is not a UUID
                 *     gives 404, like an unknown one.
                 * @example 5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenRequest"];
            };
        };
        responses: {
            /** @description A new user token. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    Location: components["headers"]["Location"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token was revoked. */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page number, 1-based (at most 10,000,000). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (1 to 100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of API keys. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key was created. `Location` is its URL; the body holds the key, shown only this once. */
            201: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id, a UUID (not the key). An id that is not a UUID gives 404, like an unknown one.
                 * @example 0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key's record. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: {
                /**
                 * @description `true` to revoke the API key this request is sent with (without it, that is refused with
                 *     409, so an administrator does not lock itself out by mistake).
                 */
                self?: components["parameters"]["RevokeSelf"];
            };
            header?: never;
            path: {
                /**
                 * @description The API key's id, a UUID (not the key). An id that is not a UUID gives 404, like an unknown one.
                 * @example 0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked; its record. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The key is the one this request is sent with, and `self=true` is absent (`CONFLICT`). */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id, a UUID (not the key). An id that is not a UUID gives 404, like an unknown one.
                 * @example 0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key with its new secret, shown only this once. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The key is revoked (`CONFLICT`). */
            409: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page number, 1-based (at most 10,000,000). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (1 to 100). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of webhook endpoints. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint was created. `Location` is its URL. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    Location: components["headers"]["Location"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook endpoint. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint was deleted. */
            204: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The updated endpoint; with its new secret when `rotateSecret` was true. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedWebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page number, 1-based (at most 10,000,000). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (1 to 100). */
                limit?: components["parameters"]["Limit"];
                /** @description Only deliveries with this status. */
                status?: components["parameters"]["DeliveryStatusFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description The delivery's id, a UUID. An id that is not a UUID, or a delivery of another endpoint, gives 404.
                 * @example 1f8b3d6e-2a9c-4b7d-8e1f-3c5a7d9b0e24
                 */
                deliveryId: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempt is queued; the delivery as it is now. */
            202: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendTestWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.
                 * @example 3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestWebhookRequest"];
            };
        };
        responses: {
            /** @description The test delivery is queued. */
            202: {
                headers: {
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    userCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the message (Standard Webhooks), the id of the delivery. It stays the same when
                 *     a delivery is retried or redelivered by hand, so receivers can deduplicate on it.
                 * @example 4c2d9e7a-1b3f-4a6c-8d5e-9f0a2b7c3e18
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was sent, in UTC epoch seconds (Standard Webhooks). It is part of the
                 *     signed content; reject messages too far from the current time to stop replays.
                 * @example 1705414920
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated list of signatures (Standard Webhooks), each `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the endpoint's secret.
                 *     After a secret rotation both the new and the previous secret sign for 24 hours, so the
                 *     list then holds two signatures; a message is authentic when any of them verifies.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreatedEvent"];
            };
        };
        responses: {
            /** @description Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    userUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the message (Standard Webhooks), the id of the delivery. It stays the same when
                 *     a delivery is retried or redelivered by hand, so receivers can deduplicate on it.
                 * @example 4c2d9e7a-1b3f-4a6c-8d5e-9f0a2b7c3e18
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was sent, in UTC epoch seconds (Standard Webhooks). It is part of the
                 *     signed content; reject messages too far from the current time to stop replays.
                 * @example 1705414920
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated list of signatures (Standard Webhooks), each `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the endpoint's secret.
                 *     After a secret rotation both the new and the previous secret sign for 24 hours, so the
                 *     list then holds two signatures; a message is authentic when any of them verifies.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    userDeletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the message (Standard Webhooks), the id of the delivery. It stays the same when
                 *     a delivery is retried or redelivered by hand, so receivers can deduplicate on it.
                 * @example 4c2d9e7a-1b3f-4a6c-8d5e-9f0a2b7c3e18
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was sent, in UTC epoch seconds (Standard Webhooks). It is part of the
                 *     signed content; reject messages too far from the current time to stop replays.
                 * @example 1705414920
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated list of signatures (Standard Webhooks), each `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the endpoint's secret.
                 *     After a secret rotation both the new and the previous secret sign for 24 hours, so the
                 *     list then holds two signatures; a message is authentic when any of them verifies.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDeletedEvent"];
            };
        };
        responses: {
            /** @description Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentSucceededWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the message (Standard Webhooks), the id of the delivery. It stays the same when
                 *     a delivery is retried or redelivered by hand, so receivers can deduplicate on it.
                 * @example 4c2d9e7a-1b3f-4a6c-8d5e-9f0a2b7c3e18
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was sent, in UTC epoch seconds (Standard Webhooks). It is part of the
                 *     signed content; reject messages too far from the current time to stop replays.
                 * @example 1705414920
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated list of signatures (Standard Webhooks), each `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the endpoint's secret.
                 *     After a secret rotation both the new and the previous secret sign for 24 hours, so the
                 *     list then holds two signatures; a message is authentic when any of them verifies.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentSucceededEvent"];
            };
        };
        responses: {
            /** @description Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Unique id of the message (Standard Webhooks), the id of the delivery. It stays the same when
                 *     a delivery is retried or redelivered by hand, so receivers can deduplicate on it.
                 * @example 4c2d9e7a-1b3f-4a6c-8d5e-9f0a2b7c3e18
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was sent, in UTC epoch seconds (Standard Webhooks). It is part of the
                 *     signed content; reject messages too far from the current time to stop replays.
                 * @example 1705414920
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description Space-separated list of signatures (Standard Webhooks), each `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the endpoint's secret.
                 *     After a secret rotation both the new and the previous secret sign for 24 hours, so the
                 *     list then holds two signatures; a message is authentic when any of them verifies.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentFailedEvent"];
            };
        };
        responses: {
            /** @description Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log). */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
