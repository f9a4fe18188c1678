import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { bearerToken } from '../../src/http/credentials.ts';
import { registerRateLimit } from '../../src/http/rate-limit.ts';
import { MemoryRateLimitStore } from '../../src/http/memory-rate-limit-store.ts';
import { fromV1Id, toV1User, toV2User } from '../../src/representations/users.ts';
import { document as v2Document } from '../../generated/v2/document.ts';
import { apiKeyPrefix, hashApiKey, isApiKeyFormat, type ApiKeySummary } from '../../src/domain/credentials/api-keys.ts';
import type { User } from '../../src/domain/users/users.ts';
import { getUser, notFoundUser, plainFastify, requireApiKey, V1_PREFIX, v1ErrorHandling } from './plain-v1.ts';
import { routeSchemas, type OpenApiDocument } from './spec-schemas.ts';
import type { RawQuery } from './v1-database.ts';

/**
 * The database path's limit: `GET /v1/users/{id}` as in the plain app (same hooks, schemas, rate limit, mapping) and
 * `GET /api/v2/users/{id}` (schemas from the bundled v2 spec; an admin key, which sees deactivated users), with the
 * two queries a request makes (the API key by its prefix, then the user) sent as SQL straight to the driver instead of
 * through Prisma. `lastUsedAt` is not written (the Prisma path writes it at most once a minute). Only the successful
 * answers are faithful: errors all take the v1 format.
 */

const KEY_SQL =
  'SELECT id, name, role, prefix, rate_limit_per_minute, revoked_at, last_used_at, created_at, key_hash FROM api_keys WHERE prefix = $1';
const USER_COLUMNS = 'SELECT id, email, name, username, role, deleted_at, created_at, updated_at FROM users';
const USER_SQL = `${USER_COLUMNS} WHERE id = $1 AND deleted_at IS NULL LIMIT 1`;
/** v2 with an admin key: deactivated users too. */
const ANY_USER_SQL = `${USER_COLUMNS} WHERE id = $1 LIMIT 1`;
const V2_PREFIX = '/api/v2';

function sameHash(hexA: string, hexB: string): boolean {
  const a = Buffer.from(hexA, 'hex');
  const b = Buffer.from(hexB, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

const NO_MATCH_HASH = hashApiKey('ak_no-such-key');

async function verifyKey(query: RawQuery, presented: string): Promise<ApiKeySummary | 'unknown' | 'revoked'> {
  if (!isApiKeyFormat(presented)) return 'unknown';
  const row = (await query(KEY_SQL, [apiKeyPrefix(presented)]))[0];
  const matches = sameHash(hashApiKey(presented), (row?.key_hash as string | undefined) ?? NO_MATCH_HASH);
  if (!row || !matches) return 'unknown';
  if (row.revoked_at !== null) return 'revoked';
  return {
    id: row.id as string,
    name: row.name as string,
    role: row.role as ApiKeySummary['role'],
    prefix: row.prefix as string,
    rateLimitPerMinute: row.rate_limit_per_minute as number,
    revokedAt: null,
    lastUsedAt: row.last_used_at as Date | null,
    createdAt: row.created_at as Date,
  };
}

function toUser(row: Record<string, unknown>): User {
  return {
    id: row.id as string,
    email: row.email as string,
    name: row.name as string,
    username: row.username as string | null,
    role: row.role as User['role'],
    deletedAt: row.deleted_at as Date | null,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}

export async function rawPgApp(options: { query: RawQuery; rateLimitPerMinute: number }): Promise<FastifyInstance> {
  const { query } = options;
  const app = plainFastify();
  app.decorateRequest('credential', null);
  /** The shared hooks of a version's scope (credential, rate limit, v1 errors, a key required), then its routes. */
  const scoped = (prefix: string, routes: (scope: FastifyInstance) => void) =>
    app.register(
      async (scope) => {
        scope.addHook('onRequest', async (request) => {
          const token = bearerToken(request);
          if (token === undefined) request.credential = { kind: 'none' };
          else if (token.startsWith('ak_')) {
            const verified = await verifyKey(query, token);
            request.credential = typeof verified === 'string' ? { kind: 'invalidApiKey', reason: verified } : { kind: 'apiKey', key: verified };
          } else request.credential = { kind: 'other', token: token || undefined };
        });
        await registerRateLimit(scope, { defaultPerMinute: options.rateLimitPerMinute, nameSpace: `raw${prefix}:`, memoryStore: new MemoryRateLimitStore() });
        v1ErrorHandling(scope);
        scope.addHook('preValidation', requireApiKey);
        routes(scope);
      },
      { prefix },
    );
  await scoped(V1_PREFIX, (scope) =>
    scope.get(
      '/users/:id',
      { schema: getUser },
      async (request) => {
        const uuid = fromV1Id((request.params as { id: string }).id);
        if (!uuid) throw notFoundUser();
        const row = (await query(USER_SQL, [uuid]))[0];
        if (!row) throw notFoundUser();
        return toV1User(toUser(row));
      },
    ),
  );
  const v2Get = routeSchemas(v2Document as unknown as OpenApiDocument, '/users/{id}', 'get');
  await scoped(V2_PREFIX, (scope) =>
    scope.get('/users/:id', { schema: { params: v2Get.params, response: { 200: v2Get.response['200']! } } }, async (request) => {
      const row = (await query(ANY_USER_SQL, [(request.params as { id: string }).id]))[0];
      if (!row) throw notFoundUser();
      return toV2User(toUser(row));
    }),
  );
  return app;
}
