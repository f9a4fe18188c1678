import { createClient } from '../../generated/v2/client.ts';
import type { components } from '../../generated/v2/types.ts';
import type { ApiKeyService, ApiKeySummary } from '../../src/domain/credentials/api-keys.ts';

/** What the keys CLI does with keys: in the database, or through a running server. */
export type KeyStore = Pick<ApiKeyService, 'createApiKey' | 'listApiKeys' | 'revokeApiKey' | 'rotateApiKey'>;

type ApiKeyRecord = components['schemas']['ApiKey'];
type Problem = components['schemas']['Problem'];

const PAGE_SIZE = 100;

function toSummary(record: ApiKeyRecord): ApiKeySummary {
  const { revoked: _revoked, ...fields } = record;
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return { ...fields, createdAt: new Date(record.createdAt), revokedAt: date(record.revokedAt), lastUsedAt: date(record.lastUsedAt) };
}

/** Refusals of the server (401, 403, 409, ...) become errors naming its answer. */
export class ServerRefusedError extends Error {
  constructor(
    readonly status: number,
    problem: Problem | undefined,
  ) {
    super(`the server answered ${status}${problem ? ` ${problem.code}: ${problem.detail}` : ''}`);
    this.name = 'ServerRefusedError';
  }
}

function refused(response: Response, problem: unknown): ServerRefusedError {
  const isProblem = typeof problem === 'object' && problem !== null && 'code' in problem && 'detail' in problem;
  return new ServerRefusedError(response.status, isProblem ? (problem as Problem) : undefined);
}

/** The keys of a running server, through `/api/v2/api-keys`, with an admin credential. */
export function createHttpKeyStore(options: { serverUrl: string; adminKey: string }): KeyStore {
  const reach = async (request: Request): Promise<Response> => {
    try {
      return await fetch(request);
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new Error(`cannot reach the server at ${options.serverUrl} (${cause?.code ?? cause?.message ?? String(error)}); is it running? USERS_API_URL names another address`);
    }
  };
  const api = createClient({ baseUrl: options.serverUrl, headers: { Authorization: `Bearer ${options.adminKey}` }, fetch: reach });
  return {
    async createApiKey(input) {
      const { data, error, response } = await api.POST('/api-keys', { body: input });
      if (!data) throw refused(response, error);
      const { key, ...record } = data;
      return { key, record: toSummary({ ...record, revokedAt: null }) };
    },

    async listApiKeys() {
      const keys: ApiKeySummary[] = [];
      for (let page = 1; ; page++) {
        const { data, error, response } = await api.GET('/api-keys', { params: { query: { page, limit: PAGE_SIZE } } });
        if (!data) throw refused(response, error);
        keys.push(...data.apiKeys.map(toSummary));
        if (page >= data.pages) return keys;
      }
    },

    async revokeApiKey(id) {
      const { data, error, response } = await api.POST('/api-keys/{id}/revoke', { params: { path: { id } } });
      if (response.status === 404) return undefined;
      if (!data) throw refused(response, error);
      return toSummary(data);
    },

    async rotateApiKey(id) {
      const { data, error, response } = await api.POST('/api-keys/{id}/rotate', { params: { path: { id } } });
      if (response.status === 404) return { outcome: 'unknown' };
      if (response.status === 409) return { outcome: 'revoked' };
      if (!data) throw refused(response, error);
      const { key, ...record } = data;
      return { outcome: 'rotated', created: { key, record: toSummary({ ...record, revokedAt: null }) } };
    },
  };
}
