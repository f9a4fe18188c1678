import type { webhooks as V1Webhooks } from '../../generated/v1/types.ts';
import type { webhooks as V2Webhooks } from '../../generated/v2/types.ts';

type PayloadOf<T> = T extends { post: { requestBody: { content: { 'application/json': infer B } } } } ? B : never;

/** Each event's payload in the `v1` payload version (`{ event, timestamp, data }`), by event type. */
export type V1WebhookPayloads = { [E in keyof V1Webhooks]: PayloadOf<V1Webhooks[E]> };
/** Each event's payload in the `v2` payload version, by event type. */
export type V2WebhookPayloads = { [E in keyof V2Webhooks]: PayloadOf<V2Webhooks[E]> };

/** Any event an endpoint subscribed with `payloadVersion: v1` receives; `event` tells which. */
export type V1WebhookEvent = V1WebhookPayloads[keyof V1WebhookPayloads];
/** Any event an endpoint subscribed with `payloadVersion: v2` receives; `event` tells which. */
export type V2WebhookEvent = V2WebhookPayloads[keyof V2WebhookPayloads];
export type WebhookEventType = keyof V2WebhookPayloads;
