import type { Prisma, PrismaClient } from '../db/index.ts';
import { notFound } from '../domain/errors.ts';
import type { DomainEventType } from '../domain/events.ts';
import { isUuid } from '../domain/ids.ts';
import { systemClock, type Clock } from './clock.ts';
import { findEndpoint, type PageQuery } from './endpoints.ts';
import { decodeEvent, encodeEvent, isDomainEventType } from './event-codec.ts';
import { renderPayload, type WebhookPayload } from './payloads.ts';
import { maxAttemptsFor } from './retry-policy.ts';
import { sampleEvent } from './samples.ts';

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookAttemptRecord {
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseBody: string | null;
}

export interface WebhookDeliveryRecord {
  id: string;
  endpointId: string;
  event: DomainEventType;
  status: WebhookDeliveryStatus;
  test: boolean;
  /** The body in the endpoint's payload version. */
  payload: WebhookPayload;
  attempts: WebhookAttemptRecord[];
  nextAttemptAt: Date | null;
  createdAt: Date;
}

export interface WebhookDeliveryOptions {
  now?: Clock;
}

/** Each endpoint's delivery log, with manual retries and test sends, for administrators. HTTP-free: the API maps it. */
export interface WebhookDeliveryService {
  /** Newest first. */
  listDeliveries(endpointId: string, query: PageQuery & { status?: WebhookDeliveryStatus | undefined }): Promise<{ deliveries: WebhookDeliveryRecord[]; total: number }>;
  getDelivery(endpointId: string, deliveryId: string): Promise<WebhookDeliveryRecord>;
  /** Queues one more attempt now, whatever the status, with the same payload and `webhook-id`. */
  retryDelivery(endpointId: string, deliveryId: string): Promise<WebhookDeliveryRecord>;
  /** Queues a sample event of `type` (subscribed or not), marked as a test. */
  sendTest(endpointId: string, type: DomainEventType): Promise<WebhookDeliveryRecord>;
}

const deliveryInclude = {
  attempts: { orderBy: { number: 'asc' } },
  event: { select: { data: true, occurredAt: true } },
  endpoint: { select: { payloadVersion: true } },
} as const satisfies Prisma.WebhookDeliveryInclude;

type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ include: typeof deliveryInclude }>;

function toDelivery(row: DeliveryRow): WebhookDeliveryRecord {
  if (!isDomainEventType(row.eventType)) throw new Error(`delivery ${row.id} has an unknown event type ${row.eventType}`);
  return {
    id: row.id,
    endpointId: row.endpointId,
    event: row.eventType,
    status: row.status,
    test: row.test,
    payload: renderPayload(decodeEvent(row.event.data, row.event.occurredAt), row.endpoint.payloadVersion),
    attempts: row.attempts.map(({ attemptedAt, statusCode, latencyMs, error, responseBody }) => ({ attemptedAt, statusCode, latencyMs, error, responseBody })),
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
    createdAt: row.createdAt,
  };
}

export function createWebhookDeliveryService(prisma: PrismaClient, options: WebhookDeliveryOptions = {}): WebhookDeliveryService {
  const now = options.now ?? systemClock;

  async function getDelivery(endpointId: string, deliveryId: string): Promise<WebhookDeliveryRecord> {
    const row = isUuid(deliveryId) ? await prisma.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId }, include: deliveryInclude }) : null;
    if (!row) throw notFound('Delivery');
    return toDelivery(row);
  }

  return {
    async listDeliveries(
      endpointId: string,
      query: PageQuery & { status?: WebhookDeliveryStatus | undefined },
    ): Promise<{ deliveries: WebhookDeliveryRecord[]; total: number }> {
      await findEndpoint(prisma, endpointId);
      const where: Prisma.WebhookDeliveryWhereInput = { endpointId, ...(query.status ? { status: query.status } : {}) };
      const [rows, total] = await prisma.$transaction([
        prisma.webhookDelivery.findMany({
          where,
          include: deliveryInclude,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          skip: (query.page - 1) * query.limit,
          take: query.limit,
        }),
        prisma.webhookDelivery.count({ where }),
      ]);
      return { deliveries: rows.map(toDelivery), total };
    },

    getDelivery,

    async retryDelivery(endpointId: string, deliveryId: string): Promise<WebhookDeliveryRecord> {
      await findEndpoint(prisma, endpointId);
      if (!isUuid(deliveryId)) throw notFound('Delivery');
      const at = now();
      const updated = await prisma.$executeRaw`
        UPDATE webhook_deliveries
        SET max_attempts = CASE WHEN status = 'pending' THEN GREATEST(max_attempts, attempt_count + 1) ELSE attempt_count + 1 END,
            status = 'pending', next_attempt_at = ${at}, updated_at = ${at}
        WHERE id = ${deliveryId}::uuid AND endpoint_id = ${endpointId}::uuid`;
      if (updated === 0) throw notFound('Delivery');
      return getDelivery(endpointId, deliveryId);
    },

    async sendTest(endpointId: string, type: DomainEventType): Promise<WebhookDeliveryRecord> {
      await findEndpoint(prisma, endpointId);
      const at = now();
      const sample = sampleEvent(type, at);
      const row = await prisma.webhookDelivery.create({
        data: {
          endpoint: { connect: { id: endpointId } },
          event: { create: { type, data: encodeEvent(sample.event, sample.deletedByKind), occurredAt: at } },
          eventType: type,
          test: true,
          maxAttempts: maxAttemptsFor(type),
          nextAttemptAt: at,
          createdAt: at,
        },
        include: deliveryInclude,
      });
      return toDelivery(row);
    },
  };
}
