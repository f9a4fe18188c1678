// generated from spec/v1/openapi.yaml - do not edit
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
  query: WithDefaults<NonNullable<ListUsersOperation["parameters"]["query"]>, "limit">;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type ListUsersReply =
  | JsonReply<ListUsersOperation, 200>
  | JsonReply<ListUsersOperation, 400> & ReplyHeaders0
  | JsonReply<ListUsersOperation, 401>
  | JsonReply<ListUsersOperation, 429>
  | JsonReply<ListUsersOperation, 431>
  | JsonReply<ListUsersOperation, 500>
  | JsonReply<ListUsersOperation, 503>
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
  | JsonReply<CreateUserOperation, 400> & ReplyHeaders0
  | JsonReply<CreateUserOperation, 401>
  | JsonReply<CreateUserOperation, 403>
  | JsonReply<CreateUserOperation, 409>
  | JsonReply<CreateUserOperation, 413>
  | JsonReply<CreateUserOperation, 415>
  | JsonReply<CreateUserOperation, 429>
  | JsonReply<CreateUserOperation, 431>
  | JsonReply<CreateUserOperation, 500>
  | JsonReply<CreateUserOperation, 503>
;

/** GET /users/{id} */
type GetUserOperation = paths["/users/{id}"]["get"];
export interface GetUserRequest {
  params: NonNullable<GetUserOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type GetUserReply =
  | JsonReply<GetUserOperation, 200>
  | JsonReply<GetUserOperation, 400> & ReplyHeaders0
  | JsonReply<GetUserOperation, 401>
  | JsonReply<GetUserOperation, 404>
  | JsonReply<GetUserOperation, 414>
  | JsonReply<GetUserOperation, 429>
  | JsonReply<GetUserOperation, 431>
  | JsonReply<GetUserOperation, 500>
  | JsonReply<GetUserOperation, 503>
;

/** PUT /users/{id} */
type UpdateUserOperation = paths["/users/{id}"]["put"];
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
  | JsonReply<UpdateUserOperation, 400> & ReplyHeaders0
  | JsonReply<UpdateUserOperation, 401>
  | JsonReply<UpdateUserOperation, 403>
  | JsonReply<UpdateUserOperation, 404>
  | JsonReply<UpdateUserOperation, 409>
  | JsonReply<UpdateUserOperation, 413>
  | JsonReply<UpdateUserOperation, 414>
  | JsonReply<UpdateUserOperation, 415>
  | JsonReply<UpdateUserOperation, 429>
  | JsonReply<UpdateUserOperation, 431>
  | JsonReply<UpdateUserOperation, 500>
  | JsonReply<UpdateUserOperation, 503>
;

/** DELETE /users/{id} */
type DeleteUserOperation = paths["/users/{id}"]["delete"];
export interface DeleteUserRequest {
  params: NonNullable<DeleteUserOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type DeleteUserReply =
  | EmptyReply<204>
  | JsonReply<DeleteUserOperation, 400> & ReplyHeaders0
  | JsonReply<DeleteUserOperation, 401>
  | JsonReply<DeleteUserOperation, 404>
  | JsonReply<DeleteUserOperation, 414>
  | JsonReply<DeleteUserOperation, 429>
  | JsonReply<DeleteUserOperation, 431>
  | JsonReply<DeleteUserOperation, 500>
  | JsonReply<DeleteUserOperation, 503>
;

/** One handler per operationId: a missing one, or one replying with an undeclared status or body, does not compile. */
export interface Handlers<Context> {
  "listUsers": Handler<ListUsersRequest, ListUsersReply, Context>;
  "createUser": Handler<CreateUserRequest, CreateUserReply, Context>;
  "getUser": Handler<GetUserRequest, GetUserReply, Context>;
  "updateUser": Handler<UpdateUserRequest, UpdateUserReply, Context>;
  "deleteUser": Handler<DeleteUserRequest, DeleteUserReply, Context>;
}
