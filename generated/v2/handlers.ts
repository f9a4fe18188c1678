// generated from spec/v2/openapi.yaml - do not edit
import type { paths, Readable, Writable } from './types.ts';

/** A parameter with a default is always present once validated. */
type WithDefaults<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

/**
 * The statuses a response key stands for: its number, the hundred numbers of a range (`2XX`), every status for
 * `default`; a range or `default` leaves out the statuses the operation declares more precisely (`Taken`).
 */
type StatusCode<Key extends string | number, Taken extends number = never> = Key extends number
  ? Key
  : Key extends `${infer Code extends number}`
    ? Code
    : Key extends `${infer Class extends StatusClass}XX`
      ? Exclude<StatusNumber<`${Class}${StatusDigit}${StatusDigit}`>, Taken>
      : Exclude<StatusNumber<`${StatusClass}${StatusDigit}${StatusDigit}`>, Taken>;
type StatusClass = "1" | "2" | "3" | "4" | "5";
type StatusDigit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
type StatusNumber<Code extends string> = Code extends `${infer N extends number}` ? N : never;
/** The body type an operation declares for a status and media type (no writeOnly property leaves). */
type ResponseBody<Op extends { responses: unknown }, Status extends keyof Op["responses"], Media extends keyof ResponseContent<Op["responses"][Status]>> =
  Readable<ResponseContent<Op["responses"][Status]>[Media]>;
type ResponseContent<R> = R extends { content?: infer C } ? NonNullable<C> : never;
type JsonReply<Op extends { responses: unknown }, Status extends keyof Op["responses"] & (string | number), Taken extends number = never> = {
  status: StatusCode<Status, Taken>;
  body: ResponseContent<Op["responses"][Status]> extends { "application/json": infer Body } ? Readable<Body> : never;
};
type EmptyReply<Status extends string | number, Taken extends number = never> = { status: StatusCode<Status, Taken>; body?: undefined };
type Handler<Request, Reply, Context> = (request: Request, context: Context) => Promise<Reply> | Reply;

type ReplyHeaders0 = { headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number } };
type ReplyHeaders1 = { headers: { "Location": string | number } };

/** GET /users */
type ListUsersOperation = paths["/users"]["get"];
export interface ListUsersRequest {
  params: Record<string, never>;
  query: WithDefaults<NonNullable<ListUsersOperation["parameters"]["query"]>, "page" | "limit" | "sort" | "order">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListUsersReply =
  | JsonReply<ListUsersOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<ListUsersOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<ListUsersOperation, 401, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<ListUsersOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<ListUsersOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<ListUsersOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<ListUsersOperation, 503, "application/problem+json"> }
;

/** POST /users */
type CreateUserOperation = paths["/users"]["post"];
export type CreateUserRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: Writable<NonNullable<CreateUserOperation["requestBody"]>["content"]["application/json"]> }
);

export type CreateUserReply =
  | JsonReply<CreateUserOperation, 201> & ReplyHeaders1
  | { status: StatusCode<400>; body: ResponseBody<CreateUserOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<CreateUserOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<CreateUserOperation, 403, "application/problem+json"> }
  | { status: StatusCode<409>; body: ResponseBody<CreateUserOperation, 409, "application/problem+json"> }
  | { status: StatusCode<413>; body: ResponseBody<CreateUserOperation, 413, "application/problem+json"> }
  | { status: StatusCode<415>; body: ResponseBody<CreateUserOperation, 415, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<CreateUserOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<CreateUserOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<CreateUserOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<CreateUserOperation, 503, "application/problem+json"> }
;

/** GET /users/{id} */
type GetUserOperation = paths["/users/{id}"]["get"];
export interface GetUserRequest {
  params: NonNullable<GetUserOperation["parameters"]["path"]>;
  query: NonNullable<GetUserOperation["parameters"]["query"]>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type GetUserReply =
  | JsonReply<GetUserOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<GetUserOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<GetUserOperation, 401, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<GetUserOperation, 404, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<GetUserOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<GetUserOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<GetUserOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<GetUserOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<GetUserOperation, 503, "application/problem+json"> }
;

/** DELETE /users/{id} */
type DeleteUserOperation = paths["/users/{id}"]["delete"];
export interface DeleteUserRequest {
  params: NonNullable<DeleteUserOperation["parameters"]["path"]>;
  query: WithDefaults<NonNullable<DeleteUserOperation["parameters"]["query"]>, "hard">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type DeleteUserReply =
  | EmptyReply<204>
  | { status: StatusCode<400>; body: ResponseBody<DeleteUserOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<DeleteUserOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<DeleteUserOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<DeleteUserOperation, 404, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<DeleteUserOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<DeleteUserOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<DeleteUserOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<DeleteUserOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<DeleteUserOperation, 503, "application/problem+json"> }
;

/** PATCH /users/{id} */
type UpdateUserOperation = paths["/users/{id}"]["patch"];
export type UpdateUserRequest = {
  params: NonNullable<UpdateUserOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: Writable<NonNullable<UpdateUserOperation["requestBody"]>["content"]["application/json"]> }
);

export type UpdateUserReply =
  | JsonReply<UpdateUserOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<UpdateUserOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<UpdateUserOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<UpdateUserOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<UpdateUserOperation, 404, "application/problem+json"> }
  | { status: StatusCode<409>; body: ResponseBody<UpdateUserOperation, 409, "application/problem+json"> }
  | { status: StatusCode<413>; body: ResponseBody<UpdateUserOperation, 413, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<UpdateUserOperation, 414, "application/problem+json"> }
  | { status: StatusCode<415>; body: ResponseBody<UpdateUserOperation, 415, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<UpdateUserOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<UpdateUserOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<UpdateUserOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<UpdateUserOperation, 503, "application/problem+json"> }
;

/** POST /auth/token */
type CreateTokenOperation = paths["/auth/token"]["post"];
export type CreateTokenRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: Writable<NonNullable<CreateTokenOperation["requestBody"]>["content"]["application/json"]> }
);

export type CreateTokenReply =
  | JsonReply<CreateTokenOperation, 201> & ReplyHeaders1
  | { status: StatusCode<400>; body: ResponseBody<CreateTokenOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<CreateTokenOperation, 401, "application/problem+json"> }
  | { status: StatusCode<413>; body: ResponseBody<CreateTokenOperation, 413, "application/problem+json"> }
  | { status: StatusCode<415>; body: ResponseBody<CreateTokenOperation, 415, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<CreateTokenOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<CreateTokenOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<CreateTokenOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<CreateTokenOperation, 503, "application/problem+json"> }
;

/** DELETE /auth/token */
type RevokeTokenOperation = paths["/auth/token"]["delete"];
export interface RevokeTokenRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type RevokeTokenReply =
  | EmptyReply<204>
  | { status: StatusCode<400>; body: ResponseBody<RevokeTokenOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<RevokeTokenOperation, 401, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<RevokeTokenOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<RevokeTokenOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<RevokeTokenOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<RevokeTokenOperation, 503, "application/problem+json"> }
;

/** GET /api-keys */
type ListApiKeysOperation = paths["/api-keys"]["get"];
export interface ListApiKeysRequest {
  params: Record<string, never>;
  query: WithDefaults<NonNullable<ListApiKeysOperation["parameters"]["query"]>, "page" | "limit">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListApiKeysReply =
  | JsonReply<ListApiKeysOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<ListApiKeysOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<ListApiKeysOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<ListApiKeysOperation, 403, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<ListApiKeysOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<ListApiKeysOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<ListApiKeysOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<ListApiKeysOperation, 503, "application/problem+json"> }
;

/** POST /api-keys */
type CreateApiKeyOperation = paths["/api-keys"]["post"];
export type CreateApiKeyRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: Writable<NonNullable<CreateApiKeyOperation["requestBody"]>["content"]["application/json"]> }
);

export type CreateApiKeyReply =
  | JsonReply<CreateApiKeyOperation, 201> & ReplyHeaders1
  | { status: StatusCode<400>; body: ResponseBody<CreateApiKeyOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<CreateApiKeyOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<CreateApiKeyOperation, 403, "application/problem+json"> }
  | { status: StatusCode<413>; body: ResponseBody<CreateApiKeyOperation, 413, "application/problem+json"> }
  | { status: StatusCode<415>; body: ResponseBody<CreateApiKeyOperation, 415, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<CreateApiKeyOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<CreateApiKeyOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<CreateApiKeyOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<CreateApiKeyOperation, 503, "application/problem+json"> }
;

/** GET /api-keys/{id} */
type GetApiKeyOperation = paths["/api-keys/{id}"]["get"];
export interface GetApiKeyRequest {
  params: NonNullable<GetApiKeyOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type GetApiKeyReply =
  | JsonReply<GetApiKeyOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<GetApiKeyOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<GetApiKeyOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<GetApiKeyOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<GetApiKeyOperation, 404, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<GetApiKeyOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<GetApiKeyOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<GetApiKeyOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<GetApiKeyOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<GetApiKeyOperation, 503, "application/problem+json"> }
;

/** POST /api-keys/{id}/revoke */
type RevokeApiKeyOperation = paths["/api-keys/{id}/revoke"]["post"];
export interface RevokeApiKeyRequest {
  params: NonNullable<RevokeApiKeyOperation["parameters"]["path"]>;
  query: WithDefaults<NonNullable<RevokeApiKeyOperation["parameters"]["query"]>, "self">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type RevokeApiKeyReply =
  | JsonReply<RevokeApiKeyOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<RevokeApiKeyOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<RevokeApiKeyOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<RevokeApiKeyOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<RevokeApiKeyOperation, 404, "application/problem+json"> }
  | { status: StatusCode<409>; body: ResponseBody<RevokeApiKeyOperation, 409, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<RevokeApiKeyOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<RevokeApiKeyOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<RevokeApiKeyOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<RevokeApiKeyOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<RevokeApiKeyOperation, 503, "application/problem+json"> }
;

/** POST /api-keys/{id}/rotate */
type RotateApiKeyOperation = paths["/api-keys/{id}/rotate"]["post"];
export interface RotateApiKeyRequest {
  params: NonNullable<RotateApiKeyOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type RotateApiKeyReply =
  | JsonReply<RotateApiKeyOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<RotateApiKeyOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<RotateApiKeyOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<RotateApiKeyOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<RotateApiKeyOperation, 404, "application/problem+json"> }
  | { status: StatusCode<409>; body: ResponseBody<RotateApiKeyOperation, 409, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<RotateApiKeyOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<RotateApiKeyOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<RotateApiKeyOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<RotateApiKeyOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<RotateApiKeyOperation, 503, "application/problem+json"> }
;

/** GET /webhooks */
type ListWebhookEndpointsOperation = paths["/webhooks"]["get"];
export interface ListWebhookEndpointsRequest {
  params: Record<string, never>;
  query: WithDefaults<NonNullable<ListWebhookEndpointsOperation["parameters"]["query"]>, "page" | "limit">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListWebhookEndpointsReply =
  | JsonReply<ListWebhookEndpointsOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<ListWebhookEndpointsOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<ListWebhookEndpointsOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<ListWebhookEndpointsOperation, 403, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<ListWebhookEndpointsOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<ListWebhookEndpointsOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<ListWebhookEndpointsOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<ListWebhookEndpointsOperation, 503, "application/problem+json"> }
;

/** POST /webhooks */
type CreateWebhookEndpointOperation = paths["/webhooks"]["post"];
export type CreateWebhookEndpointRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: Writable<NonNullable<CreateWebhookEndpointOperation["requestBody"]>["content"]["application/json"]> }
);

export type CreateWebhookEndpointReply =
  | JsonReply<CreateWebhookEndpointOperation, 201> & ReplyHeaders1
  | { status: StatusCode<400>; body: ResponseBody<CreateWebhookEndpointOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<CreateWebhookEndpointOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<CreateWebhookEndpointOperation, 403, "application/problem+json"> }
  | { status: StatusCode<413>; body: ResponseBody<CreateWebhookEndpointOperation, 413, "application/problem+json"> }
  | { status: StatusCode<415>; body: ResponseBody<CreateWebhookEndpointOperation, 415, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<CreateWebhookEndpointOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<CreateWebhookEndpointOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<CreateWebhookEndpointOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<CreateWebhookEndpointOperation, 503, "application/problem+json"> }
;

/** GET /webhooks/{id} */
type GetWebhookEndpointOperation = paths["/webhooks/{id}"]["get"];
export interface GetWebhookEndpointRequest {
  params: NonNullable<GetWebhookEndpointOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type GetWebhookEndpointReply =
  | JsonReply<GetWebhookEndpointOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<GetWebhookEndpointOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<GetWebhookEndpointOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<GetWebhookEndpointOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<GetWebhookEndpointOperation, 404, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<GetWebhookEndpointOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<GetWebhookEndpointOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<GetWebhookEndpointOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<GetWebhookEndpointOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<GetWebhookEndpointOperation, 503, "application/problem+json"> }
;

/** DELETE /webhooks/{id} */
type DeleteWebhookEndpointOperation = paths["/webhooks/{id}"]["delete"];
export interface DeleteWebhookEndpointRequest {
  params: NonNullable<DeleteWebhookEndpointOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type DeleteWebhookEndpointReply =
  | EmptyReply<204>
  | { status: StatusCode<400>; body: ResponseBody<DeleteWebhookEndpointOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<DeleteWebhookEndpointOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<DeleteWebhookEndpointOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<DeleteWebhookEndpointOperation, 404, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<DeleteWebhookEndpointOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<DeleteWebhookEndpointOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<DeleteWebhookEndpointOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<DeleteWebhookEndpointOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<DeleteWebhookEndpointOperation, 503, "application/problem+json"> }
;

/** PATCH /webhooks/{id} */
type UpdateWebhookEndpointOperation = paths["/webhooks/{id}"]["patch"];
export type UpdateWebhookEndpointRequest = {
  params: NonNullable<UpdateWebhookEndpointOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: Writable<NonNullable<UpdateWebhookEndpointOperation["requestBody"]>["content"]["application/json"]> }
);

export type UpdateWebhookEndpointReply =
  | JsonReply<UpdateWebhookEndpointOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<UpdateWebhookEndpointOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<UpdateWebhookEndpointOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<UpdateWebhookEndpointOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<UpdateWebhookEndpointOperation, 404, "application/problem+json"> }
  | { status: StatusCode<413>; body: ResponseBody<UpdateWebhookEndpointOperation, 413, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<UpdateWebhookEndpointOperation, 414, "application/problem+json"> }
  | { status: StatusCode<415>; body: ResponseBody<UpdateWebhookEndpointOperation, 415, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<UpdateWebhookEndpointOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<UpdateWebhookEndpointOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<UpdateWebhookEndpointOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<UpdateWebhookEndpointOperation, 503, "application/problem+json"> }
;

/** GET /webhooks/{id}/deliveries */
type ListWebhookDeliveriesOperation = paths["/webhooks/{id}/deliveries"]["get"];
export interface ListWebhookDeliveriesRequest {
  params: NonNullable<ListWebhookDeliveriesOperation["parameters"]["path"]>;
  query: WithDefaults<NonNullable<ListWebhookDeliveriesOperation["parameters"]["query"]>, "page" | "limit">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListWebhookDeliveriesReply =
  | JsonReply<ListWebhookDeliveriesOperation, 200>
  | { status: StatusCode<400>; body: ResponseBody<ListWebhookDeliveriesOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<ListWebhookDeliveriesOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<ListWebhookDeliveriesOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<ListWebhookDeliveriesOperation, 404, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<ListWebhookDeliveriesOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<ListWebhookDeliveriesOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<ListWebhookDeliveriesOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<ListWebhookDeliveriesOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<ListWebhookDeliveriesOperation, 503, "application/problem+json"> }
;

/** POST /webhooks/{id}/deliveries/{deliveryId}/retry */
type RetryWebhookDeliveryOperation = paths["/webhooks/{id}/deliveries/{deliveryId}/retry"]["post"];
export interface RetryWebhookDeliveryRequest {
  params: NonNullable<RetryWebhookDeliveryOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type RetryWebhookDeliveryReply =
  | JsonReply<RetryWebhookDeliveryOperation, 202>
  | { status: StatusCode<400>; body: ResponseBody<RetryWebhookDeliveryOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<RetryWebhookDeliveryOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<RetryWebhookDeliveryOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<RetryWebhookDeliveryOperation, 404, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<RetryWebhookDeliveryOperation, 414, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<RetryWebhookDeliveryOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<RetryWebhookDeliveryOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<RetryWebhookDeliveryOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<RetryWebhookDeliveryOperation, 503, "application/problem+json"> }
;

/** POST /webhooks/{id}/test */
type SendTestWebhookOperation = paths["/webhooks/{id}/test"]["post"];
export type SendTestWebhookRequest = {
  params: NonNullable<SendTestWebhookOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: Writable<NonNullable<SendTestWebhookOperation["requestBody"]>["content"]["application/json"]> }
);

export type SendTestWebhookReply =
  | JsonReply<SendTestWebhookOperation, 202>
  | { status: StatusCode<400>; body: ResponseBody<SendTestWebhookOperation, 400, "application/problem+json"> } & ReplyHeaders0
  | { status: StatusCode<401>; body: ResponseBody<SendTestWebhookOperation, 401, "application/problem+json"> }
  | { status: StatusCode<403>; body: ResponseBody<SendTestWebhookOperation, 403, "application/problem+json"> }
  | { status: StatusCode<404>; body: ResponseBody<SendTestWebhookOperation, 404, "application/problem+json"> }
  | { status: StatusCode<413>; body: ResponseBody<SendTestWebhookOperation, 413, "application/problem+json"> }
  | { status: StatusCode<414>; body: ResponseBody<SendTestWebhookOperation, 414, "application/problem+json"> }
  | { status: StatusCode<415>; body: ResponseBody<SendTestWebhookOperation, 415, "application/problem+json"> }
  | { status: StatusCode<429>; body: ResponseBody<SendTestWebhookOperation, 429, "application/problem+json"> }
  | { status: StatusCode<431>; body: ResponseBody<SendTestWebhookOperation, 431, "application/problem+json"> }
  | { status: StatusCode<500>; body: ResponseBody<SendTestWebhookOperation, 500, "application/problem+json"> }
  | { status: StatusCode<503>; body: ResponseBody<SendTestWebhookOperation, 503, "application/problem+json"> }
;

/** One handler per operationId: a missing one, or one replying with an undeclared status or body, does not compile. */
export interface Handlers<Context> {
  "listUsers": Handler<ListUsersRequest, ListUsersReply, Context>;
  "createUser": Handler<CreateUserRequest, CreateUserReply, Context>;
  "getUser": Handler<GetUserRequest, GetUserReply, Context>;
  "deleteUser": Handler<DeleteUserRequest, DeleteUserReply, Context>;
  "updateUser": Handler<UpdateUserRequest, UpdateUserReply, Context>;
  "createToken": Handler<CreateTokenRequest, CreateTokenReply, Context>;
  "revokeToken": Handler<RevokeTokenRequest, RevokeTokenReply, Context>;
  "listApiKeys": Handler<ListApiKeysRequest, ListApiKeysReply, Context>;
  "createApiKey": Handler<CreateApiKeyRequest, CreateApiKeyReply, Context>;
  "getApiKey": Handler<GetApiKeyRequest, GetApiKeyReply, Context>;
  "revokeApiKey": Handler<RevokeApiKeyRequest, RevokeApiKeyReply, Context>;
  "rotateApiKey": Handler<RotateApiKeyRequest, RotateApiKeyReply, Context>;
  "listWebhookEndpoints": Handler<ListWebhookEndpointsRequest, ListWebhookEndpointsReply, Context>;
  "createWebhookEndpoint": Handler<CreateWebhookEndpointRequest, CreateWebhookEndpointReply, Context>;
  "getWebhookEndpoint": Handler<GetWebhookEndpointRequest, GetWebhookEndpointReply, Context>;
  "deleteWebhookEndpoint": Handler<DeleteWebhookEndpointRequest, DeleteWebhookEndpointReply, Context>;
  "updateWebhookEndpoint": Handler<UpdateWebhookEndpointRequest, UpdateWebhookEndpointReply, Context>;
  "listWebhookDeliveries": Handler<ListWebhookDeliveriesRequest, ListWebhookDeliveriesReply, Context>;
  "retryWebhookDelivery": Handler<RetryWebhookDeliveryRequest, RetryWebhookDeliveryReply, Context>;
  "sendTestWebhook": Handler<SendTestWebhookRequest, SendTestWebhookReply, Context>;
}
