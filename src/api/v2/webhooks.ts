// PLACEHOLDER written by the v2 users engineer so the v2 plugin can bind while the webhooks engineer works:
// the webhooks engineer replaces this whole file with the real v2WebhookHandlers(service).
import { HttpError } from '../../framework/index.ts';
import type { V2WebhookHandlers } from './plugin.ts';

const unavailable = () => {
  throw new HttpError(500, 'INTERNAL_ERROR', 'webhooks are being built');
};

export function v2WebhookHandlers(_service: unknown): V2WebhookHandlers {
  return {
    listWebhookEndpoints: unavailable,
    createWebhookEndpoint: unavailable,
    getWebhookEndpoint: unavailable,
    updateWebhookEndpoint: unavailable,
    deleteWebhookEndpoint: unavailable,
    listWebhookDeliveries: unavailable,
    retryWebhookDelivery: unavailable,
    sendTestWebhook: unavailable,
  };
}
