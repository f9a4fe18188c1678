import { routes as v1Routes } from '../../../generated/v1/routes.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createV1TestKit, type V1TestKit } from '../../testing/v1.ts';

let kit: V1TestKit;
beforeAll(async () => {
  kit = await createV1TestKit();
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

let counter = 0;
const unique = (name: string) => `${name}${++counter}`;
const newUser = (overrides: Record<string, unknown> = {}) => {
  const handle = unique('user');
  return { name: `User ${handle}`, email: `${handle}@example.com`, password: 'correct horse', ...overrides };
};

async function create(overrides: Record<string, unknown> = {}) {
  const res = await kit.call('POST', '/users', { body: newUser(overrides) });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; name: string; email: string; username: string | null; role: string };
}

describe('POST /v1/users', () => {
  it('creates a user: 201, Location, the v1 representation, no password', async () => {
    const res = await kit.call('POST', '/users', { body: { name: 'Alice Smith', email: 'Alice.Smith@example.com', password: 'a-long-secret' } });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toEqual({
      id: expect.stringMatching(/^user_[0-9a-f]{32}$/),
      name: 'Alice Smith',
      username: null,
      email: 'Alice.Smith@example.com',
      role: 'user',
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
    });
    expect(res.headers.location).toBe(`/v1/users/${user.id}`);
    expect(res.body).not.toMatch(/password|argon2/i);
  });

  it('stores the password as an argon2id hash (OWASP parameters)', async () => {
    const user = await create({ password: 'a-long-secret' });
    const row = await kit.db.prisma.user.findUniqueOrThrow({ where: { id: user.id.slice(5).replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-') } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('accepts a username alone (name defaults to it) and generates a password when none is given', async () => {
    const username = unique('jdoe');
    const res = await kit.call('POST', '/users', { body: { username, email: `${username}@example.com` } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: username, username });
  });

  it('gives 409 for an email taken in another case, and for a taken username', async () => {
    const user = await create({ username: unique('taken') });
    const email = await kit.call('POST', '/users', { body: newUser({ email: user.email.toUpperCase() }) });
    expect([email.statusCode, email.json().error.code]).toEqual([409, 'CONFLICT']);
    expect(email.json().error.details).toEqual([{ field: 'body.email', message: 'is already taken' }]);
    const username = await kit.call('POST', '/users', { body: newUser({ username: user.username!.toUpperCase() }) });
    expect([username.statusCode, username.json().error.details[0].field]).toEqual([409, 'body.username']);
  });

  it('lets only one of concurrent creates with the same email succeed', async () => {
    const email = `${unique('race')}@example.com`;
    const results = await Promise.all(Array.from({ length: 5 }, () => kit.call('POST', '/users', { body: newUser({ email }) })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('needs an admin key for any role but user', async () => {
    const refused = await kit.call('POST', '/users', { key: kit.standardKey, body: newUser({ role: 'moderator' }) });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const plain = await kit.call('POST', '/users', { key: kit.standardKey, body: newUser({ role: 'user' }) });
    expect(plain.statusCode).toBe(201);
    const admin = await kit.call('POST', '/users', { body: newUser({ role: 'moderator' }) });
    expect(admin.json().role).toBe('moderator');
  });
});

describe('GET /v1/users/{id}', () => {
  it('returns the user', async () => {
    const user = await create();
    const res = await kit.call('GET', `/users/${user.id}`);
    expect([res.statusCode, res.json()]).toEqual([200, expect.objectContaining({ id: user.id, email: user.email })]);
  });

  it('gives 404 for unknown and malformed ids alike', async () => {
    for (const id of ['user_00000000000000000000000000000000', 'user_123', 'abc', '5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30', 'user_5F0C9D2A3B7E4C1F8A6D2E9B4F7C1A30']) {
      const res = await kit.call('GET', `/users/${id}`);
      expect([res.statusCode, res.json().error.code], id).toEqual([404, 'NOT_FOUND']);
    }
  });

  it('does not show soft-deleted users', async () => {
    const user = await create();
    await kit.db.prisma.user.updateMany({ where: { email: user.email }, data: { deletedAt: new Date() } });
    expect((await kit.call('GET', `/users/${user.id}`)).statusCode).toBe(404);
    expect((await kit.call('PUT', `/users/${user.id}`, { body: { name: 'x' } })).statusCode).toBe(404);
    expect((await kit.call('DELETE', `/users/${user.id}`)).statusCode).toBe(404);
  });
});

describe('PUT /v1/users/{id}', () => {
  it('changes only the fields given', async () => {
    const user = await create({ username: unique('before') });
    const res = await kit.call('PUT', `/users/${user.id}`, { body: { name: 'Alice Wonderland' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, name: 'Alice Wonderland', email: user.email, username: user.username });
    expect(Date.parse(res.json().updatedAt)).toBeGreaterThan(Date.parse(res.json().createdAt) - 1);
  });

  it('needs an admin key to change a role', async () => {
    const user = await create();
    const refused = await kit.call('PUT', `/users/${user.id}`, { key: kit.standardKey, body: { role: 'admin' } });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await kit.call('GET', `/users/${user.id}`)).json().role).toBe('user');
    const allowed = await kit.call('PUT', `/users/${user.id}`, { body: { role: 'moderator' } });
    expect(allowed.json().role).toBe('moderator');
  });

  it('gives 409 when the new email belongs to another user', async () => {
    const [a, b] = [await create(), await create()];
    const res = await kit.call('PUT', `/users/${a.id}`, { body: { email: b.email.toUpperCase() } });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'CONFLICT']);
  });
});

describe('DELETE /v1/users/{id}', () => {
  it('deletes permanently: 204, then 404, and the row is gone', async () => {
    const user = await create();
    const res = await kit.call('DELETE', `/users/${user.id}`);
    expect([res.statusCode, res.body]).toEqual([204, '']);
    expect((await kit.call('GET', `/users/${user.id}`)).statusCode).toBe(404);
    expect(await kit.db.prisma.user.count({ where: { email: user.email } })).toBe(0);
    expect((await kit.call('DELETE', `/users/${user.id}`)).statusCode).toBe(404);
  });
});

describe('GET /v1/users', () => {
  it('pages with limit and offset, and with the page alias', async () => {
    for (let i = 0; i < 5; i++) await create();
    const total = (await kit.call('GET', '/users?limit=1')).json().pagination.total;
    const page = await kit.call('GET', '/users?limit=2&offset=2');
    expect(page.json().pagination).toEqual({ limit: 2, offset: 2, total });
    expect(page.json().data).toHaveLength(2);
    const alias = await kit.call('GET', '/users?limit=2&page=2');
    expect(alias.json()).toEqual(page.json());
  });

  it('sorts by each field in both directions, ties broken by id, and accepts sort/order aliases', async () => {
    for (const sortBy of ['createdAt', 'name', 'username', 'email'] as const) {
      const asc = (await kit.call('GET', `/users?limit=100&sortBy=${sortBy}&sortOrder=asc`)).json().data as Record<string, string>[];
      const desc = (await kit.call('GET', `/users?limit=100&sortBy=${sortBy}&sortOrder=desc`)).json().data as Record<string, string>[];
      expect(desc.map((u) => u.id)).toEqual([...asc].reverse().map((u) => u.id));
    }
    const byName = (await kit.call('GET', '/users?limit=100&sortBy=name&sortOrder=desc')).json();
    expect((await kit.call('GET', '/users?limit=100&sort=name&order=desc')).json()).toEqual(byName);
    const byCreated = (await kit.call('GET', '/users?limit=100&sortBy=createdAt')).json();
    expect((await kit.call('GET', '/users?limit=100&sort=created_at')).json()).toEqual(byCreated);
  });

  it('defaults to 20 users, oldest first', async () => {
    for (let i = 0; i < 21; i++) await create();
    const res = (await kit.call('GET', '/users')).json();
    expect(res.pagination).toMatchObject({ limit: 20, offset: 0 });
    expect(res.data).toHaveLength(20);
    const created = res.data.map((u: { createdAt: string }) => u.createdAt);
    expect(created).toEqual([...created].sort());
  });
});

describe('API keys', () => {
  it('tells a caller with a user token (a v2 credential) that every operation needs an API key', async () => {
    const issued = await kit.app.inject({
      method: 'POST',
      url: '/api/v2/users',
      headers: { authorization: `Bearer ${kit.adminKey}` },
      payload: { name: 'Token Holder', email: `token.holder.${Date.now()}@example.com`, password: 'a password of 12+' },
    });
    const { token } = issued.json() as { token: string };
    for (const route of v1Routes) {
      const url = route.path.replace('{id}', 'user_00000000000040008000000000000000');
      const res = await kit.call(route.method as 'GET', url, { key: token, ...(route.body ? { body: { name: 'x' } } : {}) });
      expect([res.statusCode, res.json().error.code], route.operationId).toEqual([401, 'INVALID_API_KEY']);
      expect(res.json().error.message, route.operationId).toMatch(/^This operation needs an API key \(ak_\.\.\.\): version 1 does not take user tokens/);
    }
  });

  it('answers a missing key with 401 UNAUTHORIZED and a wrong or revoked one with 401 INVALID_API_KEY', async () => {
    const missing = await kit.call('GET', '/users', { key: null });
    expect([missing.statusCode, missing.json().error.code]).toEqual([401, 'UNAUTHORIZED']);
    const wrong = await kit.call('GET', '/users', { key: `ak_${'x'.repeat(43)}` });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'INVALID_API_KEY']);
    const token = await kit.call('GET', '/users', { key: 'ut_not-an-api-key' });
    expect([token.statusCode, token.json().error.code]).toEqual([401, 'INVALID_API_KEY']);
    const key = await kit.createKey('standard');
    const prefix = key.slice(0, 12);
    await kit.db.prisma.apiKey.update({ where: { prefix }, data: { revokedAt: new Date() } });
    const revoked = await kit.call('GET', '/users', { key });
    expect([revoked.statusCode, revoked.json().error]).toEqual([401, { code: 'INVALID_API_KEY', message: 'This API key has been revoked' }]);
  });

  it('answers an unknown path with 404 and a wrong method with 405 in the v1 format', async () => {
    const unknown = await kit.call('GET', '/accounts');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const wrong = await kit.call('PATCH', '/users/user_00000000000000000000000000000000');
    expect([wrong.statusCode, wrong.json().error.code, wrong.headers.allow]).toEqual([405, 'METHOD_NOT_ALLOWED', 'DELETE, GET, HEAD, PUT']);
  });
});
