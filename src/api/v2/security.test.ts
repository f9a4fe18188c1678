import { routes as v2Routes } from '../../../generated/v2/routes.ts';
import argon2 from 'argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createV2TestKit, type CreatedTestUser, type V2TestKit } from '../../testing/v2.ts';

/** OWASP API Top 10 where it applies: object- and function-level authorization, authentication, mass assignment. */
let kit: V2TestKit;
let alice: CreatedTestUser;
let bob: CreatedTestUser;
const bodies: string[] = [];
beforeAll(async () => {
  kit = await createV2TestKit();
  const call = kit.call;
  kit.call = async (...args) => {
    const res = await call(...args);
    bodies.push(res.body);
    return res;
  };
  alice = await kit.createUser();
  bob = await kit.createUser();
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

const code = (res: { json(): { code: string } }) => res.json().code;

describe('object-level authorization', () => {
  it("user A's token on user B's id: GET 404, PATCH 403, DELETE 403", async () => {
    const get = await kit.call('GET', `/users/${bob.id}`, { auth: alice.token });
    expect([get.statusCode, code(get)]).toEqual([404, 'NOT_FOUND']);
    const patch = await kit.call('PATCH', `/users/${bob.id}`, { auth: alice.token, body: { name: 'Hacked' } });
    expect([patch.statusCode, code(patch)]).toEqual([403, 'FORBIDDEN']);
    const del = await kit.call('DELETE', `/users/${bob.id}`, { auth: alice.token });
    expect([del.statusCode, code(del)]).toEqual([403, 'FORBIDDEN']);
    expect((await kit.call('GET', `/users/${bob.id}`)).json()).toMatchObject({ name: bob.name, active: true });
  });

  it('a user token reads and changes its own user', async () => {
    const get = await kit.call('GET', `/users/${alice.id}`, { auth: alice.token });
    expect([get.statusCode, get.json().id]).toEqual([200, alice.id]);
    const patch = await kit.call('PATCH', `/users/${alice.id}`, { auth: alice.token, body: { name: 'Alice Renamed' } });
    expect([patch.statusCode, patch.json().name]).toEqual([200, 'Alice Renamed']);
  });
});

describe('function-level authorization', () => {
  it('a standard API key creating a user: 403', async () => {
    const res = await kit.call('POST', '/users', { auth: kit.standardKey, body: { name: 'X', email: 'x@example.com', password: 'a password of 12+' } });
    expect([res.statusCode, code(res)]).toEqual([403, 'FORBIDDEN']);
  });

  it('a user token listing users: 401 (API keys only)', async () => {
    const res = await kit.call('GET', '/users', { auth: alice.token });
    expect([res.statusCode, code(res)]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('self-promotion to admin through PATCH: 403, and the role stays', async () => {
    const res = await kit.call('PATCH', `/users/${alice.id}`, { auth: alice.token, body: { role: 'admin' } });
    expect([res.statusCode, code(res)]).toEqual([403, 'FORBIDDEN']);
    expect((await kit.call('GET', `/users/${alice.id}`)).json().role).toBe('user');
  });

  it('a standard API key changing a user: 403; deleting one: 403', async () => {
    expect((await kit.call('PATCH', `/users/${bob.id}`, { auth: kit.standardKey, body: { name: 'n' } })).statusCode).toBe(403);
    expect((await kit.call('DELETE', `/users/${bob.id}`, { auth: kit.standardKey })).statusCode).toBe(403);
  });

  it('an admin user deleting its own account: 403', async () => {
    const admin = await kit.createUser({ role: 'admin' });
    const res = await kit.call('DELETE', `/users/${admin.id}`, { auth: admin.token });
    expect([res.statusCode, code(res)]).toEqual([403, 'FORBIDDEN']);
    const other = await kit.createUser();
    expect((await kit.call('DELETE', `/users/${other.id}`, { auth: admin.token })).statusCode).toBe(204);
  });

  it('webhook management needs an admin', async () => {
    expect((await kit.call('GET', '/webhooks', { auth: kit.standardKey })).statusCode).toBe(403);
    expect((await kit.call('GET', '/webhooks', { auth: alice.token })).statusCode).toBe(401);
  });
});

describe('a valid credential of the wrong kind', () => {
  const acceptedBy = (route: (typeof v2Routes)[number]) => new Set(route.security.flatMap((requirement) => Object.keys(requirement)));
  const request = (route: (typeof v2Routes)[number], auth: string) =>
    kit.call(route.method as 'GET', route.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'), { auth, ...(route.body ? { body: {} } : {}) });

  it('is told that the operation needs the other kind, for every operation that takes one kind only', async () => {
    const apiKeyOnly = v2Routes.filter((route) => acceptedBy(route).has('apiKey') && !acceptedBy(route).has('userToken'));
    const tokenOnly = v2Routes.filter((route) => acceptedBy(route).has('userToken') && !acceptedBy(route).has('apiKey'));
    expect(apiKeyOnly.length).toBeGreaterThan(0);
    expect(tokenOnly.length).toBeGreaterThan(0);
    for (const route of apiKeyOnly) {
      const res = await request(route, alice.token);
      expect([res.statusCode, code(res)], route.operationId).toEqual([401, 'UNAUTHORIZED']);
      expect(res.json().detail, route.operationId).toBe('This operation needs an API key (ak_...); the request sent a user token');
    }
    for (const route of tokenOnly) {
      const res = await request(route, kit.standardKey);
      expect([res.statusCode, code(res)], route.operationId).toEqual([401, 'UNAUTHORIZED']);
      expect(res.json().detail, route.operationId).toBe('This operation needs a user token (ut_...); the request sent an API key');
    }
  });

  it('without a credential, the answer asks for one', async () => {
    const res = await kit.call('GET', '/users', { auth: null });
    expect([res.statusCode, code(res)]).toEqual([401, 'UNAUTHORIZED']);
    expect(res.json().detail).toMatch(/^Authentication is required/);
  });
});

describe('mass assignment and input bounds', () => {
  it('unknown body fields: 400 naming them', async () => {
    const res = await kit.call('PATCH', `/users/${alice.id}`, { auth: alice.token, body: { name: 'n', active: false, passwordHash: 'x' } });
    expect([res.statusCode, code(res)]).toEqual([400, 'INVALID_INPUT']);
    expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.active', 'body.passwordHash']);
  });

  it('limit=100000: 400', async () => {
    const res = await kit.call('GET', '/users?limit=100000');
    expect([res.statusCode, code(res), res.json().errors[0].field]).toEqual([400, 'INVALID_INPUT', 'query.limit']);
  });

  it('an unknown include: 400', async () => {
    const res = await kit.call('GET', `/users/${alice.id}?include=profile,secrets`);
    expect([res.statusCode, res.json().errors[0].field]).toEqual([400, 'query.include.1']);
  });
});

describe('tokens', () => {
  it('expired, revoked and deleted users\' tokens: 401 INVALID_TOKEN', async () => {
    const expired = await kit.createUser();
    await kit.db.prisma.userToken.updateMany({ where: { userId: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await kit.createUser();
    expect((await kit.call('DELETE', '/auth/token', { auth: revoked.token })).statusCode).toBe(204);
    const softDeleted = await kit.createUser();
    expect((await kit.call('DELETE', `/users/${softDeleted.id}`)).statusCode).toBe(204);
    const hardDeleted = await kit.createUser();
    expect((await kit.call('DELETE', `/users/${hardDeleted.id}?hard=true`)).statusCode).toBe(204);
    for (const [name, token] of [['expired', expired.token], ['revoked', revoked.token], ['soft-deleted', softDeleted.token], ['hard-deleted', hardDeleted.token]]) {
      const res = await kit.call('GET', `/users/${alice.id}`, { auth: token });
      expect([res.statusCode, code(res)], name).toEqual([401, 'INVALID_TOKEN']);
    }
  });

  it('a made-up token: 401 INVALID_TOKEN; a made-up API key: 401 INVALID_API_KEY; nothing: 401 UNAUTHORIZED', async () => {
    const token = await kit.call('GET', `/users/${alice.id}`, { auth: `ut_${'a'.repeat(43)}` });
    expect(code(token)).toBe('INVALID_TOKEN');
    const key = await kit.call('GET', '/users', { auth: `ak_${'a'.repeat(43)}` });
    expect(code(key)).toBe('INVALID_API_KEY');
    const none = await kit.call('GET', '/users', { auth: null });
    expect([none.statusCode, code(none)]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('unknown email and wrong password give the same answer after the same work: one argon2id verification of the same cost', async () => {
    const verify = vi.spyOn(argon2, 'verify');
    const attempt = async (email: string, password: string) => {
      verify.mockClear();
      const res = await kit.call('POST', '/auth/token', { auth: null, body: { email, password }, remoteAddress: '10.0.0.7' });
      // the hash verified, without its salt and digest: algorithm, version and cost parameters
      return { res, verified: verify.mock.calls.map(([hash]) => hash.split('$').slice(0, 4).join('$')) };
    };
    try {
      const unknown = await attempt('nobody@example.com', 'whatever password');
      const wrong = await attempt(bob.email, 'not his password');
      expect([unknown.res.statusCode, unknown.res.json()]).toEqual([wrong.res.statusCode, { ...wrong.res.json() }]);
      expect(wrong.res.json()).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
      expect(wrong.verified).toEqual(['$argon2id$v=19$m=19456,p=1,t=2']);
      expect(unknown.verified).toEqual(wrong.verified);
    } finally {
      verify.mockRestore();
    }
  });

  it('login attempts are limited per email address', async () => {
    const target = await kit.createUser();
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      const res = await kit.call('POST', '/auth/token', { auth: null, body: { email: target.email, password: 'wrong' }, remoteAddress: `10.1.0.${i}` });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
  });

  it('no response ever contains a password hash or a token other than the one just issued', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await kit.call('POST', '/auth/token', { auth: null, body: { email: alice.email, password: alice.password } })).statusCode).toBe(201);
      const email = `issued${i}@example.com`;
      expect((await kit.call('POST', '/users', { body: { name: 'Issued', email, password: 'a password of 12+' } })).statusCode).toBe(201);
    }
    let issuing = 0;
    for (const body of bodies) {
      expect(body).not.toMatch(/\$argon2/);
      const tokens = body.match(/ut_[A-Za-z0-9_-]{43}/g) ?? [];
      if (tokens.length === 0) continue;
      issuing += 1;
      // the only token a body may hold is the one it issues, as its own `token` field
      expect(tokens).toEqual([(JSON.parse(body) as { token: string }).token]);
    }
    expect(issuing).toBeGreaterThan(5);
    expect(bodies.length).toBeGreaterThan(20);
  });
});
