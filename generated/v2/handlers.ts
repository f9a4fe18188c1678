// generated from spec/v2/openapi.yaml - do not edit
import type { paths } from './types.js';

/** A parameter with a default is always present once validated. */
type WithDefaults<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

/** GET /users */
export interface ListUsersRequest {
  params: Record<string, never>;
  query: WithDefaults<NonNullable<paths["/users"]["get"]["parameters"]["query"]>, "page" | "limit" | "sort" | "order">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListUsersReply =
  | { status: 200; body: NonNullable<paths["/users"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/users"]["get"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users"]["get"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/users"]["get"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/users"]["get"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/users"]["get"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/users"]["get"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** POST /users */
export type CreateUserRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: NonNullable<paths["/users"]["post"]["requestBody"]>["content"]["application/json"] }
);

export type CreateUserReply =
  | { status: 201; body: NonNullable<paths["/users"]["post"]["responses"]["201"]["content"]>["application/json"]; headers: { "Location": string | number }; }
  | { status: 400; body: NonNullable<paths["/users"]["post"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users"]["post"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/users"]["post"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 409; body: NonNullable<paths["/users"]["post"]["responses"]["409"]["content"]>["application/problem+json"]; }
  | { status: 413; body: NonNullable<paths["/users"]["post"]["responses"]["413"]["content"]>["application/problem+json"]; }
  | { status: 415; body: NonNullable<paths["/users"]["post"]["responses"]["415"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/users"]["post"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/users"]["post"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/users"]["post"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/users"]["post"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** GET /users/{id} */
export interface GetUserRequest {
  params: NonNullable<paths["/users/{id}"]["get"]["parameters"]["path"]>;
  query: NonNullable<paths["/users/{id}"]["get"]["parameters"]["query"]>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type GetUserReply =
  | { status: 200; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** DELETE /users/{id} */
export interface DeleteUserRequest {
  params: NonNullable<paths["/users/{id}"]["delete"]["parameters"]["path"]>;
  query: WithDefaults<NonNullable<paths["/users/{id}"]["delete"]["parameters"]["query"]>, "hard">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type DeleteUserReply =
  | { status: 204; body?: undefined; }
  | { status: 400; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** PATCH /users/{id} */
export type UpdateUserRequest = {
  params: NonNullable<paths["/users/{id}"]["patch"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: NonNullable<paths["/users/{id}"]["patch"]["requestBody"]>["content"]["application/json"] }
);

export type UpdateUserReply =
  | { status: 200; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 409; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["409"]["content"]>["application/problem+json"]; }
  | { status: 413; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["413"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 415; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["415"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/users/{id}"]["patch"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** POST /auth/token */
export type CreateTokenRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: NonNullable<paths["/auth/token"]["post"]["requestBody"]>["content"]["application/json"] }
);

export type CreateTokenReply =
  | { status: 201; body: NonNullable<paths["/auth/token"]["post"]["responses"]["201"]["content"]>["application/json"]; headers: { "Location": string | number }; }
  | { status: 400; body: NonNullable<paths["/auth/token"]["post"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/auth/token"]["post"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 413; body: NonNullable<paths["/auth/token"]["post"]["responses"]["413"]["content"]>["application/problem+json"]; }
  | { status: 415; body: NonNullable<paths["/auth/token"]["post"]["responses"]["415"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/auth/token"]["post"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/auth/token"]["post"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/auth/token"]["post"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/auth/token"]["post"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** DELETE /auth/token */
export interface RevokeTokenRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type RevokeTokenReply =
  | { status: 204; body?: undefined; }
  | { status: 400; body: NonNullable<paths["/auth/token"]["delete"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/auth/token"]["delete"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/auth/token"]["delete"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/auth/token"]["delete"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/auth/token"]["delete"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/auth/token"]["delete"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** GET /api-keys */
export interface ListApiKeysRequest {
  params: Record<string, never>;
  query: WithDefaults<NonNullable<paths["/api-keys"]["get"]["parameters"]["query"]>, "page" | "limit">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListApiKeysReply =
  | { status: 200; body: NonNullable<paths["/api-keys"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/api-keys"]["get"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/api-keys"]["get"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/api-keys"]["get"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/api-keys"]["get"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/api-keys"]["get"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/api-keys"]["get"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/api-keys"]["get"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** POST /api-keys */
export type CreateApiKeyRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: NonNullable<paths["/api-keys"]["post"]["requestBody"]>["content"]["application/json"] }
);

export type CreateApiKeyReply =
  | { status: 201; body: NonNullable<paths["/api-keys"]["post"]["responses"]["201"]["content"]>["application/json"]; headers: { "Location": string | number }; }
  | { status: 400; body: NonNullable<paths["/api-keys"]["post"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/api-keys"]["post"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/api-keys"]["post"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 413; body: NonNullable<paths["/api-keys"]["post"]["responses"]["413"]["content"]>["application/problem+json"]; }
  | { status: 415; body: NonNullable<paths["/api-keys"]["post"]["responses"]["415"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/api-keys"]["post"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/api-keys"]["post"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/api-keys"]["post"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/api-keys"]["post"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** GET /api-keys/{id} */
export interface GetApiKeyRequest {
  params: NonNullable<paths["/api-keys/{id}"]["get"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type GetApiKeyReply =
  | { status: 200; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/api-keys/{id}"]["get"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** POST /api-keys/{id}/revoke */
export interface RevokeApiKeyRequest {
  params: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["parameters"]["path"]>;
  query: WithDefaults<NonNullable<paths["/api-keys/{id}/revoke"]["post"]["parameters"]["query"]>, "self">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type RevokeApiKeyReply =
  | { status: 200; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 409; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["409"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/api-keys/{id}/revoke"]["post"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** POST /api-keys/{id}/rotate */
export interface RotateApiKeyRequest {
  params: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type RotateApiKeyReply =
  | { status: 200; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 409; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["409"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/api-keys/{id}/rotate"]["post"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** GET /webhooks */
export interface ListWebhookEndpointsRequest {
  params: Record<string, never>;
  query: WithDefaults<NonNullable<paths["/webhooks"]["get"]["parameters"]["query"]>, "page" | "limit">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListWebhookEndpointsReply =
  | { status: 200; body: NonNullable<paths["/webhooks"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/webhooks"]["get"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/webhooks"]["get"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/webhooks"]["get"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/webhooks"]["get"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/webhooks"]["get"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/webhooks"]["get"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/webhooks"]["get"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** POST /webhooks */
export type CreateWebhookEndpointRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: NonNullable<paths["/webhooks"]["post"]["requestBody"]>["content"]["application/json"] }
);

export type CreateWebhookEndpointReply =
  | { status: 201; body: NonNullable<paths["/webhooks"]["post"]["responses"]["201"]["content"]>["application/json"]; headers: { "Location": string | number }; }
  | { status: 400; body: NonNullable<paths["/webhooks"]["post"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/webhooks"]["post"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/webhooks"]["post"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 413; body: NonNullable<paths["/webhooks"]["post"]["responses"]["413"]["content"]>["application/problem+json"]; }
  | { status: 415; body: NonNullable<paths["/webhooks"]["post"]["responses"]["415"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/webhooks"]["post"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/webhooks"]["post"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/webhooks"]["post"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/webhooks"]["post"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** GET /webhooks/{id} */
export interface GetWebhookEndpointRequest {
  params: NonNullable<paths["/webhooks/{id}"]["get"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type GetWebhookEndpointReply =
  | { status: 200; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/webhooks/{id}"]["get"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** DELETE /webhooks/{id} */
export interface DeleteWebhookEndpointRequest {
  params: NonNullable<paths["/webhooks/{id}"]["delete"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type DeleteWebhookEndpointReply =
  | { status: 204; body?: undefined; }
  | { status: 400; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/webhooks/{id}"]["delete"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** PATCH /webhooks/{id} */
export type UpdateWebhookEndpointRequest = {
  params: NonNullable<paths["/webhooks/{id}"]["patch"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: NonNullable<paths["/webhooks/{id}"]["patch"]["requestBody"]>["content"]["application/json"] }
);

export type UpdateWebhookEndpointReply =
  | { status: 200; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 413; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["413"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 415; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["415"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/webhooks/{id}"]["patch"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** GET /webhooks/{id}/deliveries */
export interface ListWebhookDeliveriesRequest {
  params: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["parameters"]["path"]>;
  query: WithDefaults<NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["parameters"]["query"]>, "page" | "limit">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListWebhookDeliveriesReply =
  | { status: 200; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/webhooks/{id}/deliveries"]["get"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** POST /webhooks/{id}/deliveries/{deliveryId}/retry */
export interface RetryWebhookDeliveryRequest {
  params: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type RetryWebhookDeliveryReply =
  | { status: 202; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["202"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** POST /webhooks/{id}/test */
export type SendTestWebhookRequest = {
  params: NonNullable<paths["/webhooks/{id}/test"]["post"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["requestBody"]>["content"]["application/json"] }
);

export type SendTestWebhookReply =
  | { status: 202; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["202"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["400"]["content"]>["application/problem+json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["401"]["content"]>["application/problem+json"]; }
  | { status: 403; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["403"]["content"]>["application/problem+json"]; }
  | { status: 404; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["404"]["content"]>["application/problem+json"]; }
  | { status: 413; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["413"]["content"]>["application/problem+json"]; }
  | { status: 414; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["414"]["content"]>["application/problem+json"]; }
  | { status: 415; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["415"]["content"]>["application/problem+json"]; }
  | { status: 429; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["429"]["content"]>["application/problem+json"]; }
  | { status: 431; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["431"]["content"]>["application/problem+json"]; }
  | { status: 500; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["500"]["content"]>["application/problem+json"]; }
  | { status: 503; body: NonNullable<paths["/webhooks/{id}/test"]["post"]["responses"]["503"]["content"]>["application/problem+json"]; }
;

/** One handler per operationId: a missing one, or one replying with an undeclared status or body, does not compile. */
export interface Handlers<Context> {
  "listUsers": (request: ListUsersRequest, context: Context) => Promise<ListUsersReply> | ListUsersReply;
  "createUser": (request: CreateUserRequest, context: Context) => Promise<CreateUserReply> | CreateUserReply;
  "getUser": (request: GetUserRequest, context: Context) => Promise<GetUserReply> | GetUserReply;
  "deleteUser": (request: DeleteUserRequest, context: Context) => Promise<DeleteUserReply> | DeleteUserReply;
  "updateUser": (request: UpdateUserRequest, context: Context) => Promise<UpdateUserReply> | UpdateUserReply;
  "createToken": (request: CreateTokenRequest, context: Context) => Promise<CreateTokenReply> | CreateTokenReply;
  "revokeToken": (request: RevokeTokenRequest, context: Context) => Promise<RevokeTokenReply> | RevokeTokenReply;
  "listApiKeys": (request: ListApiKeysRequest, context: Context) => Promise<ListApiKeysReply> | ListApiKeysReply;
  "createApiKey": (request: CreateApiKeyRequest, context: Context) => Promise<CreateApiKeyReply> | CreateApiKeyReply;
  "getApiKey": (request: GetApiKeyRequest, context: Context) => Promise<GetApiKeyReply> | GetApiKeyReply;
  "revokeApiKey": (request: RevokeApiKeyRequest, context: Context) => Promise<RevokeApiKeyReply> | RevokeApiKeyReply;
  "rotateApiKey": (request: RotateApiKeyRequest, context: Context) => Promise<RotateApiKeyReply> | RotateApiKeyReply;
  "listWebhookEndpoints": (request: ListWebhookEndpointsRequest, context: Context) => Promise<ListWebhookEndpointsReply> | ListWebhookEndpointsReply;
  "createWebhookEndpoint": (request: CreateWebhookEndpointRequest, context: Context) => Promise<CreateWebhookEndpointReply> | CreateWebhookEndpointReply;
  "getWebhookEndpoint": (request: GetWebhookEndpointRequest, context: Context) => Promise<GetWebhookEndpointReply> | GetWebhookEndpointReply;
  "deleteWebhookEndpoint": (request: DeleteWebhookEndpointRequest, context: Context) => Promise<DeleteWebhookEndpointReply> | DeleteWebhookEndpointReply;
  "updateWebhookEndpoint": (request: UpdateWebhookEndpointRequest, context: Context) => Promise<UpdateWebhookEndpointReply> | UpdateWebhookEndpointReply;
  "listWebhookDeliveries": (request: ListWebhookDeliveriesRequest, context: Context) => Promise<ListWebhookDeliveriesReply> | ListWebhookDeliveriesReply;
  "retryWebhookDelivery": (request: RetryWebhookDeliveryRequest, context: Context) => Promise<RetryWebhookDeliveryReply> | RetryWebhookDeliveryReply;
  "sendTestWebhook": (request: SendTestWebhookRequest, context: Context) => Promise<SendTestWebhookReply> | SendTestWebhookReply;
}
