// generated from spec/v1/openapi.yaml - do not edit
import type { $Read, $Write, components } from './types.ts';

export type { components, operations, paths, Readable, Writable, webhooks } from './types.ts';
export { createClient, type ApiClient } from './client.ts';
export { basePath } from './base-path.ts';

/** A component as its schema writes it (`Readable<...>` and `Writable<...>` give what responses and requests carry). */
type Unmarked<T> = T extends $Read<infer U> | $Write<infer U>
  ? Unmarked<U>
  : T extends (infer E)[]
    ? Unmarked<E>[]
    : T extends object
      ? { [K in keyof T]: Unmarked<T[K]> }
      : T;

export type Text = Unmarked<components["schemas"]["Text"]>;
export type Role = Unmarked<components["schemas"]["Role"]>;
export type UserSortField = Unmarked<components["schemas"]["UserSortField"]>;
export type SortDirection = Unmarked<components["schemas"]["SortDirection"]>;
export type UserIdV1 = Unmarked<components["schemas"]["UserIdV1"]>;
export type Name = Unmarked<components["schemas"]["Name"]>;
export type Username = Unmarked<components["schemas"]["Username"]>;
export type Email = Unmarked<components["schemas"]["Email"]>;
export type User = Unmarked<components["schemas"]["User"]>;
export type Pagination = Unmarked<components["schemas"]["Pagination"]>;
export type UserList = Unmarked<components["schemas"]["UserList"]>;
export type CreateUserRequest = Unmarked<components["schemas"]["CreateUserRequest"]>;
export type UpdateUserRequest = Unmarked<components["schemas"]["UpdateUserRequest"]>;
export type ErrorCode = Unmarked<components["schemas"]["ErrorCode"]>;
export type FieldError = Unmarked<components["schemas"]["FieldError"]>;
export type Error = Unmarked<components["schemas"]["Error"]>;
export type FieldChange = Unmarked<components["schemas"]["FieldChange"]>;
export type Changes = Unmarked<components["schemas"]["Changes"]>;
export type Currency = Unmarked<components["schemas"]["Currency"]>;
export type PaymentError = Unmarked<components["schemas"]["PaymentError"]>;
export type Payment = Unmarked<components["schemas"]["Payment"]>;
export type FailedPayment = Unmarked<components["schemas"]["FailedPayment"]>;
export type UpdatedUser = Unmarked<components["schemas"]["UpdatedUser"]>;
export type DeletedUser = Unmarked<components["schemas"]["DeletedUser"]>;
export type EventTimestamp = Unmarked<components["schemas"]["EventTimestamp"]>;
export type UserCreatedEvent = Unmarked<components["schemas"]["UserCreatedEvent"]>;
export type UserUpdatedEvent = Unmarked<components["schemas"]["UserUpdatedEvent"]>;
export type UserDeletedEvent = Unmarked<components["schemas"]["UserDeletedEvent"]>;
export type PaymentSucceededEvent = Unmarked<components["schemas"]["PaymentSucceededEvent"]>;
export type PaymentFailedEvent = Unmarked<components["schemas"]["PaymentFailedEvent"]>;
