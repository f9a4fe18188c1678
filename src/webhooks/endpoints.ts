import type { Prisma, PrismaClient } from '../db/index.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import type { DomainEventType } from '../domain/events.ts';
import { isUuid } from '../domain/ids.ts';
import { systemClock, type Clock } from './clock.ts';
import { isDomainEventType } from './event-codec.ts';
import type { PayloadVersion } from './payloads.ts';
import { generateSecret, SECRET_GRACE_MS } from './signing.ts';
import { checkTarget, TargetRefusedError, type ResolveAll } from './target-guard.ts';
import { characters } from '../domain/text-length.ts';

export interface WebhookEndpointRecord {
  id: string;
  url: string;
  events: DomainEventType[];
  payloadVersion: PayloadVersion;
  description: string | null;
  enabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewWebhookEndpoint {
  url: string;
  events: readonly string[];
  payloadVersion?: PayloadVersion | undefined;
  description?: string | undefined;
  enabled?: boolean | undefined;
}

export interface WebhookEndpointChanges {
  url?: string | undefined;
  events?: readonly string[] | undefined;
  payloadVersion?: PayloadVersion | undefined;
  /** null removes it. */
  description?: string | null | undefined;
  /** true (re-)enables and clears the reason; false disables. */
  enabled?: boolean | undefined;
  /** Replaces the secret; the previous one keeps signing for 24 hours. */
  rotateSecret?: boolean | undefined;
}

/** A signing secret, shown once. */
export interface IssuedSecret {
  secret: string;
  /** Until when the secret it replaced still signs; null for a new endpoint. */
  previousSecretExpiresAt: Date | null;
}

/** The new secret after a rotation, shown once, and until when the one it replaced keeps signing. */
export interface RotatedSecret {
  secret: string;
  previousSecretExpiresAt: Date;
}

export interface PageQuery {
  page: number;
  limit: number;
}

export interface WebhookEndpointOptions {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: accept URLs of loopback, private and link-local addresses. */
  allowPrivateTargets: boolean;
  now?: Clock;
  /** Name resolution for the URL check (default: the system resolver). */
  resolve?: ResolveAll;
}

/** The endpoints webhooks are delivered to, with their signing secrets, for administrators. HTTP-free: the API maps it. */
export interface WebhookEndpointService {
  /** Oldest first. */
  list(query: PageQuery): Promise<{ endpoints: WebhookEndpointRecord[]; total: number }>;
  /** The URL is checked (SSRF guard); the signing secret is shown once, here. */
  create(input: NewWebhookEndpoint): Promise<{ endpoint: WebhookEndpointRecord; secret: IssuedSecret }>;
  get(id: string): Promise<WebhookEndpointRecord>;
  /** With `rotateSecret`, the new secret (shown once) and until when the previous one keeps signing. */
  update(id: string, changes: WebhookEndpointChanges): Promise<{ endpoint: WebhookEndpointRecord; secret?: RotatedSecret }>;
  /** Removes the endpoint and its delivery log. */
  delete(id: string): Promise<void>;
}

const DESCRIPTION_MAX = 500;
const ADMIN_DISABLED = 'Disabled by an administrator.';

const endpointFields = {
  id: true,
  url: true,
  events: true,
  payloadVersion: true,
  description: true,
  enabled: true,
  disabledReason: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.WebhookEndpointSelect;

type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointFields }>;

/** The endpoint `id`, or NOT_FOUND. */
export async function findEndpoint(prisma: PrismaClient, id: string): Promise<EndpointRow> {
  const row = isUuid(id) ? await prisma.webhookEndpoint.findUnique({ where: { id }, select: endpointFields }) : null;
  if (!row) throw notFound('Webhook endpoint');
  return row;
}

function toEndpoint(row: EndpointRow): WebhookEndpointRecord {
  return { ...row, events: row.events.filter(isDomainEventType) };
}

function eventTypes(events: readonly string[]): DomainEventType[] {
  const unknown = events.filter((event) => !isDomainEventType(event));
  if (unknown.length > 0) throw new DomainError('INVALID_INPUT', `Unknown event type(s): ${unknown.join(', ')}`, ['events']);
  if (events.length === 0) throw new DomainError('INVALID_INPUT', 'Subscribe to at least one event type', ['events']);
  return [...new Set(events as readonly DomainEventType[])];
}

function checkDescription(description: string | null | undefined): void {
  if (description && characters(description) > DESCRIPTION_MAX) throw new DomainError('INVALID_INPUT', `The description is longer than ${DESCRIPTION_MAX} characters`, ['description']);
}

export function createWebhookEndpointService(prisma: PrismaClient, options: WebhookEndpointOptions): WebhookEndpointService {
  const now = options.now ?? systemClock;

  async function checkedUrl(url: string): Promise<string> {
    try {
      await checkTarget(url, { allowPrivateTargets: options.allowPrivateTargets, resolve: options.resolve });
      return url;
    } catch (error) {
      if (error instanceof TargetRefusedError) throw new DomainError('INVALID_INPUT', error.message, ['url']);
      throw error;
    }
  }

  return {
    async list(query: PageQuery): Promise<{ endpoints: WebhookEndpointRecord[]; total: number }> {
      const [rows, total] = await prisma.$transaction([
        prisma.webhookEndpoint.findMany({
          select: endpointFields,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          skip: (query.page - 1) * query.limit,
          take: query.limit,
        }),
        prisma.webhookEndpoint.count(),
      ]);
      return { endpoints: rows.map(toEndpoint), total };
    },

    async create(input: NewWebhookEndpoint): Promise<{ endpoint: WebhookEndpointRecord; secret: IssuedSecret }> {
      const events = eventTypes(input.events);
      checkDescription(input.description);
      const url = await checkedUrl(input.url);
      const secret = generateSecret();
      const enabled = input.enabled ?? true;
      const row = await prisma.webhookEndpoint.create({
        data: {
          url,
          events,
          payloadVersion: input.payloadVersion ?? 'v2',
          description: input.description ?? null,
          enabled,
          disabledReason: enabled ? null : ADMIN_DISABLED,
          secret,
        },
        select: endpointFields,
      });
      return { endpoint: toEndpoint(row), secret: { secret, previousSecretExpiresAt: null } };
    },

    async get(id: string): Promise<WebhookEndpointRecord> {
      return toEndpoint(await findEndpoint(prisma, id));
    },

    async update(id: string, changes: WebhookEndpointChanges): Promise<{ endpoint: WebhookEndpointRecord; secret?: RotatedSecret }> {
      const current = await findEndpoint(prisma, id);
      const events = changes.events === undefined ? undefined : eventTypes(changes.events);
      checkDescription(changes.description);
      const url = changes.url === undefined ? undefined : await checkedUrl(changes.url);
      const rotation: RotatedSecret | undefined = changes.rotateSecret ? { secret: generateSecret(), previousSecretExpiresAt: new Date(now().getTime() + SECRET_GRACE_MS) } : undefined;
      const data: Prisma.WebhookEndpointUpdateInput = {
        ...(url !== undefined ? { url } : {}),
        ...(events !== undefined ? { events } : {}),
        ...(changes.payloadVersion !== undefined ? { payloadVersion: changes.payloadVersion } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.enabled === true ? { enabled: true, disabledReason: null } : {}),
        ...(changes.enabled === false ? { enabled: false, disabledReason: current.enabled ? ADMIN_DISABLED : current.disabledReason } : {}),
      };
      const row = await prisma.$transaction(async (tx) => {
        if (rotation) {
          // The previous secret is read in the transaction, so two concurrent rotations cannot both keep the same one.
          const { secret } = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id }, select: { secret: true } });
          Object.assign(data, { secret: rotation.secret, previousSecret: secret, previousSecretExpiresAt: rotation.previousSecretExpiresAt });
        }
        return tx.webhookEndpoint.update({ where: { id }, data, select: endpointFields });
      }).catch((error: unknown) => {
        if ((error as { code?: unknown }).code === 'P2025') throw notFound('Webhook endpoint');
        throw error;
      });
      return { endpoint: toEndpoint(row), ...(rotation ? { secret: rotation } : {}) };
    },

    async delete(id: string): Promise<void> {
      const { count } = isUuid(id) ? await prisma.webhookEndpoint.deleteMany({ where: { id } }) : { count: 0 };
      if (count === 0) throw notFound('Webhook endpoint');
    },

  };
}
