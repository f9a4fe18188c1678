import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ApiError, type Client } from '../../client/index.ts';
import { createV2TestKit, type V2TestKit } from '../../testing/v2.ts';

/** The calls the v2 spec describes, as a client makes them: through the SDK against a listening server. */
let kit: V2TestKit;
let baseUrl: string;
let admin: Client;
beforeAll(async () => {
  kit = await createV2TestKit();
  baseUrl = await kit.app.listen({ host: '127.0.0.1', port: 0 });
  admin = createClient({ baseUrl, apiKey: kit.adminKey });
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('expected an ApiError'), (error: unknown) => error as ApiError);

describe('/api/v2/users', () => {
  it('POST (admin API key) {name, email, password, role}: 201 {id, name, token}', async () => {
    const created = await admin.v2.users.create({ name: 'Ada Lovelace', email: 'ada@example.com', password: 'analytical engine', role: 'user' });
    expect(created).toMatchObject({ id: expect.any(String), name: 'Ada Lovelace', token: expect.stringMatching(/^ut_/) });
  });

  it('POST: 400 on validation errors, 409 when the email exists', async () => {
    expect(await failure(admin.v2.users.create({ name: 'Short', email: 'short@example.com', password: 'short' }))).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
    });
    expect(await failure(admin.v2.users.create({ name: 'Ada', email: 'ADA@example.com', password: 'analytical engine' }))).toMatchObject({
      status: 409,
      code: 'CONFLICT',
    });
  });

  it('GET ?page&limit&sort&order&role&active (API key): {users, total, page, pages}', async () => {
    await admin.v2.users.create({ name: 'Admin Person', email: 'boss@example.com', password: 'analytical engine', role: 'admin' });
    const list = await admin.v2.users.list({ page: 1, limit: 20, sort: 'name', order: 'asc', role: 'admin', active: true });
    expect(list).toEqual({ users: [expect.objectContaining({ email: 'boss@example.com', role: 'admin' })], total: 1, page: 1, pages: 1 });
  });

  it('GET /:id with include (bearer token or API key); 404 when the user does not exist', async () => {
    const created = await admin.v2.users.create({ name: 'Include Me', email: 'include@example.com', password: 'analytical engine' });
    const asSelf = createClient({ baseUrl, token: created.token });
    const user = await asSelf.v2.users.get(created.id, { include: ['profile', 'settings', 'permissions'] });
    expect(user).toMatchObject({ id: created.id, name: 'Include Me', email: 'include@example.com', profile: expect.any(Object), settings: expect.any(Object) });
    expect(user.permissions).toContain('profile:read');
    expect(await admin.v2.users.get(created.id)).toMatchObject({ id: created.id });
    expect(await failure(admin.v2.users.get('00000000-0000-4000-8000-000000000000'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('PATCH /:id (self or admin): 200; 403 without permission; 404 unknown', async () => {
    const created = await admin.v2.users.create({ name: 'Patch Me', email: 'patch@example.com', password: 'analytical engine' });
    const self = createClient({ baseUrl, token: created.token });
    expect(await self.v2.users.update(created.id, { name: 'Patched' })).toMatchObject({ name: 'Patched' });
    expect(await failure(self.v2.users.update(created.id, { role: 'admin' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await admin.v2.users.update(created.id, { role: 'moderator' })).toMatchObject({ role: 'moderator' });
    expect(await failure(admin.v2.users.update('00000000-0000-4000-8000-000000000000', { name: 'x' }))).toMatchObject({ status: 404 });
  });

  it('DELETE /:id?hard=false (admin): 204, soft; 403 for one\'s own account; 404 unknown', async () => {
    const created = await admin.v2.users.create({ name: 'Delete Me', email: 'delete@example.com', password: 'analytical engine', role: 'admin' });
    const self = createClient({ baseUrl, token: created.token });
    expect(await failure(self.v2.users.delete(created.id))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    await admin.v2.users.delete(created.id, { hard: false });
    expect(await admin.v2.users.get(created.id)).toMatchObject({ active: false });
    expect(await failure(admin.v2.users.delete('00000000-0000-4000-8000-000000000000'))).toMatchObject({ status: 404 });
  });
});

describe('/api/v2/auth', () => {
  it('logs in with email and password and logs out', async () => {
    await admin.v2.users.create({ name: 'Login', email: 'login@example.com', password: 'analytical engine' });
    const anonymous = createClient({ baseUrl });
    const token = await anonymous.v2.auth.login('login@example.com', 'analytical engine');
    expect(token).toMatchObject({ tokenType: 'Bearer', token: expect.stringMatching(/^ut_/) });
    const session = createClient({ baseUrl, token: token.token });
    expect(await session.v2.users.get(token.userId)).toMatchObject({ email: 'login@example.com' });
    await session.v2.auth.logout();
    expect(await failure(session.v2.users.get(token.userId))).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    expect(await failure(anonymous.v2.auth.login('login@example.com', 'wrong password'))).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
  });
});
