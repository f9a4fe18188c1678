import { afterEach, describe, expect, it } from 'vitest';
import * as features from './fixtures/schema-features/generated/routes.ts';
import { schemaFeatureHandlers } from './fixtures/schema-features/handlers.ts';
import { fixtureApp } from './fixtures/test-app.ts';
import type { HttpError } from './http-error.ts';
import type { ResponseViolation } from './response-check.ts';

const failure = (error: HttpError) => ({
  contentType: 'application/json',
  body: { reason: error.message, ...(error.details ? { details: error.details } : {}) },
});

async function featuresApp() {
  const seen: unknown[] = [];
  const { app, violations } = await fixtureApp({
    module: features,
    handlers: schemaFeatureHandlers(seen),
    authenticators: {},
    formatError: failure,
    errorSchema: 'Failure',
  });
  const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url: `${features.basePath}${url}`, payload: payload as object });
  return { app, violations, seen, post };
}

/** The fields a 400 names. */
const fields = (body: { details?: { field: string }[] }) => [...new Set((body.details ?? []).map((d) => d.field))].sort();

describe('schema features of OpenAPI 3.1 documents', () => {
  let violations: ResponseViolation[] = [];
  afterEach(() => expect(violations).toEqual([]));

  it('takes the base path from the first server, with its variables at their defaults', () => {
    expect(features.basePath).toBe('/v1');
  });

  it('validates and serializes a recursive schema at any depth, dropping undeclared fields at every level', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const tree = { name: 'root', children: [{ name: 'a', children: [{ name: 'a1', children: [] }] }, { name: 'b' }] };
    const res = await t.post('/trees', tree);
    expect([res.statusCode, res.json()]).toEqual([201, tree]);
    expect(res.body).not.toContain('not declared');
    const deep = await t.post('/trees', { name: 'root', children: [{ name: 'a', children: [{ name: '' }, { name: 'x', colour: 'red' }] }] });
    expect(deep.statusCode).toBe(400);
    expect(fields(deep.json())).toEqual(['body.children.0.children.0.name', 'body.children.0.children.1.colour']);
  });

  it('writes maps (additionalProperties with a schema) through the value schema, dropping undeclared fields', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const inventory = { 'A-1': { count: 3 }, 'B-2': { count: 0 } };
    const res = await t.post('/inventories', inventory);
    expect([res.statusCode, res.json()]).toEqual([200, inventory]);
    expect(res.body).not.toContain('not declared');
    const bad = await t.post('/inventories', { 'A-1': { count: -1 }, 'B-2': {} });
    expect(fields(bad.json())).toEqual(['body.A-1.count', 'body.B-2.count']);
  });

  it('follows recursion through anyOf', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const expr = { op: 'add', args: [1, { op: 'mul', args: [2, 3] }] };
    const res = await t.post('/expressions', expr);
    expect([res.statusCode, res.json()]).toEqual([200, expr]);
    const bad = await t.post('/expressions', { op: 'add', args: [1, { op: 'pow', args: [2] }] });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad.json())).toContain('body.args.1.op');
    expect(t.seen).toEqual([expr]);
  });

  it('resolves $recursiveRef and $dynamicRef to the schema that declares the anchor', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const filter = { combine: 'and', filters: [{ key: 'a', value: 1 }, { combine: 'or', filters: [{ key: 'b', value: true }] }] };
    expect((await t.post('/filters', filter)).json()).toEqual(filter);
    const bad = await t.post('/filters', { combine: 'and', filters: [{ combine: 'xor', filters: [] }] });
    expect(bad.statusCode).toBe(400);
    expect((await t.post('/menus', { label: 'File', items: [{ label: 'Open', items: [{ label: 'Recent' }] }] })).statusCode).toBe(204);
    const menu = await t.post('/menus', { label: 'File', items: [{ label: 'Open', items: [{ title: 'Recent' }] }] });
    expect([menu.statusCode, fields(menu.json())]).toEqual([400, ['body.items.0.items.0.label']]);
  });

  it('picks the oneOf branch by the discriminator (mapping), so open branches do not all match', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const cat = { petType: 'cat', name: 'Tom', livesLeft: 9 };
    const res = await t.post('/pets', cat);
    expect([res.statusCode, res.json()]).toEqual([201, cat]);
    expect((await t.post('/pets', { petType: 'dog', name: 'Rex', goodBoy: true })).statusCode).toBe(201);
    const badCat = await t.post('/pets', { petType: 'cat', name: 'Tom', livesLeft: 10 });
    expect(fields(badCat.json())).toContain('body.livesLeft');
    const unknown = await t.post('/pets', { petType: 'fish', name: 'Nemo' });
    expect([unknown.statusCode, fields(unknown.json())]).toEqual([400, ['body.petType']]);
    const missing = await t.post('/pets', { name: 'Nobody' });
    expect([missing.statusCode, fields(missing.json())]).toEqual([400, ['body.petType']]);
  });

  it('takes discriminator values from the branches themselves when there is no mapping', async () => {
    const t = await featuresApp();
    violations = t.violations;
    expect((await t.post('/shapes', { kind: 'circle', radius: 1 })).statusCode).toBe(204);
    expect((await t.post('/shapes', { kind: 'square', side: 2 })).statusCode).toBe(204);
    const zero = await t.post('/shapes', { kind: 'circle', radius: 0 });
    expect(fields(zero.json())).toContain('body.radius');
    // a boolean exclusiveMinimum (written for OpenAPI 3.0) still excludes its bound
    const flat = await t.post('/shapes', { kind: 'square', side: 0 });
    expect(fields(flat.json())).toContain('body.side');
    expect((await t.post('/shapes', { kind: 'Circle', radius: 1 })).statusCode).toBe(400);
  });

  it('holds properties named like JSON Schema keywords as data', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const value = { $id: 'x', $ref: 'https://example.com/a', type: 3, properties: ['a', 'b'], example: true };
    const res = await t.post('/keywords', value);
    expect([res.statusCode, res.json()]).toEqual([200, value]);
    const bad = await t.post('/keywords', { $ref: 'not a uri', type: 'three', properties: {} });
    expect(fields(bad.json())).toEqual(['body.$ref', 'body.properties', 'body.type']);
    const missing = await t.post('/keywords', {});
    expect(fields(missing.json())).toEqual(['body.$ref', 'body.type']);
  });

  it('never requires readOnly properties in requests and never sends writeOnly ones', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const res = await t.post('/accounts', { name: 'Ada', password: 'correct horse', nickname: null });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: '0b6f1f9e-3c6b-4c59-9a53-bb1f1c0f2f6a', name: 'Ada', nickname: null });
    expect(res.body).not.toContain('correct horse');
    const short = await t.post('/accounts', { name: 'Ada', password: 'short' });
    expect(fields(short.json())).toEqual(['body.password']);
    const none = await t.post('/accounts', { name: 'Ada' });
    expect(fields(none.json())).toEqual(['body.password']);
  });

  it('checks formats as the specifications define them, never more strictly; unknown formats are not checked', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const valid = [
      'user@localhost',
      '"john doe"@example.com',
      'user@[192.0.2.1]',
      'first.last+tag@sub.example.co.uk',
      "o'brien@example.com",
    ];
    for (const email of valid) expect((await t.post('/contacts', { email })).statusCode, email).toBe(204);
    for (const email of ['no-at-sign', 'a@b@c', 'two..dots@example.com', 'trailing.@example.com', 'user@-example.com', 'x@']) {
      const res = await t.post('/contacts', { email });
      expect([res.statusCode, fields(res.json())], email).toEqual([400, ['body.email']]);
    }
    const full = {
      email: 'a@example.com',
      seenAt: '2024-02-29T23:59:60Z',
      id: '3be6453c-03eb-4357-ae5a-984a0e574a54',
      homepage: 'https://example.com/a?b=c',
      visits: 9007199254740991,
      phone: 'anything at all',
      note: null,
    };
    expect((await t.post('/contacts', full)).statusCode).toBe(204);
    const wrong = await t.post('/contacts', { email: 'a@example.com', seenAt: '2024-02-30 10:00', id: 'not-a-uuid', homepage: 'no scheme', visits: 1.5 });
    expect(fields(wrong.json())).toEqual(['body.homepage', 'body.id', 'body.seenAt', 'body.visits']);
  });

  it('reads patterns as ECMA-262 without the u flag (identity escapes such as \\: and \\-)', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const res = await t.app.inject({ url: `${features.basePath}/codes/AB:123-x` });
    expect([res.statusCode, res.json()]).toEqual([200, { code: 'AB:123-x' }]);
    const bad = await t.app.inject({ url: `${features.basePath}/codes/ab:123-x` });
    expect([bad.statusCode, fields(bad.json())]).toEqual([400, ['path.code']]);
  });

  it('serves statuses through 2XX and 4XX ranges (also written 4xx) and default', async () => {
    const t = await featuresApp();
    violations = t.violations;
    const get = (kind: string) => t.app.inject({ url: `${features.basePath}/outcomes/${kind}` });
    expect([(await get('created')).statusCode, (await get('created')).json()]).toEqual([201, { outcome: 'created' }]);
    expect((await get('accepted')).statusCode).toBe(202);
    expect([(await get('missing')).statusCode, (await get('missing')).json()]).toEqual([404, { reason: 'no such thing' }]);
    expect([(await get('broken')).statusCode, (await get('broken')).json()]).toEqual([503, { reason: 'down for repairs' }]);
    const unknown = await get('other');
    expect([unknown.statusCode, fields(unknown.json())]).toEqual([400, ['path.kind']]);
  });
});
