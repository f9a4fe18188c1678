import type { components } from '../../../generated/v2/types.ts';
import { basePath } from '../../../generated/v2/routes.ts';
import type { Handlers } from '../../../generated/v2/handlers.ts';
import type { ApiKeyService, ApiKeySummary, CreatedApiKey } from '../../domain/credentials/api-keys.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import type { Principal } from '../../domain/credentials/principal.ts';
import type { V2Context } from './context.ts';

type Schemas = components['schemas'];

export type V2ApiKeyHandlers = Pick<Handlers<V2Context>, 'listApiKeys' | 'createApiKey' | 'getApiKey' | 'revokeApiKey' | 'rotateApiKey'>;

const NO_STORE = { 'Cache-Control': 'no-store' } as const;

function toApiKey(key: ApiKeySummary): Schemas['ApiKey'] {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    prefix: key.prefix,
    rateLimitPerMinute: key.rateLimitPerMinute,
    revoked: key.revokedAt !== null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  };
}

function withSecret({ key, record }: CreatedApiKey): Schemas['ApiKeyWithSecret'] {
  return { ...toApiKey(record), revoked: false, revokedAt: null, key };
}

/** Who changed a key, for the audit line: the key or the user the request was sent with. */
const actorOf = (principal: Principal | undefined) =>
  principal?.kind === 'apiKey' ? { byApiKeyId: principal.id } : principal?.kind === 'user' ? { byUserId: principal.id } : {};

/** One info line per change of a key (never the secret): who did what to which key, for an operator's audit. */
function audit(context: V2Context, change: 'created' | 'revoked' | 'rotated', key: ApiKeySummary): void {
  context.request.log.info({ apiKeyId: key.id, prefix: key.prefix, role: key.role, ...actorOf(context.principal) }, `API key ${change}`);
}

const found = (key: ApiKeySummary | undefined): ApiKeySummary => {
  if (!key) throw notFound('API key');
  return key;
};

/** `/api-keys` (admin only: the spec's `x-required-role`, which the framework enforces). */
export function v2ApiKeyHandlers(apiKeys: ApiKeyService): V2ApiKeyHandlers {
  return {
    listApiKeys: async ({ query }) => {
      const { apiKeys: page, total } = await apiKeys.listApiKeyPage(query);
      return { status: 200, body: { apiKeys: page.map(toApiKey), total, page: query.page, pages: Math.ceil(total / query.limit) } };
    },

    createApiKey: async ({ body }, context) => {
      const created = await apiKeys.createApiKey({ name: body.name, role: body.role ?? 'standard', rateLimitPerMinute: body.rateLimitPerMinute });
      audit(context, 'created', created.record);
      return { status: 201, body: withSecret(created), headers: { ...NO_STORE, Location: `${basePath}/api-keys/${created.record.id}` } };
    },

    getApiKey: async ({ params }) => ({ status: 200, body: toApiKey(found(await apiKeys.getApiKey(params.id))) }),

    revokeApiKey: async ({ params, query }, context) => {
      const target = found(await apiKeys.getApiKey(params.id));
      const { principal } = context;
      if (principal?.kind === 'apiKey' && principal.id === target.id && !query.self) {
        throw new DomainError('CONFLICT', 'This request is sent with the key it would revoke; add ?self=true to revoke it anyway');
      }
      const revoked = found(await apiKeys.revokeApiKey(target.id));
      if (target.revokedAt === null) audit(context, 'revoked', revoked);
      return { status: 200, body: toApiKey(revoked) };
    },

    rotateApiKey: async ({ params }, context) => {
      const rotation = await apiKeys.rotateApiKey(params.id);
      if (rotation.outcome === 'unknown') throw notFound('API key');
      if (rotation.outcome === 'revoked') throw new DomainError('CONFLICT', 'This API key is revoked; create a new one instead');
      audit(context, 'rotated', rotation.created.record);
      return { status: 200, body: withSecret(rotation.created), headers: NO_STORE };
    },
  };
}
