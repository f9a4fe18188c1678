// generated from spec/v2/openapi.yaml - do not edit
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
export type Uuid = Unmarked<components["schemas"]["Uuid"]>;
export type Timestamp = Unmarked<components["schemas"]["Timestamp"]>;
export type Name = Unmarked<components["schemas"]["Name"]>;
export type Email = Unmarked<components["schemas"]["Email"]>;
export type UserTokenValue = Unmarked<components["schemas"]["UserTokenValue"]>;
export type Profile = Unmarked<components["schemas"]["Profile"]>;
export type Settings = Unmarked<components["schemas"]["Settings"]>;
export type Permission = Unmarked<components["schemas"]["Permission"]>;
export type User = Unmarked<components["schemas"]["User"]>;
export type UserList = Unmarked<components["schemas"]["UserList"]>;
export type CreateUserRequest = Unmarked<components["schemas"]["CreateUserRequest"]>;
export type CreatedUser = Unmarked<components["schemas"]["CreatedUser"]>;
export type UpdateUserRequest = Unmarked<components["schemas"]["UpdateUserRequest"]>;
export type CreateTokenRequest = Unmarked<components["schemas"]["CreateTokenRequest"]>;
export type Token = Unmarked<components["schemas"]["Token"]>;
export type ProblemCode = Unmarked<components["schemas"]["ProblemCode"]>;
export type FieldError = Unmarked<components["schemas"]["FieldError"]>;
export type Problem = Unmarked<components["schemas"]["Problem"]>;
export type ApiKeyRole = Unmarked<components["schemas"]["ApiKeyRole"]>;
export type ApiKeyName = Unmarked<components["schemas"]["ApiKeyName"]>;
export type RateLimitPerMinute = Unmarked<components["schemas"]["RateLimitPerMinute"]>;
export type ApiKey = Unmarked<components["schemas"]["ApiKey"]>;
export type ApiKeySecret = Unmarked<components["schemas"]["ApiKeySecret"]>;
export type ApiKeyWithSecret = Unmarked<components["schemas"]["ApiKeyWithSecret"]>;
export type ApiKeyList = Unmarked<components["schemas"]["ApiKeyList"]>;
export type CreateApiKeyRequest = Unmarked<components["schemas"]["CreateApiKeyRequest"]>;
export type EventType = Unmarked<components["schemas"]["EventType"]>;
export type PayloadVersion = Unmarked<components["schemas"]["PayloadVersion"]>;
export type RegisteredWebhookUrl = Unmarked<components["schemas"]["RegisteredWebhookUrl"]>;
export type WebhookUrl = Unmarked<components["schemas"]["WebhookUrl"]>;
export type WebhookEvents = Unmarked<components["schemas"]["WebhookEvents"]>;
export type WebhookDescription = Unmarked<components["schemas"]["WebhookDescription"]>;
export type WebhookSecret = Unmarked<components["schemas"]["WebhookSecret"]>;
export type WebhookEndpoint = Unmarked<components["schemas"]["WebhookEndpoint"]>;
export type WebhookEndpointWithSecret = Unmarked<components["schemas"]["WebhookEndpointWithSecret"]>;
export type UpdatedWebhookEndpoint = Unmarked<components["schemas"]["UpdatedWebhookEndpoint"]>;
export type WebhookEndpointList = Unmarked<components["schemas"]["WebhookEndpointList"]>;
export type CreateWebhookEndpointRequest = Unmarked<components["schemas"]["CreateWebhookEndpointRequest"]>;
export type UpdateWebhookEndpointRequest = Unmarked<components["schemas"]["UpdateWebhookEndpointRequest"]>;
export type TestWebhookRequest = Unmarked<components["schemas"]["TestWebhookRequest"]>;
export type WebhookDeliveryStatus = Unmarked<components["schemas"]["WebhookDeliveryStatus"]>;
export type WebhookDeliveryAttempt = Unmarked<components["schemas"]["WebhookDeliveryAttempt"]>;
export type WebhookDelivery = Unmarked<components["schemas"]["WebhookDelivery"]>;
export type WebhookDeliveryList = Unmarked<components["schemas"]["WebhookDeliveryList"]>;
export type FieldChange = Unmarked<components["schemas"]["FieldChange"]>;
export type Changes = Unmarked<components["schemas"]["Changes"]>;
export type Payment = Unmarked<components["schemas"]["Payment"]>;
export type PaymentError = Unmarked<components["schemas"]["PaymentError"]>;
export type UserCreatedEvent = Unmarked<components["schemas"]["UserCreatedEvent"]>;
export type UserUpdatedEvent = Unmarked<components["schemas"]["UserUpdatedEvent"]>;
export type UserDeletedEvent = Unmarked<components["schemas"]["UserDeletedEvent"]>;
export type PaymentSucceededEvent = Unmarked<components["schemas"]["PaymentSucceededEvent"]>;
export type PaymentFailedEvent = Unmarked<components["schemas"]["PaymentFailedEvent"]>;
