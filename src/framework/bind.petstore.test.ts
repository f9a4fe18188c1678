import { afterEach, describe, expect, it } from 'vitest';
import * as petstore from './fixtures/petstore-expanded/generated/routes.ts';
import { petStoreHandlers, type Pet } from './fixtures/petstore-expanded/handlers.ts';
import { fixtureApp, petstoreError } from './fixtures/test-app.ts';

const seed = (): Pet[] => [
  { id: 1, name: 'Rex', tag: 'dog' },
  { id: 2, name: 'Tom', tag: 'cat' },
  { id: 3, name: 'Fido', tag: 'dog' },
];

async function petApp(pets = seed(), bodyLimit?: number) {
  const seen: unknown[] = [];
  const handlers = petStoreHandlers(pets, seen);
  const { app, violations } = await fixtureApp({
    module: petstore,
    handlers,
    authenticators: {},
    formatError: petstoreError,
    errorSchema: 'Error',
    ...(bodyLimit ? { bodyLimit } : {}),
  });
  return { app, violations, seen, pets };
}

describe('framework on the petstore-expanded spec (OpenAPI 3.0)', () => {
  let violations: unknown[] = [];
  afterEach(() => expect(violations).toEqual([]));

  it('coerces query parameters per the spec', async () => {
    const t = await petApp();
    violations = t.violations;
    const res = await t.app.inject({ url: '/api/pets?limit=1&tags=dog&tags=cat' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([{ id: 1, name: 'Rex', tag: 'dog' }]);
    expect(t.seen).toEqual([{ limit: 1, tags: ['dog', 'cat'] }]);
  });

  it('wraps a single value of an exploded array parameter', async () => {
    const t = await petApp();
    violations = t.violations;
    await t.app.inject({ url: '/api/pets?tags=cat' });
    expect(t.seen).toEqual([{ tags: ['cat'] }]);
  });

  it('coerces path parameters (int64 id)', async () => {
    const t = await petApp();
    violations = t.violations;
    const res = await t.app.inject({ url: '/api/pets/2' });
    expect(res.json()).toEqual({ id: 2, name: 'Tom', tag: 'cat' });
    expect(t.seen).toEqual([{ id: 2 }]);
  });

  it('rejects a wrong type with the field named, without calling the handler', async () => {
    const t = await petApp();
    violations = t.violations;
    const res = await t.app.inject({ url: '/api/pets?limit=abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 400, message: 'query.limit must be integer' });
    expect(t.seen).toEqual([]);
    const path = await t.app.inject({ url: '/api/pets/rex' });
    expect(path.json().message).toBe('path.id must be integer');
  });

  it('rejects an unknown query parameter', async () => {
    const t = await petApp();
    violations = t.violations;
    const res = await t.app.inject({ url: '/api/pets?colour=brown' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('query.colour is not allowed');
  });

  it('rejects a body missing a required field, and changes nothing', async () => {
    const t = await petApp();
    violations = t.violations;
    const res = await t.app.inject({ method: 'POST', url: '/api/pets', payload: { tag: 'dog' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('body.name is required');
    expect(t.pets).toHaveLength(3);
  });

  it('rejects a body of the wrong type in a field', async () => {
    const t = await petApp();
    violations = t.violations;
    const res = await t.app.inject({ method: 'POST', url: '/api/pets', payload: { name: 42 } });
    expect(res.json().message).toBe('body.name must be string');
  });

  it('answers a missing body, malformed JSON, a wrong media type and an oversized body in the error format', async () => {
    const t = await petApp(seed(), 64);
    violations = t.violations;
    const missing = await t.app.inject({ method: 'POST', url: '/api/pets' });
    expect([missing.statusCode, missing.json().message]).toEqual([400, 'body is required']);
    const malformed = await t.app.inject({ method: 'POST', url: '/api/pets', headers: { 'content-type': 'application/json' }, payload: '{"name":' });
    expect([malformed.statusCode, malformed.json().message]).toEqual([400, 'body is not valid JSON']);
    const text = await t.app.inject({ method: 'POST', url: '/api/pets', headers: { 'content-type': 'text/plain' }, payload: 'Rex' });
    expect([text.statusCode, text.json().code]).toEqual([415, 415]);
    const xml = await t.app.inject({ method: 'POST', url: '/api/pets', headers: { 'content-type': 'application/xml' }, payload: '<pet/>' });
    expect(xml.statusCode).toBe(415);
    const large = await t.app.inject({ method: 'POST', url: '/api/pets', payload: { name: 'x'.repeat(200) } });
    expect([large.statusCode, large.json().code]).toEqual([413, 413]);
    expect(t.pets).toHaveLength(3);
  });

  it('never sends fields the response schema does not declare', async () => {
    const pets = seed();
    (pets[0] as Pet & { ownerPasswordHash?: string }).ownerPasswordHash = 'secret';
    const t = await petApp(pets);
    violations = t.violations;
    const res = await t.app.inject({ url: '/api/pets/1' });
    expect(res.json()).toEqual({ id: 1, name: 'Rex', tag: 'dog' });
    expect(res.body).not.toContain('secret');
  });

  it('answers unknown paths with 404 and wrong methods with 405 and Allow', async () => {
    const t = await petApp();
    violations = t.violations;
    const unknown = await t.app.inject({ url: '/api/owners' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 404]);
    const wrong = await t.app.inject({ method: 'PUT', url: '/api/pets/1' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toBe('DELETE, GET, HEAD');
  });

  it('serves a declared 204 and a default error response', async () => {
    const t = await petApp();
    violations = t.violations;
    expect((await t.app.inject({ method: 'DELETE', url: '/api/pets/3' })).statusCode).toBe(204);
    const gone = await t.app.inject({ url: '/api/pets/3' });
    expect([gone.statusCode, gone.json()]).toEqual([404, { code: 404, message: 'pet not found' }]);
  });
});
