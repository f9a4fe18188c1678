// generated from spec/v1/openapi.yaml - do not edit
import type { components } from './types.ts';

export type { components, operations, paths, webhooks } from './types.ts';
export { createClient, type ApiClient } from './client.ts';
export { basePath } from './base-path.ts';

export type Text = components["schemas"]["Text"];
export type Role = components["schemas"]["Role"];
export type UserSortField = components["schemas"]["UserSortField"];
export type SortDirection = components["schemas"]["SortDirection"];
export type UserIdV1 = components["schemas"]["UserIdV1"];
export type Name = components["schemas"]["Name"];
export type Username = components["schemas"]["Username"];
export type Email = components["schemas"]["Email"];
export type User = components["schemas"]["User"];
export type Pagination = components["schemas"]["Pagination"];
export type UserList = components["schemas"]["UserList"];
export type CreateUserRequest = components["schemas"]["CreateUserRequest"];
export type UpdateUserRequest = components["schemas"]["UpdateUserRequest"];
export type ErrorCode = components["schemas"]["ErrorCode"];
export type FieldError = components["schemas"]["FieldError"];
export type Error = components["schemas"]["Error"];
export type FieldChange = components["schemas"]["FieldChange"];
export type Changes = components["schemas"]["Changes"];
export type Currency = components["schemas"]["Currency"];
export type PaymentError = components["schemas"]["PaymentError"];
export type Payment = components["schemas"]["Payment"];
export type FailedPayment = components["schemas"]["FailedPayment"];
export type UpdatedUser = components["schemas"]["UpdatedUser"];
export type DeletedUser = components["schemas"]["DeletedUser"];
export type EventTimestamp = components["schemas"]["EventTimestamp"];
export type UserCreatedEvent = components["schemas"]["UserCreatedEvent"];
export type UserUpdatedEvent = components["schemas"]["UserUpdatedEvent"];
export type UserDeletedEvent = components["schemas"]["UserDeletedEvent"];
export type PaymentSucceededEvent = components["schemas"]["PaymentSucceededEvent"];
export type PaymentFailedEvent = components["schemas"]["PaymentFailedEvent"];
