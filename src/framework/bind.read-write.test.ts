import { afterEach, describe, expect, it } from 'vitest';
import * as accounts from './fixtures/read-write/generated/routes.ts';
import { ACCOUNT_ID, accountHandlers } from './fixtures/read-write/handlers.ts';
import { fixtureApp } from './fixtures/test-app.ts';
import type { ResponseViolation } from './response-check.ts';

const NEW_ACCOUNT = { name: 'Ada', password: 'correct horse', pin: '12345678' };

async function accountsApp() {
  const seen: unknown[] = [];
  const { app, violations } = await fixtureApp({ module: accounts, handlers: accountHandlers(seen), authenticators: {} });
  const create = (account: object) => app.inject({ method: 'POST', url: '/rw/accounts', payload: account });
  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field).sort();
  return { app, violations, seen, create, fields };
}

describe('readOnly and writeOnly through references and allOf', () => {
  let violations: ResponseViolation[] = [];
  afterEach(() => expect(violations).toEqual([]));

  it('does not require readOnly properties in a request, however they are marked', async () => {
    const t = await accountsApp();
    violations = t.violations;
    const res = await t.create(NEW_ACCOUNT);
    expect(res.statusCode).toBe(201);
    expect(t.seen).toEqual([NEW_ACCOUNT]);
  });

  it('refuses readOnly properties a client sends, however they are marked, so none reaches the handler', async () => {
    const t = await accountsApp();
    violations = t.violations;
    // itself readOnly through a $ref (id), through an allOf branch (createdAt), and an object whose schema is readOnly (audit)
    const serverOwned = { id: ACCOUNT_ID, createdAt: '2020-01-01T00:00:00Z', audit: { by: 'me' } };
    for (const [name, value] of Object.entries(serverOwned)) {
      const res = await t.create({ ...NEW_ACCOUNT, [name]: value });
      expect([res.statusCode, res.json().errors]).toEqual([400, [{ field: `body.${name}`, message: 'is not allowed' }]]);
    }
    const all = await t.create({ ...NEW_ACCOUNT, ...serverOwned });
    expect([all.statusCode, t.fields(all.json())]).toEqual([400, ['body.audit', 'body.createdAt', 'body.id']]);
    expect(t.seen).toEqual([]);
  });

  it('still requires and checks the writeOnly and plain properties of a request', async () => {
    const t = await accountsApp();
    violations = t.violations;
    const missing = await t.create({});
    expect([missing.statusCode, t.fields(missing.json())]).toEqual([400, ['body.name', 'body.password', 'body.pin']]);
    const bad = await t.create({ ...NEW_ACCOUNT, password: 'short', pin: 'abcdefgh' });
    expect([bad.statusCode, t.fields(bad.json())]).toEqual([400, ['body.password', 'body.pin']]);
    expect(t.seen).toEqual([]);
  });

  it('never sends writeOnly properties back, and the responses still carry what they require', async () => {
    const t = await accountsApp();
    violations = t.violations;
    const expected = { id: ACCOUNT_ID, createdAt: '2024-05-01T12:00:00Z', audit: { by: 'system' }, name: 'Ada' };
    const created = await t.create(NEW_ACCOUNT);
    expect(created.json()).toEqual(expected);
    expect(created.body).not.toContain('correct horse');
    const read = await t.app.inject({ url: `/rw/accounts/${ACCOUNT_ID}` });
    expect([read.statusCode, read.json()]).toEqual([200, expected]);
    expect(read.body).not.toContain('12345678');
  });
});
