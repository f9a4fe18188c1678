// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
import type { paths, Readable, Writable } from './types.ts';

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

/** GET /pets */
type FindPetsOperation = paths["/pets"]["get"];
export interface FindPetsRequest {
  params: Record<string, never>;
  query: NonNullable<FindPetsOperation["parameters"]["query"]>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type FindPetsReply =
  | JsonReply<FindPetsOperation, 200>
  | JsonReply<FindPetsOperation, "default", 200>
;

/** POST /pets */
type AddPetOperation = paths["/pets"]["post"];
export type AddPetRequest = {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
} & (
  | { mediaType: "application/json"; body: Writable<NonNullable<AddPetOperation["requestBody"]>["content"]["application/json"]> }
);

export type AddPetReply =
  | JsonReply<AddPetOperation, 200>
  | JsonReply<AddPetOperation, "default", 200>
;

/** GET /pets/{id} */
type FindPetByIdOperation = paths["/pets/{id}"]["get"];
export interface FindPetByIdRequest {
  params: NonNullable<FindPetByIdOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type FindPetByIdReply =
  | JsonReply<FindPetByIdOperation, 200>
  | JsonReply<FindPetByIdOperation, "default", 200>
;

/** DELETE /pets/{id} */
type DeletePetOperation = paths["/pets/{id}"]["delete"];
export interface DeletePetRequest {
  params: NonNullable<DeletePetOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: Record<string, never>;
  cookies: Record<string, never>;
  body: undefined;
  mediaType: undefined;
}

export type DeletePetReply =
  | EmptyReply<204>
  | JsonReply<DeletePetOperation, "default", 204>
;

/** One handler per operationId: a missing one, or one replying with an undeclared status or body, does not compile. */
export interface Handlers<Context> {
  "findPets": Handler<FindPetsRequest, FindPetsReply, Context>;
  "addPet": Handler<AddPetRequest, AddPetReply, Context>;
  "find pet by id": Handler<FindPetByIdRequest, FindPetByIdReply, Context>;
  "deletePet": Handler<DeletePetRequest, DeletePetReply, Context>;
}
