// generated from spec/v1/openapi.yaml - do not edit
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
     * @description Returns one page of users and the total count.
     *
     *     Paging: `limit` (default 20) and `offset` (default 0), or `page` as an alias for
     *     `offset = (page - 1) * limit`. Giving both `page` and `offset` is 400.
     *
     *     Sorting: `sortBy` (default `createdAt`) and `sortOrder` (default `asc`). `sort` and `order`
     *     are aliases of `sortBy` and `sortOrder` (`sort=created_at` means `createdAt`). Giving both a
     *     parameter and its alias (`sort` with `sortBy`, `order` with `sortOrder`) is 400.
     *     Ties are broken by id, so pages are stable.
     */
    get: operations["listUsers"];
    put?: never;
    /**
     * Create a user
     * @description Creates a user. `email` is required, and at least one of `name` and `username`; when
     *     `name` is absent it is set to `username`. `password` is optional: when absent a random
     *     password is generated (and never returned). `role` defaults to `user`; any other role
     *     needs an admin API key (403 `FORBIDDEN` otherwise).
     *
     *     Emails are unique case-insensitively and usernames are unique: a taken one gives 409
     *     `CONFLICT`. Unknown fields give 400.
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
         * @description The user's id: `user_` followed by 32 lower-case hexadecimal digits. The format is not
         *     checked as a parameter: an id that is malformed gives 404, like an unknown one.
         * @example user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30
         */
        id: components["parameters"]["UserId"];
      };
      cookie?: never;
    };
    /**
     * Get a user
     * @description Returns one user. An unknown or malformed id gives 404.
     */
    get: operations["getUser"];
    /**
     * Update a user
     * @description Partial update: only the fields present change (`name`, `username`, `email`, `role`).
     *     An empty body is 400, and so are unknown fields (the password cannot be changed here).
     *     Sending `role` needs an admin API key (403 `FORBIDDEN` otherwise). A new email or username
     *     already taken by another user gives 409 `CONFLICT`. An unknown or malformed id gives 404.
     */
    put: operations["updateUser"];
    post?: never;
    /**
     * Delete a user
     * @description Deletes the user permanently, with everything the user owns. This cannot be undone.
     *     An unknown or malformed id gives 404 (so does a second delete of the same user).
     */
    delete: operations["deleteUser"];
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
     * @description Sent when a user is created (through any version of the API). `data` is the new user.
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
     * @description Sent when a user's fields change. `data` is the user after the change plus `changes`, the
     *     old and new value of each changed field.
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
     * @description Sent when a user is deleted: permanently, or deactivated through version 2 (a deactivated
     *     user is no longer visible in version 1). `data` holds the user's id and who deleted it.
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
     * @description Sent when a payment has been processed successfully. `data` is the payment.
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
     * @description Sent when a payment could not be processed. `data` is the payment plus `error`, the reason.
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
     * UserSortField
     * @description A field users can be sorted by.
     * @enum {string}
     */
    UserSortField: "createdAt" | "name" | "username" | "email";
    /**
     * SortDirection
     * @description Ascending or descending order.
     * @enum {string}
     */
    SortDirection: "asc" | "desc";
    /**
     * UserIdV1
     * @description A user id in version 1 format, `user_` followed by 32 lower-case hexadecimal digits (the user's UUID without dashes).
     */
    UserIdV1: string;
    /**
     * Name
     * @description A person's display name; not blank.
     */
    Name: components["schemas"]["Text"];
    /**
     * Username
     * @description A unique handle of 3 to 32 letters, digits, `_`, `.` or `-`.
     */
    Username: components["schemas"]["Text"];
    /**
     * Email
     * Format: email
     * @description An email address, unique case-insensitively.
     */
    Email: components["schemas"]["Text"];
    /**
     * User
     * @description A user as version 1 shows it.
     */
    User: {
      id: components["schemas"]["UserIdV1"];
      /** @description Display name; set to the username when the user was created without one. */
      name: string;
      /** @description The user's handle, or null when the user has none. */
      username: string | null;
      /**
       * Format: email
       * @description Email address.
       */
      email: string;
      role: components["schemas"]["Role"];
      /**
       * Format: date-time
       * @description When the user was created (RFC 3339, UTC).
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description When the user was last changed (RFC 3339, UTC).
       */
      updatedAt: string;
    };
    /**
     * Pagination
     * @description Where a page sits in the whole list.
     */
    Pagination: {
      /** @description The page size that was applied. */
      limit: number;
      /** @description Number of users skipped before this page. */
      offset: number;
      /** @description Number of users in the whole list. */
      total: number;
    };
    /**
     * UserList
     * @description One page of users.
     */
    UserList: {
      /** @description The users of this page, in the requested order. */
      data: components["schemas"]["User"][];
      pagination: components["schemas"]["Pagination"];
    };
    /**
     * CreateUserRequest
     * @description A new user: `email` and at least one of `name` and `username`. Unknown fields are rejected.
     */
    CreateUserRequest: {
      name?: components["schemas"]["Name"];
      username?: components["schemas"]["Username"];
      email: components["schemas"]["Email"];
      /** @description At least 8 characters. When absent, a random password is generated. Never returned. */
      password?: $Write<components["schemas"]["Text"]>;
      /** @description Defaults to `user`. Any other role needs an admin API key (403 otherwise). */
      role?: components["schemas"]["Role"];
    } & (unknown | unknown);
    /**
     * UpdateUserRequest
     * @description The fields to change; at least one. Fields that are absent keep their value. Unknown fields
     *     (including `password`) are rejected.
     */
    UpdateUserRequest: {
      name?: components["schemas"]["Name"];
      username?: components["schemas"]["Username"];
      email?: components["schemas"]["Email"];
      /** @description Changing the role needs an admin API key (403 otherwise). */
      role?: components["schemas"]["Role"];
    };
    /**
     * ErrorCode
     * @description Machine-readable error code: `INVALID_INPUT` (400), `UNAUTHORIZED` and `INVALID_API_KEY`
     *     (401), `FORBIDDEN` (403), `NOT_FOUND` (404), `METHOD_NOT_ALLOWED` (405), `REQUEST_TIMEOUT`
     *     (408), `CONFLICT` (409), `PAYLOAD_TOO_LARGE` (413), `URI_TOO_LONG` (414),
     *     `UNSUPPORTED_MEDIA_TYPE` (415), `RATE_LIMITED` (429), `HEADERS_TOO_LARGE` (431),
     *     `INTERNAL_ERROR` (500), `SERVICE_UNAVAILABLE` (503).
     * @enum {string}
     */
    ErrorCode: "INVALID_INPUT" | "UNAUTHORIZED" | "INVALID_API_KEY" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "REQUEST_TIMEOUT" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "URI_TOO_LONG" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "HEADERS_TOO_LARGE" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
    /**
     * FieldError
     * @description What is wrong with one input field.
     */
    FieldError: {
      /**
       * @description Where the field is: `body`, `query`, `path` or `header`, then the path inside it,
       *     separated by dots (`body.email`, `query.limit`, `body.tags.0`).
       */
      field: string;
      /** @description What is wrong with it. */
      message: string;
    };
    /**
     * Error
     * @description The body of every error response.
     */
    Error: {
      error: {
        code: components["schemas"]["ErrorCode"];
        /** @description Human-readable explanation; may change, do not parse it. */
        message: string;
        /** @description For `INVALID_INPUT`, one entry per invalid field, the first 100 when there are more. */
        details?: components["schemas"]["FieldError"][];
      };
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
     * @description The fields that changed, keyed by field name (`name`, `username`, `email`, `role`, ...).
     *     Passwords never appear.
     */
    Changes: {
      [key: string]: components["schemas"]["FieldChange"];
    };
    /**
     * Currency
     * @description ISO 4217 currency code.
     */
    Currency: string;
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
     * Payment
     * @description A payment.
     */
    Payment: {
      /** @description The payment's id. */
      id: string;
      /** @description Amount in the currency's minor units (cents for USD). */
      amount: number;
      currency: components["schemas"]["Currency"];
      userId: components["schemas"]["UserIdV1"];
    };
    /**
     * FailedPayment
     * @description A payment that failed, with the reason.
     */
    FailedPayment: {
      /** @description The payment's id. */
      id: string;
      /** @description Amount in the currency's minor units (cents for USD). */
      amount: number;
      currency: components["schemas"]["Currency"];
      userId: components["schemas"]["UserIdV1"];
      error: components["schemas"]["PaymentError"];
    };
    /**
     * UpdatedUser
     * @description A user after a change, with the changed fields.
     */
    UpdatedUser: {
      id: components["schemas"]["UserIdV1"];
      /** @description Display name. */
      name: string;
      /** @description The user's handle, or null when the user has none. */
      username: string | null;
      /**
       * Format: email
       * @description Email address.
       */
      email: string;
      role: components["schemas"]["Role"];
      /**
       * Format: date-time
       * @description When the user was created.
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description When the user was changed.
       */
      updatedAt: string;
      changes: components["schemas"]["Changes"];
    };
    /**
     * DeletedUser
     * @description Which user was deleted, and by whom.
     */
    DeletedUser: {
      id: components["schemas"]["UserIdV1"];
      /**
       * @description Who deleted the user: the `user_...` id of the acting user when the request used a user
       *     token (version 2), otherwise the id (a UUID) of the API key that made the request.
       */
      deletedBy: string;
    };
    /**
     * EventTimestamp
     * Format: date-time
     * @description When the event happened (RFC 3339, UTC).
     */
    EventTimestamp: string;
    /**
     * UserCreatedEvent
     * @description Payload of `user.created`.
     */
    UserCreatedEvent: {
      /** @constant */
      event: "user.created";
      timestamp: components["schemas"]["EventTimestamp"];
      data: components["schemas"]["User"];
    };
    /**
     * UserUpdatedEvent
     * @description Payload of `user.updated`.
     */
    UserUpdatedEvent: {
      /** @constant */
      event: "user.updated";
      timestamp: components["schemas"]["EventTimestamp"];
      data: components["schemas"]["UpdatedUser"];
    };
    /**
     * UserDeletedEvent
     * @description Payload of `user.deleted`.
     */
    UserDeletedEvent: {
      /** @constant */
      event: "user.deleted";
      timestamp: components["schemas"]["EventTimestamp"];
      data: components["schemas"]["DeletedUser"];
    };
    /**
     * PaymentSucceededEvent
     * @description Payload of `payment.succeeded`.
     */
    PaymentSucceededEvent: {
      /** @constant */
      event: "payment.succeeded";
      timestamp: components["schemas"]["EventTimestamp"];
      data: components["schemas"]["Payment"];
    };
    /**
     * PaymentFailedEvent
     * @description Payload of `payment.failed`.
     */
    PaymentFailedEvent: {
      /** @constant */
      event: "payment.failed";
      timestamp: components["schemas"]["EventTimestamp"];
      data: components["schemas"]["FailedPayment"];
    };
  };
  responses: {
    /** @description The request is invalid: `INVALID_INPUT`, with one `details` entry per invalid field. */
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
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description No API key was sent (`UNAUTHORIZED`), or it is unknown or revoked (`INVALID_API_KEY`). */
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
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The API key may not do this (`FORBIDDEN`): the role change needs an admin key. */
    Forbidden: {
      headers: {
        "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description No user has this id, or the id is malformed (`NOT_FOUND`). */
    NotFound: {
      headers: {
        "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The email or username is already taken (`CONFLICT`). */
    Conflict: {
      headers: {
        "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
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
        "application/json": components["schemas"]["Error"];
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
        "application/json": components["schemas"]["Error"];
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
        "application/json": components["schemas"]["Error"];
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
        "application/json": components["schemas"]["Error"];
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
        "application/json": components["schemas"]["Error"];
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
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description A path parameter is longer than 100 characters (`URI_TOO_LONG`). */
    UriTooLong: {
      headers: {
        "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /**
     * @description The user's id: `user_` followed by 32 lower-case hexadecimal digits. The format is not
     *     checked as a parameter: an id that is malformed gives 404, like an unknown one.
     * @example user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30
     */
    UserId: components["schemas"]["Text"];
    /** @description Maximum number of users to return (1 to 100). */
    Limit: number;
    /** @description Number of users to skip (at most 1,000,000,000). Defaults to 0. Cannot be combined with `page` (400). */
    Offset: number;
    /**
     * @description Page number, 1-based (at most 10,000,000): an alias for `offset = (page - 1) * limit`.
     *     Cannot be combined with `offset` (400).
     */
    Page: number;
    /** @description Field to sort by. Defaults to `createdAt`. Cannot be combined with `sort` (400). */
    SortBy: components["schemas"]["UserSortField"];
    /** @description Sort direction. Defaults to `asc`. Cannot be combined with `order` (400). */
    SortOrder: components["schemas"]["SortDirection"];
    /**
     * @description Alias of `sortBy`; also accepts `created_at` for `createdAt`. Defaults to `createdAt`.
     *     Cannot be combined with `sortBy` (400).
     */
    Sort: "createdAt" | "created_at" | "name" | "username" | "email";
    /** @description Alias of `sortOrder`. Defaults to `asc`. Cannot be combined with `sortOrder` (400). */
    Order: components["schemas"]["SortDirection"];
    /**
     * @description Unique id of the message (Standard Webhooks). It stays the same when a delivery is retried
     *     or redelivered by hand, so receivers can deduplicate on it.
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
     * @example /v1/users/user_9a6f3c0d5e8b4b7aa2c4d1e7f9b3a605
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
        /** @description Maximum number of users to return (1 to 100). */
        limit?: components["parameters"]["Limit"];
        /** @description Number of users to skip (at most 1,000,000,000). Defaults to 0. Cannot be combined with `page` (400). */
        offset?: components["parameters"]["Offset"];
        /**
         * @description Page number, 1-based (at most 10,000,000): an alias for `offset = (page - 1) * limit`.
         *     Cannot be combined with `offset` (400).
         */
        page?: components["parameters"]["Page"];
        /** @description Field to sort by. Defaults to `createdAt`. Cannot be combined with `sort` (400). */
        sortBy?: components["parameters"]["SortBy"];
        /** @description Sort direction. Defaults to `asc`. Cannot be combined with `order` (400). */
        sortOrder?: components["parameters"]["SortOrder"];
        /**
         * @description Alias of `sortBy`; also accepts `created_at` for `createdAt`. Defaults to `createdAt`.
         *     Cannot be combined with `sortBy` (400).
         */
        sort?: components["parameters"]["Sort"];
        /** @description Alias of `sortOrder`. Defaults to `asc`. Cannot be combined with `sortOrder` (400). */
        order?: components["parameters"]["Order"];
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
          Location: components["headers"]["Location"];
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
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id: `user_` followed by 32 lower-case hexadecimal digits. The format is not
         *     checked as a parameter: an id that is malformed gives 404, like an unknown one.
         * @example user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30
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
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id: `user_` followed by 32 lower-case hexadecimal digits. The format is not
         *     checked as a parameter: an id that is malformed gives 404, like an unknown one.
         * @example user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30
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
  deleteUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id: `user_` followed by 32 lower-case hexadecimal digits. The format is not
         *     checked as a parameter: an id that is malformed gives 404, like an unknown one.
         * @example user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30
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
      404: components["responses"]["NotFound"];
      414: components["responses"]["UriTooLong"];
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
         * @description Unique id of the message (Standard Webhooks). It stays the same when a delivery is retried
         *     or redelivered by hand, so receivers can deduplicate on it.
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
         * @description Unique id of the message (Standard Webhooks). It stays the same when a delivery is retried
         *     or redelivered by hand, so receivers can deduplicate on it.
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
         * @description Unique id of the message (Standard Webhooks). It stays the same when a delivery is retried
         *     or redelivered by hand, so receivers can deduplicate on it.
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
         * @description Unique id of the message (Standard Webhooks). It stays the same when a delivery is retried
         *     or redelivered by hand, so receivers can deduplicate on it.
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
         * @description Unique id of the message (Standard Webhooks). It stays the same when a delivery is retried
         *     or redelivered by hand, so receivers can deduplicate on it.
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
