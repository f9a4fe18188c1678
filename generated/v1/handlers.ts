// generated from spec/v1/openapi.yaml - do not edit
import type { paths } from './types.js';

/** A parameter with a default is always present once validated. */
type WithDefaults<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

/** GET /users */
export interface ListUsersRequest {
  params: Record<string, never>;
  query: WithDefaults<NonNullable<paths["/users"]["get"]["parameters"]["query"]>, "limit">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListUsersReply =
  | { status: 200; body: NonNullable<paths["/users"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/users"]["get"]["responses"]["400"]["content"]>["application/json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users"]["get"]["responses"]["401"]["content"]>["application/json"]; }
  | { status: 429; body: NonNullable<paths["/users"]["get"]["responses"]["429"]["content"]>["application/json"]; }
  | { status: 431; body: NonNullable<paths["/users"]["get"]["responses"]["431"]["content"]>["application/json"]; }
  | { status: 500; body: NonNullable<paths["/users"]["get"]["responses"]["500"]["content"]>["application/json"]; }
  | { status: 503; body: NonNullable<paths["/users"]["get"]["responses"]["503"]["content"]>["application/json"]; }
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
  | { status: 400; body: NonNullable<paths["/users"]["post"]["responses"]["400"]["content"]>["application/json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users"]["post"]["responses"]["401"]["content"]>["application/json"]; }
  | { status: 403; body: NonNullable<paths["/users"]["post"]["responses"]["403"]["content"]>["application/json"]; }
  | { status: 409; body: NonNullable<paths["/users"]["post"]["responses"]["409"]["content"]>["application/json"]; }
  | { status: 413; body: NonNullable<paths["/users"]["post"]["responses"]["413"]["content"]>["application/json"]; }
  | { status: 415; body: NonNullable<paths["/users"]["post"]["responses"]["415"]["content"]>["application/json"]; }
  | { status: 429; body: NonNullable<paths["/users"]["post"]["responses"]["429"]["content"]>["application/json"]; }
  | { status: 431; body: NonNullable<paths["/users"]["post"]["responses"]["431"]["content"]>["application/json"]; }
  | { status: 500; body: NonNullable<paths["/users"]["post"]["responses"]["500"]["content"]>["application/json"]; }
  | { status: 503; body: NonNullable<paths["/users"]["post"]["responses"]["503"]["content"]>["application/json"]; }
;

/** GET /users/{id} */
export interface GetUserRequest {
  params: NonNullable<paths["/users/{id}"]["get"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type GetUserReply =
  | { status: 200; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["400"]["content"]>["application/json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["401"]["content"]>["application/json"]; }
  | { status: 404; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["404"]["content"]>["application/json"]; }
  | { status: 414; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["414"]["content"]>["application/json"]; }
  | { status: 429; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["429"]["content"]>["application/json"]; }
  | { status: 431; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["431"]["content"]>["application/json"]; }
  | { status: 500; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["500"]["content"]>["application/json"]; }
  | { status: 503; body: NonNullable<paths["/users/{id}"]["get"]["responses"]["503"]["content"]>["application/json"]; }
;

/** PUT /users/{id} */
export type UpdateUserRequest = {
  params: NonNullable<paths["/users/{id}"]["put"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: NonNullable<paths["/users/{id}"]["put"]["requestBody"]>["content"]["application/json"] }
);

export type UpdateUserReply =
  | { status: 200; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["200"]["content"]>["application/json"]; }
  | { status: 400; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["400"]["content"]>["application/json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["401"]["content"]>["application/json"]; }
  | { status: 403; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["403"]["content"]>["application/json"]; }
  | { status: 404; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["404"]["content"]>["application/json"]; }
  | { status: 409; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["409"]["content"]>["application/json"]; }
  | { status: 413; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["413"]["content"]>["application/json"]; }
  | { status: 414; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["414"]["content"]>["application/json"]; }
  | { status: 415; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["415"]["content"]>["application/json"]; }
  | { status: 429; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["429"]["content"]>["application/json"]; }
  | { status: 431; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["431"]["content"]>["application/json"]; }
  | { status: 500; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["500"]["content"]>["application/json"]; }
  | { status: 503; body: NonNullable<paths["/users/{id}"]["put"]["responses"]["503"]["content"]>["application/json"]; }
;

/** DELETE /users/{id} */
export interface DeleteUserRequest {
  params: NonNullable<paths["/users/{id}"]["delete"]["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type DeleteUserReply =
  | { status: 204; body?: undefined; }
  | { status: 400; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["400"]["content"]>["application/json"]; headers?: { "X-RateLimit-Limit"?: string | number; "X-RateLimit-Remaining"?: string | number; "X-RateLimit-Reset"?: string | number }; }
  | { status: 401; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["401"]["content"]>["application/json"]; }
  | { status: 404; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["404"]["content"]>["application/json"]; }
  | { status: 414; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["414"]["content"]>["application/json"]; }
  | { status: 429; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["429"]["content"]>["application/json"]; }
  | { status: 431; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["431"]["content"]>["application/json"]; }
  | { status: 500; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["500"]["content"]>["application/json"]; }
  | { status: 503; body: NonNullable<paths["/users/{id}"]["delete"]["responses"]["503"]["content"]>["application/json"]; }
;

/** One handler per operationId: a missing one, or one replying with an undeclared status or body, does not compile. */
export interface Handlers<Context> {
  "listUsers": (request: ListUsersRequest, context: Context) => Promise<ListUsersReply> | ListUsersReply;
  "createUser": (request: CreateUserRequest, context: Context) => Promise<CreateUserReply> | CreateUserReply;
  "getUser": (request: GetUserRequest, context: Context) => Promise<GetUserReply> | GetUserReply;
  "updateUser": (request: UpdateUserRequest, context: Context) => Promise<UpdateUserReply> | UpdateUserReply;
  "deleteUser": (request: DeleteUserRequest, context: Context) => Promise<DeleteUserReply> | DeleteUserReply;
}
