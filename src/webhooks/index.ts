/** Webhooks: the outbox that records events, the dispatcher that delivers them, and the endpoints' management. */
export { createOutbox, type Outbox, type OutboxOptions, type PaymentError } from './outbox.ts';
export { createDispatcher, type Dispatcher, type DispatcherLogger, type DispatcherOptions } from './dispatcher.ts';
export {
  createWebhookService,
  type IssuedSecret,
  type NewWebhookEndpoint,
  type PageQuery,
  type RotatedSecret,
  type WebhookAttemptRecord,
  type WebhookDeliveryRecord,
  type WebhookDeliveryStatus,
  type WebhookEndpointChanges,
  type WebhookEndpointRecord,
  type WebhookService,
  type WebhookServiceOptions,
} from './service.ts';
export { PAYLOAD_VERSIONS, type PayloadVersion, type WebhookPayload } from './payloads.ts';
export type { Clock } from './clock.ts';
