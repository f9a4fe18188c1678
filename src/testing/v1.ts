import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Config } from '../config.ts';
import { createApiKeyService } from '../domain/credentials/api-keys.ts';
import { createTestApp, type TestApp } from './app.ts';

export interface V1TestKit extends TestApp {
  adminKey: string;
  standardKey: string;
  /** A request to the v1 API, authenticated with the admin key unless `key` says otherwise (null: none). */
  call(method: InjectOptions['method'], url: string, options?: { key?: string | null; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  /** Every user row, for checking that a refused request changed nothing. */
  snapshot(): Promise<unknown[]>;
  createKey(role: 'admin' | 'standard', rateLimitPerMinute?: number): Promise<string>;
}

export async function createV1TestKit(overrides: Partial<Config> = {}): Promise<V1TestKit> {
  const testApp = await createTestApp(overrides);
  const keys = createApiKeyService(testApp.db.prisma, { defaultRateLimitPerMinute: testApp.config.rateLimitPerMinute });
  const createKey = async (role: 'admin' | 'standard', rateLimitPerMinute?: number) =>
    (await keys.createApiKey({ name: `${role} test key`, role, rateLimitPerMinute })).key;
  const adminKey = await createKey('admin', 100_000);
  const standardKey = await createKey('standard', 100_000);
  return {
    ...testApp,
    adminKey,
    standardKey,
    createKey,
    call: (method, url, options = {}) => {
      const key = options.key === undefined ? adminKey : options.key;
      return testApp.app.inject({
        method,
        url: `/v1${url}`,
        headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...options.headers },
        ...(options.body === undefined ? {} : typeof options.body === 'string' ? { payload: options.body } : { payload: options.body as object }),
      });
    },
    snapshot: () => testApp.db.prisma.user.findMany({ orderBy: { id: 'asc' }, include: { profile: true, settings: true } }),
  };
}
