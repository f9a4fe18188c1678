import type { components } from '../../../generated/v2/types.ts';
import { basePath } from '../../../generated/v2/routes.ts';
import type { IssuedSecret, WebhookDeliveryRecord, WebhookDeliveryService, WebhookEndpointRecord, WebhookEndpointService } from '../../webhooks/index.ts';
import type { V2WebhookHandlers } from './plugin.ts';

type Schemas = components['schemas'];

function toEndpoint(endpoint: WebhookEndpointRecord): Schemas['WebhookEndpoint'] {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.events,
    payloadVersion: endpoint.payloadVersion,
    description: endpoint.description,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}

function toSecret(secret: IssuedSecret) {
  return { secret: secret.secret, previousSecretExpiresAt: secret.previousSecretExpiresAt?.toISOString() ?? null };
}

function toDelivery(delivery: WebhookDeliveryRecord): Schemas['WebhookDelivery'] {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    event: delivery.event,
    status: delivery.status,
    test: delivery.test,
    payload: { ...delivery.payload },
    attempts: delivery.attempts.map((attempt) => ({ ...attempt, attemptedAt: attempt.attemptedAt.toISOString() })),
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  };
}

const pages = (total: number, limit: number) => Math.ceil(total / limit);

/** `/webhooks` (admin only: the spec's `x-required-role`, which the framework enforces). */
export function v2WebhookHandlers(webhooks: WebhookEndpointService, deliveryLog: WebhookDeliveryService): V2WebhookHandlers {
  return {
    listWebhookEndpoints: async ({ query }) => {
      const { endpoints, total } = await webhooks.list(query);
      return { status: 200, body: { endpoints: endpoints.map(toEndpoint), total, page: query.page, pages: pages(total, query.limit) } };
    },

    createWebhookEndpoint: async ({ body }) => {
      const { endpoint, secret } = await webhooks.create(body);
      return {
        status: 201,
        body: { ...toEndpoint(endpoint), ...toSecret(secret) },
        headers: { Location: `${basePath}/webhooks/${endpoint.id}` },
      };
    },

    getWebhookEndpoint: async ({ params }) => ({ status: 200, body: toEndpoint(await webhooks.get(params.id)) }),

    updateWebhookEndpoint: async ({ params, body }) => {
      const { endpoint, secret } = await webhooks.update(params.id, body);
      if (!secret) return { status: 200, body: toEndpoint(endpoint) };
      return { status: 200, body: { ...toEndpoint(endpoint), secret: secret.secret, previousSecretExpiresAt: secret.previousSecretExpiresAt.toISOString() } };
    },

    deleteWebhookEndpoint: async ({ params }) => {
      await webhooks.delete(params.id);
      return { status: 204 };
    },

    listWebhookDeliveries: async ({ params, query }) => {
      const { deliveries, total } = await deliveryLog.listDeliveries(params.id, query);
      return { status: 200, body: { deliveries: deliveries.map(toDelivery), total, page: query.page, pages: pages(total, query.limit) } };
    },

    retryWebhookDelivery: async ({ params }) => ({ status: 202, body: toDelivery(await deliveryLog.retryDelivery(params.id, params.deliveryId)) }),

    sendTestWebhook: async ({ params, body }) => ({ status: 202, body: toDelivery(await deliveryLog.sendTest(params.id, body.event)) }),
  };
}
