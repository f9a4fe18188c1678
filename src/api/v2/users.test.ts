import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createV2TestKit, type V2TestKit } from '../../testing/v2.ts';

let kit: V2TestKit;
beforeAll(async () => {
  kit = await createV2TestKit();
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

const v1Id = (uuid: string) => `user_${uuid.replace(/-/g, '')}`;

describe('POST /api/v2/users', () => {
  it('answers 201 { id, name, token } and a Location; the token works at once', async () => {
    const res = await kit.call('POST', '/users', { body: { name: 'Grace Hopper', email: 'grace@example.com', password: 'a password of 12+', role: 'admin' } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Grace Hopper', token: expect.stringMatching(/^ut_/), tokenExpiresAt: expect.any(String) });
    expect(res.headers.location).toBe(`/api/v2/users/${body.id}`);
    const me = await kit.call('GET', `/users/${body.id}`, { auth: body.token });
    expect(me.json()).toMatchObject({ id: body.id, role: 'admin', active: true });
  });

  it('refuses a short password (400) and a taken email in any case (409)', async () => {
    const short = await kit.call('POST', '/users', { body: { name: 'A', email: 'a@example.com', password: 'elevenchars' } });
    expect([short.statusCode, short.headers['content-type'], short.json().errors]).toEqual([
      400,
      'application/problem+json; charset=utf-8',
      [{ field: 'body.password', message: 'must NOT have fewer than 12 characters' }],
    ]);
    const taken = await kit.call('POST', '/users', { body: { name: 'G', email: 'GRACE@example.com', password: 'a password of 12+' } });
    expect(taken.json()).toMatchObject({ status: 409, code: 'CONFLICT', type: 'https://api.example.com/problems/conflict', title: 'Conflict' });
  });

  it('creates profile and settings with the user', async () => {
    const user = await kit.createUser();
    const res = await kit.call('GET', `/users/${user.id}?include=profile,settings,permissions`);
    expect(res.json()).toMatchObject({
      profile: { bio: null, avatarUrl: null, location: null, website: null },
      settings: { theme: 'system', locale: 'en', timezone: 'UTC', emailNotifications: true },
      permissions: ['comments:write', 'posts:read', 'posts:write', 'profile:read', 'profile:write'],
    });
    const plain = await kit.call('GET', `/users/${user.id}`);
    expect(Object.keys(plain.json()).sort()).toEqual(['active', 'createdAt', 'email', 'id', 'name', 'role', 'updatedAt']);
  });

  it('permissions follow the role, from the database', async () => {
    const user = await kit.createUser();
    await kit.call('PATCH', `/users/${user.id}`, { body: { role: 'guest' } });
    expect((await kit.call('GET', `/users/${user.id}?include=permissions`)).json().permissions).toEqual(['posts:read']);
    await kit.db.prisma.rolePermission.create({ data: { role: 'guest', permission: 'comments:write' } });
    expect((await kit.call('GET', `/users/${user.id}?include=permissions`)).json().permissions).toEqual(['comments:write', 'posts:read']);
  });
});

describe('GET /api/v2/users', () => {
  it('pages with page and limit, answering total and pages', async () => {
    for (let i = 0; i < 5; i++) await kit.createUser();
    const { total } = (await kit.call('GET', '/users?limit=1')).json();
    const res = (await kit.call('GET', '/users?page=2&limit=2')).json();
    expect(res).toMatchObject({ total, page: 2, pages: Math.ceil(total / 2) });
    expect(res.users).toHaveLength(2);
    const past = (await kit.call('GET', `/users?page=${total + 1}&limit=1`)).json();
    expect(past).toMatchObject({ users: [], page: total + 1 });
  });

  it('filters by role, active and search text; sorts by name, email and created_at', async () => {
    const moderator = await kit.createUser({ name: 'Zed Moderator' });
    await kit.call('PATCH', `/users/${moderator.id}`, { body: { role: 'moderator' } });
    const byRole = (await kit.call('GET', '/users?role=moderator')).json();
    expect(byRole.users.map((u: { id: string }) => u.id)).toEqual([moderator.id]);
    const search = (await kit.call('GET', '/users?q=zed%20mod')).json();
    expect(search.users.map((u: { id: string }) => u.id)).toEqual([moderator.id]);
    const byEmail = (await kit.call('GET', `/users?q=${encodeURIComponent(moderator.email.toUpperCase())}`)).json();
    expect(byEmail.total).toBe(1);
    for (const sort of ['name', 'email', 'created_at']) {
      const asc = (await kit.call('GET', `/users?sort=${sort}&order=asc&limit=100`)).json().users.map((u: { id: string }) => u.id);
      const desc = (await kit.call('GET', `/users?sort=${sort}&order=desc&limit=100`)).json().users.map((u: { id: string }) => u.id);
      expect(desc).toEqual([...asc].reverse());
    }
    const names = (await kit.call('GET', '/users?sort=name&limit=100')).json().users.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('soft and hard delete', () => {
  it('a soft-deleted user is inactive, cannot log in, keeps its email, is visible to admins only, and gone from v1', async () => {
    const user = await kit.createUser();
    expect((await kit.call('DELETE', `/users/${user.id}`)).statusCode).toBe(204);

    const asAdmin = await kit.call('GET', `/users/${user.id}`);
    expect(asAdmin.json()).toMatchObject({ id: user.id, active: false });
    expect((await kit.call('GET', '/users?active=false&limit=100')).json().users.map((u: { id: string }) => u.id)).toContain(user.id);

    expect((await kit.call('GET', `/users/${user.id}`, { auth: kit.standardKey })).statusCode).toBe(404);
    expect((await kit.call('GET', '/users?active=false', { auth: kit.standardKey })).json().total).toBe(0);
    expect((await kit.call('GET', '/users?limit=100', { auth: kit.standardKey })).json().users.map((u: { id: string }) => u.id)).not.toContain(user.id);
    const v1 = await kit.app.inject({ url: `/v1/users/${v1Id(user.id)}`, headers: { authorization: `Bearer ${kit.adminKey}` } });
    expect(v1.statusCode).toBe(404);

    const login = await kit.call('POST', '/auth/token', { auth: null, body: { email: user.email, password: user.password } });
    expect([login.statusCode, login.json().code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const again = await kit.call('POST', '/users', { body: { name: 'Reuse', email: user.email, password: 'a password of 12+' } });
    expect(again.statusCode).toBe(409);
    expect((await kit.call('DELETE', `/users/${user.id}`)).statusCode).toBe(404);
  });

  it('a hard delete removes the user and everything it owns', async () => {
    const user = await kit.createUser();
    expect((await kit.call('DELETE', `/users/${user.id}?hard=true`)).statusCode).toBe(204);
    expect((await kit.call('GET', `/users/${user.id}`)).statusCode).toBe(404);
    const { prisma } = kit.db;
    const owned = await Promise.all([
      prisma.user.count({ where: { id: user.id } }),
      prisma.userProfile.count({ where: { userId: user.id } }),
      prisma.userSettings.count({ where: { userId: user.id } }),
      prisma.userToken.count({ where: { userId: user.id } }),
    ]);
    expect(owned).toEqual([0, 0, 0, 0]);
    const reuse = await kit.call('POST', '/users', { body: { name: 'Reuse', email: user.email, password: 'a password of 12+' } });
    expect(reuse.statusCode).toBe(201);
  });

  it('an admin can hard-delete a soft-deleted user', async () => {
    const user = await kit.createUser();
    await kit.call('DELETE', `/users/${user.id}`);
    expect((await kit.call('DELETE', `/users/${user.id}?hard=true`)).statusCode).toBe(204);
    expect(await kit.db.prisma.user.count({ where: { id: user.id } })).toBe(0);
  });
});

describe('auth tokens', () => {
  it('logs in (201 token with expiry) and out (204), after which the token is refused', async () => {
    const user = await kit.createUser();
    const login = await kit.call('POST', '/auth/token', { auth: null, body: { email: user.email.toUpperCase(), password: user.password } });
    expect(login.statusCode).toBe(201);
    expect(login.json()).toEqual({ token: expect.stringMatching(/^ut_/), tokenType: 'Bearer', expiresAt: expect.any(String), userId: user.id });
    expect(Date.parse(login.json().expiresAt)).toBeGreaterThan(Date.now());
    const token = login.json().token;
    expect((await kit.call('DELETE', '/auth/token', { auth: token })).statusCode).toBe(204);
    expect((await kit.call('GET', `/users/${user.id}`, { auth: token })).json().code).toBe('INVALID_TOKEN');
    expect((await kit.call('GET', `/users/${user.id}`, { auth: user.token })).statusCode).toBe(200);
  });

  it('a token is rate-limited per user, with the same headers as v1', async () => {
    const user = await kit.createUser();
    const res = await kit.call('GET', `/users/${user.id}`, { auth: user.token });
    expect(res.headers['x-ratelimit-limit']).toBe(String(kit.config.rateLimitPerMinute));
    expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
  });
});
