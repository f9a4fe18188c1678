import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../logger.ts';
import { createV2TestKit, type CreatedTestUser, type V2TestKit } from '../../testing/v2.ts';

let kit: V2TestKit;
let member: CreatedTestUser;
let adminUser: CreatedTestUser;
beforeAll(async () => {
  kit = await createV2TestKit();
  [member, adminUser] = [await kit.createUser(), await kit.createUser({ role: 'admin' })];
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

interface ApiKeyBody {
  id: string;
  name: string;
  role: string;
  prefix: string;
  rateLimitPerMinute: number;
  revoked: boolean;
  revokedAt: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  key?: string;
}

const code = (res: { json(): { code: string } }) => res.json().code;

async function createKey(body: object = { name: 'reporting job' }, auth?: string): Promise<ApiKeyBody & { key: string }> {
  const res = await kit.call('POST', '/api-keys', { body, ...(auth ? { auth } : {}) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A request any API key may make: tells whether a key works. */
const statusWith = async (key: string) => (await kit.call('GET', '/users?limit=1', { auth: key })).statusCode;

describe('POST /api-keys', () => {
  it('answers the key once, uncached, with a Location; the key works at once', async () => {
    const res = await kit.call('POST', '/api-keys', { body: { name: 'deploy pipeline', role: 'admin', rateLimitPerMinute: 600 } });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json() as ApiKeyBody;
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'deploy pipeline',
      role: 'admin',
      prefix: body.key!.slice(0, 12),
      rateLimitPerMinute: 600,
      revoked: false,
      revokedAt: null,
      createdAt: expect.any(String),
      lastUsedAt: null,
      key: expect.stringMatching(/^ak_[A-Za-z0-9_-]{43}$/),
    });
    expect(res.headers.location).toBe(`/api/v2/api-keys/${body.id}`);
    expect(await statusWith(body.key!)).toBe(200);
    // lastUsedAt is written off the request path
    await vi.waitFor(async () => {
      const got = (await kit.call('GET', `/api-keys/${body.id}`)).json() as ApiKeyBody;
      expect(got).not.toHaveProperty('key');
      expect(got.lastUsedAt).not.toBeNull();
    });
  });

  it('makes a standard key with the default rate limit when only a name is given', async () => {
    const created = await createKey({ name: '  trimmed name  ' });
    expect(created).toMatchObject({ name: 'trimmed name', role: 'standard', rateLimitPerMinute: kit.config.rateLimitPerMinute });
  });

  it('may be called with the token of an admin user', async () => {
    expect((await createKey({ name: 'made by an admin user' }, adminUser.token)).role).toBe('standard');
  });

  it.each([
    ['no name', {}, 'body.name'],
    ['a blank name', { name: '   ' }, 'body.name'],
    ['a name of 101 characters', { name: 'n'.repeat(101) }, 'body.name'],
    ['a name that is not a string', { name: 42 }, 'body.name'],
    ['an unknown role', { name: 'x', role: 'root' }, 'body.role'],
    ['a rate limit of 0', { name: 'x', rateLimitPerMinute: 0 }, 'body.rateLimitPerMinute'],
    ['a rate limit over 1,000,000', { name: 'x', rateLimitPerMinute: 1_000_001 }, 'body.rateLimitPerMinute'],
    ['a fractional rate limit', { name: 'x', rateLimitPerMinute: 1.5 }, 'body.rateLimitPerMinute'],
    ['a rate limit as a string', { name: 'x', rateLimitPerMinute: '100' }, 'body.rateLimitPerMinute'],
    ['a key of its own choosing', { name: 'x', key: `ak_${'a'.repeat(43)}` }, 'body.key'],
    ['a revoked flag', { name: 'x', revoked: true }, 'body.revoked'],
  ])('refuses %s: 400 naming the field', async (_case, body, field) => {
    const res = await kit.call('POST', '/api-keys', { body });
    expect([res.statusCode, code(res)]).toEqual([400, 'INVALID_INPUT']);
    expect(res.json().errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('refuses a body that is not JSON (400) or not sent as JSON (415)', async () => {
    expect((await kit.call('POST', '/api-keys', { body: '{"name":', headers: { 'content-type': 'application/json' } })).statusCode).toBe(400);
    expect((await kit.call('POST', '/api-keys', { body: 'name=x', headers: { 'content-type': 'text/plain' } })).statusCode).toBe(415);
  });
});

describe('GET /api-keys', () => {
  it('lists records oldest first, a page at a time, never a key or a hash', async () => {
    const created = [await createKey({ name: 'first' }), await createKey({ name: 'second' })];
    const all = await kit.call('GET', '/api-keys?limit=100');
    expect(all.statusCode).toBe(200);
    const body = all.json() as { apiKeys: ApiKeyBody[]; total: number; page: number; pages: number };
    expect(body.total).toBe(body.apiKeys.length);
    const ids = body.apiKeys.map((key) => key.id);
    expect(ids.indexOf(created[0]!.id)).toBeLessThan(ids.indexOf(created[1]!.id));
    const { key: _secret, ...record } = created[1]!;
    expect(body.apiKeys.find((key) => key.id === created[1]!.id)).toEqual(record);
    for (const secret of [...created.map((key) => key.key), kit.adminKey, kit.standardKey]) expect(all.body).not.toContain(secret);
    expect(all.body).not.toMatch(/[0-9a-f]{64}/);

    const second = (await kit.call('GET', '/api-keys?limit=1&page=2')).json();
    expect(second).toMatchObject({ total: body.total, page: 2, pages: body.total, apiKeys: [body.apiKeys[1]] });
  });

  it('refuses bad paging: 400', async () => {
    for (const query of ['limit=0', 'limit=101', 'page=0', 'page=x', 'sort=name']) {
      const res = await kit.call('GET', `/api-keys?${query}`);
      expect([res.statusCode, code(res)], query).toEqual([400, 'INVALID_INPUT']);
    }
  });
});

describe('GET /api-keys/{id}', () => {
  it('404 for an unknown id and for an id that is not a UUID', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', kit.adminKey]) {
      const res = await kit.call('GET', `/api-keys/${id}`);
      expect([res.statusCode, code(res)], id).toEqual([404, 'NOT_FOUND']);
    }
  });
});

describe('POST /api-keys/{id}/revoke', () => {
  it('revokes: the key gets 401 INVALID_API_KEY from then on, in v1 and v2; revoking again keeps the first time', async () => {
    const created = await createKey();
    expect(await statusWith(created.key)).toBe(200);
    const res = await kit.call('POST', `/api-keys/${created.id}/revoke`);
    expect(res.statusCode).toBe(200);
    const revoked = res.json() as ApiKeyBody;
    expect(revoked).toMatchObject({ id: created.id, revoked: true, revokedAt: expect.any(String) });
    const refused = await kit.call('GET', '/users', { auth: created.key });
    expect([refused.statusCode, code(refused)]).toEqual([401, 'INVALID_API_KEY']);
    const v1 = await kit.app.inject({ method: 'GET', url: '/v1/users', headers: { authorization: `Bearer ${created.key}` } });
    expect([v1.statusCode, v1.json().error.code]).toEqual([401, 'INVALID_API_KEY']);
    const again = await kit.call('POST', `/api-keys/${created.id}/revoke`);
    expect(again.json().revokedAt).toBe(revoked.revokedAt);
  });

  it('refuses to revoke the key the request is sent with (409) unless ?self=true', async () => {
    const admin = await createKey({ name: 'self-revoking admin', role: 'admin' });
    const refused = await kit.call('POST', `/api-keys/${admin.id}/revoke`, { auth: admin.key });
    expect([refused.statusCode, code(refused)]).toEqual([409, 'CONFLICT']);
    expect(refused.json().detail).toContain('self=true');
    expect(await statusWith(admin.key)).toBe(200);
    const revoked = await kit.call('POST', `/api-keys/${admin.id}/revoke?self=true`, { auth: admin.key });
    expect([revoked.statusCode, revoked.json().revoked]).toEqual([200, true]);
    expect(await statusWith(admin.key)).toBe(401);
  });

  it('404 for an unknown id; 400 for a self flag that is not a boolean', async () => {
    const res = await kit.call('POST', '/api-keys/00000000-0000-4000-8000-000000000000/revoke');
    expect([res.statusCode, code(res)]).toEqual([404, 'NOT_FOUND']);
    const created = await createKey();
    const bad = await kit.call('POST', `/api-keys/${created.id}/revoke?self=maybe`);
    expect([bad.statusCode, code(bad)]).toEqual([400, 'INVALID_INPUT']);
  });
});

describe('POST /api-keys/{id}/rotate', () => {
  it('answers a new key once, uncached; the old key stops working, the record stays', async () => {
    const created = await createKey({ name: 'rotated', rateLimitPerMinute: 321 });
    const res = await kit.call('POST', `/api-keys/${created.id}/rotate`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const rotated = res.json() as ApiKeyBody & { key: string };
    expect(rotated).toMatchObject({ id: created.id, name: 'rotated', role: 'standard', rateLimitPerMinute: 321, revoked: false });
    expect(rotated.key).not.toBe(created.key);
    expect(rotated.prefix).toBe(rotated.key.slice(0, 12));
    const old = await kit.call('GET', '/users', { auth: created.key });
    expect([old.statusCode, code(old)]).toEqual([401, 'INVALID_API_KEY']);
    expect(await statusWith(rotated.key)).toBe(200);
  });

  it('rotates the key the request is sent with: the answer holds its successor', async () => {
    const admin = await createKey({ name: 'self-rotating admin', role: 'admin' });
    const res = await kit.call('POST', `/api-keys/${admin.id}/rotate`, { auth: admin.key });
    expect(res.statusCode).toBe(200);
    expect(await statusWith(admin.key)).toBe(401);
    expect(await statusWith(res.json().key)).toBe(200);
  });

  it('409 for a revoked key, which stays revoked; 404 for an unknown id', async () => {
    const created = await createKey();
    await kit.call('POST', `/api-keys/${created.id}/revoke`);
    const res = await kit.call('POST', `/api-keys/${created.id}/rotate`);
    expect([res.statusCode, code(res)]).toEqual([409, 'CONFLICT']);
    expect((await kit.call('GET', `/api-keys/${created.id}`)).json().revoked).toBe(true);
    const unknown = await kit.call('POST', '/api-keys/00000000-0000-4000-8000-000000000000/rotate');
    expect([unknown.statusCode, code(unknown)]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('every /api-keys operation', () => {
  let target: ApiKeyBody & { key: string };
  beforeAll(async () => {
    target = await createKey({ name: 'target' });
  });
  const operations = (): Array<[string, string, object | undefined]> => [
    ['GET', '/api-keys', undefined],
    ['POST', '/api-keys', { name: 'intruder', role: 'admin' }],
    ['GET', `/api-keys/${target.id}`, undefined],
    ['POST', `/api-keys/${target.id}/revoke`, undefined],
    ['POST', `/api-keys/${target.id}/rotate`, undefined],
  ];

  it('needs an admin: 403 for a standard key and for the token of a non-admin user', async () => {
    for (const [method, url, body] of operations()) {
      for (const auth of [kit.standardKey, member.token]) {
        const res = await kit.call(method as 'GET' | 'POST', url, { auth, body });
        expect([res.statusCode, code(res)], `${method} ${url}`).toEqual([403, 'FORBIDDEN']);
      }
    }
    expect(await statusWith(target.key)).toBe(200);
  });

  it('refuses the credential or the role before reading the body: a malformed body does not turn 401 or 403 into 400', async () => {
    const malformed = { body: '{"name":', headers: { 'content-type': 'application/json' } };
    const none = await kit.call('POST', '/api-keys', { auth: null, ...malformed });
    expect([none.statusCode, code(none)]).toEqual([401, 'UNAUTHORIZED']);
    const standard = await kit.call('POST', '/api-keys', { auth: kit.standardKey, ...malformed });
    expect([standard.statusCode, code(standard)]).toEqual([403, 'FORBIDDEN']);
  });

  it('needs a credential: 401 without one, 401 INVALID_API_KEY with a revoked key', async () => {
    const revoked = await createKey({ name: 'revoked admin', role: 'admin' });
    await kit.call('POST', `/api-keys/${revoked.id}/revoke`);
    for (const [method, url, body] of operations()) {
      const none = await kit.call(method as 'GET' | 'POST', url, { auth: null, body });
      expect([none.statusCode, code(none)], `${method} ${url}`).toEqual([401, 'UNAUTHORIZED']);
      const old = await kit.call(method as 'GET' | 'POST', url, { auth: revoked.key, body });
      expect([old.statusCode, code(old)], `${method} ${url}`).toEqual([401, 'INVALID_API_KEY']);
    }
  });
});

describe('the audit log', () => {
  it('has one info line per change of a key over HTTP, naming the key and who changed it, never the secret', async () => {
    const lines: string[] = [];
    const audited = await createV2TestKit({}, { logger: createLogger('info', { write: (line: string) => void lines.push(line) }) });
    try {
      const auditLines = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => String(line.msg).startsWith('API key '));
      const created = await audited.call('POST', '/api-keys', { body: { name: 'audited' } });
      const { id, key } = created.json() as { id: string; key: string };
      const rotated = (await audited.call('POST', `/api-keys/${id}/rotate`)).json() as { key: string; prefix: string };
      await audited.call('POST', `/api-keys/${id}/revoke`);
      await audited.call('POST', `/api-keys/${id}/revoke`);
      const adminKeyId = ((await audited.call('GET', '/api-keys?limit=100')).json() as { apiKeys: { id: string; name: string }[] }).apiKeys.find((k) => k.name === 'admin test key')!.id;
      expect(auditLines().map(({ msg, apiKeyId, byApiKeyId, level }) => ({ msg, apiKeyId, byApiKeyId, level }))).toEqual(
        ['API key created', 'API key rotated', 'API key revoked'].map((msg) => ({ msg, apiKeyId: id, byApiKeyId: adminKeyId, level: 30 })),
      );
      expect(auditLines()[1]).toMatchObject({ prefix: rotated.prefix, role: 'standard' });
      for (const secret of [key, rotated.key]) expect(lines.join('\n')).not.toContain(secret.slice(12));
      const byUser = await audited.call('POST', '/api-keys', { body: { name: 'by a user' }, auth: (await audited.createUser({ role: 'admin' })).token });
      expect(auditLines().at(-1)).toMatchObject({ msg: 'API key created', apiKeyId: byUser.json().id, byUserId: expect.any(String) });
      expect(audited.violations).toEqual([]);
    } finally {
      await audited.close();
    }
  });
});
