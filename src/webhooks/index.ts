/** Webhooks: the outbox that records events, the dispatcher that delivers them, the endpoints and their delivery logs. */
export { createOutbox, type Outbox, type OutboxOptions, type PaymentError } from './outbox.ts';
export { createDispatcher, type Dispatcher, type DispatcherLogger, type DispatcherOptions } from './dispatcher.ts';
export {
  createWebhookEndpointService,
  type IssuedSecret,
  type NewWebhookEndpoint,
  type PageQuery,
  type RotatedSecret,
  type WebhookEndpointChanges,
  type WebhookEndpointOptions,
  type WebhookEndpointRecord,
  type WebhookEndpointService,
} from './endpoints.ts';
export {
  createWebhookDeliveryService,
  type WebhookAttemptRecord,
  type WebhookDeliveryOptions,
  type WebhookDeliveryRecord,
  type WebhookDeliveryService,
  type WebhookDeliveryStatus,
} from './deliveries.ts';
export { PAYLOAD_VERSIONS, type PayloadVersion, type WebhookPayload } from './payloads.ts';
export type { Clock } from './clock.ts';
