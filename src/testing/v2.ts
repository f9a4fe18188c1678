import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AppOptions } from '../app.ts';
import type { Config } from '../config.ts';
import { createApiKeyService } from '../domain/credentials/api-keys.ts';
import { createTestApp, type TestApp } from './app.ts';

export interface CreatedTestUser {
  id: string;
  name: string;
  email: string;
  password: string;
  token: string;
}

export interface V2TestKit extends TestApp {
  adminKey: string;
  standardKey: string;
  /** A request to the v2 API with the given bearer credential (admin key by default; null: none). */
  call(
    method: InjectOptions['method'],
    url: string,
    options?: { auth?: string | null; body?: unknown; headers?: Record<string, string>; remoteAddress?: string },
  ): Promise<LightMyRequestResponse>;
  /** A user created through the API (admin key), with the token the API issued for it. */
  createUser(overrides?: { role?: 'user' | 'admin'; name?: string; email?: string; password?: string }): Promise<CreatedTestUser>;
}

let counter = 0;

export async function createV2TestKit(overrides: Partial<Config> = {}, options: Pick<AppOptions, 'logger'> = {}): Promise<V2TestKit> {
  const testApp = await createTestApp(overrides, options);
  const keys = createApiKeyService(testApp.db.prisma, { defaultRateLimitPerMinute: testApp.config.rateLimitPerMinute });
  const adminKey = (await keys.createApiKey({ name: 'admin test key', role: 'admin', rateLimitPerMinute: 100_000 })).key;
  const standardKey = (await keys.createApiKey({ name: 'standard test key', role: 'standard', rateLimitPerMinute: 100_000 })).key;
  const call: V2TestKit['call'] = (method, url, options = {}) => {
    const auth = options.auth === undefined ? adminKey : options.auth;
    return testApp.app.inject({
      method,
      url: `/api/v2${url}`,
      headers: { ...(auth ? { authorization: `Bearer ${auth}` } : {}), ...options.headers },
      ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
      ...(options.body === undefined ? {} : typeof options.body === 'string' ? { payload: options.body } : { payload: options.body as object }),
    });
  };
  return {
    ...testApp,
    adminKey,
    standardKey,
    call,
    createUser: async (user = {}) => {
      const n = ++counter;
      const body = { name: `Person ${n}`, email: `person${n}.${Date.now()}@example.com`, password: 'a password of 12+', ...user };
      const res = await call('POST', '/users', { body });
      if (res.statusCode !== 201) throw new Error(`creating a test user failed: ${res.statusCode} ${res.body}`);
      const created = res.json() as { id: string; name: string; token: string };
      return { ...created, email: body.email, password: body.password };
    },
  };
}
