import type { InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlTestKit, type GraphqlTestKit } from '../graphql/testing/kit.ts';
import { document } from '../../generated/v2/document.ts';

let kit: GraphqlTestKit;
let userId: string;
let webhookId: string;
beforeAll(async () => {
  kit = await createGraphqlTestKit({ webhookAllowPrivateTargets: true });
  userId = (await kit.createUser()).id;
  const webhook = await kit.call('POST', '/webhooks', { body: { url: 'http://127.0.0.1:9/hook', events: ['user.created'] } });
  webhookId = webhook.json().id;
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

const withKey = (options: InjectOptions): InjectOptions => ({ ...options, headers: { authorization: `Bearer ${kit.adminKey}`, ...options.headers } });

/** One request of every kind the server answers: each API, its errors, the documents, the probes. */
const REQUESTS: [string, () => InjectOptions][] = [
  ['v1 list', () => withKey({ method: 'GET', url: '/v1/users' })],
  ['v1 validation error', () => withKey({ method: 'GET', url: '/v1/users?limit=0' })],
  ['v1 without a key', () => ({ method: 'GET', url: '/v1/users' })],
  ['v1 unknown path', () => ({ method: 'GET', url: '/v1/nothing' })],
  ['v1 405', () => ({ method: 'PATCH', url: '/v1/users' })],
  ['v2 read', () => withKey({ method: 'GET', url: `/api/v2/users/${userId}` })],
  ['v2 delete (204)', () => withKey({ method: 'DELETE', url: `/api/v2/webhooks/${webhookId}` })],
  ['v2 not found', () => withKey({ method: 'GET', url: '/api/v2/users/00000000-0000-4000-8000-000000000000' })],
  ['v2 bad JSON', () => withKey({ method: 'POST', url: '/api/v2/users', headers: { 'content-type': 'application/json' }, payload: '{' })],
  ['GraphQL query', () => withKey({ method: 'POST', url: '/graphql', payload: { query: '{ posts(first: 1) { id } }' } })],
  ['GraphQL error', () => ({ method: 'POST', url: '/graphql', payload: { query: '{' } })],
  ['GraphQL 405', () => ({ method: 'DELETE', url: '/graphql' })],
  ['GraphiQL', () => ({ method: 'GET', url: '/graphiql' })],
  ['docs', () => ({ method: 'GET', url: '/docs' })],
  ['docs asset', () => ({ method: 'GET', url: '/docs/static/swagger-ui.css' })],
  ['docs unknown asset', () => ({ method: 'GET', url: '/docs/static/nothing.js' })],
  ['spec JSON', () => ({ method: 'GET', url: '/openapi/v1.json' })],
  ['spec YAML', () => ({ method: 'GET', url: '/openapi/v2.yaml' })],
  ['healthz', () => ({ method: 'GET', url: '/healthz' })],
  ['readyz', () => ({ method: 'GET', url: '/readyz' })],
  ['unknown root path', () => ({ method: 'GET', url: '/nothing' })],
];

interface SpecDocument {
  paths: Record<string, unknown>;
  components: { headers: Record<string, { schema: unknown }> };
}
const v2Document = document as unknown as SpecDocument;

describe('every response carries X-Content-Type-Options: nosniff', () => {
  it.each(REQUESTS)('%s', async (_name, request) => {
    const response = await kit.app.inject(request());
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the specs declare it on every response of every operation, as a constant the framework sets', () => {
    const undeclared: string[] = [];
    for (const [path, item] of Object.entries(v2Document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, { responses?: Record<string, unknown> }>)) {
        for (const status of Object.keys(operation.responses ?? {})) {
          const response = resolve(operation.responses![status]) as { headers?: Record<string, unknown> };
          if (!response.headers?.['X-Content-Type-Options']) undeclared.push(`${method} ${path} ${status}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
    expect(v2Document.components.headers['X-Content-Type-Options']?.schema).toEqual({ const: 'nosniff' });
  });
});

function resolve(value: unknown): unknown {
  const ref = (value as { $ref?: string }).$ref;
  if (!ref) return value;
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], v2Document);
}

describe('responses that carry a credential or a secret carry Cache-Control: no-store', () => {
  it('creating a user (its token)', async () => {
    const response = await kit.call('POST', '/users', { body: { name: 'Cache', email: `cache.${Date.now()}@example.com`, password: 'a password of 12+' } });
    expect([response.statusCode, response.headers['cache-control']]).toEqual([201, 'no-store']);
    expect(response.json().token).toMatch(/^ut_/);
  });

  it('logging in (the token)', async () => {
    const user = await kit.createUser();
    const response = await kit.call('POST', '/auth/token', { auth: null, body: { email: user.email, password: user.password } });
    expect([response.statusCode, response.headers['cache-control']]).toEqual([201, 'no-store']);
  });

  it('creating a webhook endpoint (its secret), and rotating the secret', async () => {
    const created = await kit.call('POST', '/webhooks', { body: { url: 'http://127.0.0.1:9/other', events: ['user.deleted'] } });
    expect([created.statusCode, created.headers['cache-control']]).toEqual([201, 'no-store']);
    expect(created.json().secret).toMatch(/^whsec_/);
    const rotated = await kit.call('PATCH', `/webhooks/${created.json().id}`, { body: { rotateSecret: true } });
    expect([rotated.statusCode, rotated.headers['cache-control']]).toEqual([200, 'no-store']);
  });

  it('not on responses without one', async () => {
    for (const response of [await kit.call('GET', `/users/${userId}`), await kit.call('GET', '/webhooks'), await kit.app.inject(withKey({ method: 'GET', url: '/v1/users' }))]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBeUndefined();
    }
  });

  it('is declared on exactly those responses in the spec', () => {
    const declared: string[] = [];
    for (const [path, item] of Object.entries(v2Document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, { responses?: Record<string, unknown> }>)) {
        for (const [status, raw] of Object.entries(operation.responses ?? {})) {
          const headers = (resolve(raw) as { headers?: Record<string, unknown> }).headers ?? {};
          if (headers['Cache-Control']) declared.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(declared.sort()).toEqual([
      'PATCH /webhooks/{id} 200',
      'POST /api-keys 201',
      'POST /api-keys/{id}/rotate 200',
      'POST /auth/token 201',
      'POST /users 201',
      'POST /webhooks 201',
    ]);
  });
});

describe('every 401 carries its WWW-Authenticate challenge (RFC 9110 §11.6.1, RFC 6750 §3)', () => {
  const unknownKey = `ak_${'u'.repeat(40)}`;
  it.each([
    ['v1 without a credential', '/v1/users', undefined, 'Bearer'],
    ['v1 with an unknown key', '/v1/users', `Bearer ${unknownKey}`, 'Bearer error="invalid_token"'],
    ['v1 with a user token', '/v1/users', 'Bearer ut_abc', 'Bearer error="invalid_token"'],
    ['v1 with another scheme', '/v1/users', 'Basic YTpi', 'Bearer error="invalid_token"'],
    ['v2 without a credential', '/api/v2/users', undefined, 'Bearer'],
    ['v2 with an unknown key', '/api/v2/users', `Bearer ${unknownKey}`, 'Bearer error="invalid_token"'],
    ['v2 with an unknown user token', `/api/v2/users/00000000-0000-4000-8000-000000000000`, 'Bearer ut_unknown', 'Bearer error="invalid_token"'],
  ])('%s', async (_name, url, authorization, challenge) => {
    const response = await kit.app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });
    expect([response.statusCode, response.headers['www-authenticate']]).toEqual([401, challenge]);
  });

  it('a failed login', async () => {
    const response = await kit.call('POST', '/auth/token', { auth: null, body: { email: 'nobody@example.com', password: 'not the password' } });
    expect([response.statusCode, response.headers['www-authenticate']]).toEqual([401, 'Bearer']);
  });

  it('the specs declare it on every 401', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(v2Document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, { responses?: Record<string, unknown> }>)) {
        const unauthorized = operation.responses?.['401'];
        if (unauthorized && !(resolve(unauthorized) as { headers?: Record<string, unknown> }).headers?.['WWW-Authenticate']) missing.push(`${method} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
