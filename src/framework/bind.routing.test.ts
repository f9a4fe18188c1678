import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { openApiRoutes } from './bind.ts';
import type { ErrorFormatter } from './errors.ts';
import * as routing from './fixtures/routing/generated/routes.ts';
import { routingHandlers } from './fixtures/routing/handlers.ts';
import { fixtureApp } from './fixtures/test-app.ts';
import { basePathOf } from './servers.ts';

async function routingApp(formatError?: ErrorFormatter) {
  return fixtureApp({ module: routing, handlers: routingHandlers(), authenticators: {}, ...(formatError ? { formatError } : {}) });
}

describe('servers with variables', () => {
  it('give a base path from the variables defaults, overridable at bind time within their enums', async () => {
    expect(routing.basePath).toBe('/v2');
    expect(basePathOf(routing, { basePath: 'v3-beta' })).toBe('/v3-beta');
    expect(basePathOf(routing, { scheme: 'http' })).toBe('/v2');
    expect(() => basePathOf(routing, { scheme: 'ftp' })).toThrow('server variable scheme must be one of https, http (got ftp)');
    expect(() => basePathOf(routing, { region: 'eu' })).toThrow('has no variable region');
    const app = Fastify();
    await app.register(openApiRoutes({ module: routing, handlers: routingHandlers(), authenticators: {} }), { prefix: basePathOf(routing, { basePath: 'v3' }) });
    expect((await app.inject({ url: '/v3/files/readme' })).json()).toEqual({ operationId: 'getFile', params: { name: 'readme' } });
  });
});

describe('path templates Fastify cannot take as written', () => {
  const cases: [method: 'GET' | 'POST' | 'DELETE', url: string, operationId: string, params: Record<string, unknown>][] = [
    ['GET', '/files/12.json', 'getFileAs', { id: 12, ext: 'json' }],
    ['GET', '/files/readme', 'getFile', { name: 'readme' }],
    ['POST', '/jobs/nightly:cancel', 'cancelJob', { name: 'nightly' }],
    ['POST', '/jobs/nightly:start', 'startJob', { name: 'nightly' }],
    ['GET', '/items/abc', 'getItem', { 'item-id': 'abc' }],
    ['GET', '/reports', 'listReports', {}],
    ['GET', '/reports?format=csv', 'exportReports', {}],
    ['GET', '/things', 'listThings', {}],
    ['POST', '/things', 'createThing', {}],
    ['GET', '/users/u1', 'getUser', { id: 'u1' }],
    ['DELETE', '/users/u1', 'deleteUser', { userId: 'u1' }],
  ];
  it.each(cases)('%s %s reaches %s', async (method, url, operationId, params) => {
    const { app, violations } = await routingApp();
    const res = await app.inject({ method, url: `${routing.basePath}${url}` });
    expect([res.statusCode, res.json()]).toEqual([200, { operationId, params }]);
    expect(violations).toEqual([]);
  });

  it('validates what the templates capture, naming the parameter', async () => {
    const { app } = await routingApp();
    const id = await app.inject({ url: `${routing.basePath}/files/x.json` });
    expect([id.statusCode, id.json().errors]).toEqual([400, [{ field: 'path.id', message: 'must be integer' }]]);
    const ext = await app.inject({ url: `${routing.basePath}/files/1.xml` });
    expect([ext.statusCode, ext.json().errors[0].field]).toEqual([400, 'path.ext']);
    const item = await app.inject({ url: `${routing.basePath}/items/ab` });
    expect([item.statusCode, item.json().errors[0].field]).toEqual([400, 'path.item-id']);
    const job = await app.inject({ method: 'POST', url: `${routing.basePath}/jobs/Nightly:cancel` });
    expect([job.statusCode, job.json().errors[0].field]).toEqual([400, 'path.name']);
    const verb = await app.inject({ method: 'POST', url: `${routing.basePath}/jobs/nightly:explode` });
    expect(verb.statusCode).toBe(404);
  });

  it('an operation keyed by a fixed query serves only requests carrying it; others fall to the plain key', async () => {
    const { app } = await routingApp();
    const other = await app.inject({ url: `${routing.basePath}/reports?format=pdf` });
    expect([other.statusCode, other.json().errors]).toEqual([400, [{ field: 'query.format', message: 'is not allowed' }]]);
    const limited = await app.inject({ url: `${routing.basePath}/reports?limit=5` });
    expect(limited.json().operationId).toBe('listReports');
  });
});

describe('errors in the document\'s own shape', () => {
  it('without a formatter, errors are RFC 9457 problem details naming each field', async () => {
    const { app } = await routingApp();
    const res = await app.inject({ url: `${routing.basePath}/reports?limit=0x10` });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is not valid',
      code: 'INVALID_INPUT',
      errors: [{ field: 'query.limit', message: 'must be integer' }],
    });
    const missing = await app.inject({ url: `${routing.basePath}/nowhere` });
    expect([missing.statusCode, missing.json().status, missing.json().code]).toEqual([404, 404, 'NOT_FOUND']);
  });

  it('a formatter body that fits the declared error schema is sent as it is', async () => {
    const { app, violations } = await routingApp((error) => ({
      contentType: 'application/json',
      body: { code: error.status, message: error.details?.map((d) => `${d.field} ${d.message}`).join('; ') ?? error.message },
    }));
    const res = await app.inject({ url: `${routing.basePath}/reports?limit=x` });
    expect(res.json()).toEqual({ code: 400, message: 'query.limit must be integer' });
    expect(violations).toEqual([]);
  });

  const misfits: [name: string, formatter: ErrorFormatter][] = [
    ['drops the fields the schema does not declare', (error) => ({ contentType: 'application/json', body: { code: error.status, message: 'bad', fields: error.details } })],
    ['misses a required property', () => ({ contentType: 'application/json', body: { message: 'bad' } })],
    ['has a property of the wrong type', () => ({ contentType: 'application/json', body: { code: 'INVALID', message: 'bad' } })],
    [
      'throws',
      () => {
        throw new Error('formatter bug');
      },
    ],
  ];
  it.each(misfits)('a formatter body that %s still names the failing field (problem details), never a 500', async (_, formatter) => {
    const { app } = await routingApp(formatter);
    const res = await app.inject({ url: `${routing.basePath}/reports?limit=x` });
    expect([res.statusCode, res.headers['content-type']]).toEqual([400, 'application/problem+json; charset=utf-8']);
    expect(res.json().errors).toEqual([{ field: 'query.limit', message: 'must be integer' }]);
  });

  it('decides once per error shape and keeps to it: a misfit falls back every time, a fitting body is sent every time', async () => {
    const fitsWithoutDetails: ErrorFormatter = (error) => ({
      contentType: 'application/json',
      body: error.details ? { code: error.status, message: 'bad', fields: error.details } : { code: error.status, message: error.message },
    });
    const { app } = await routingApp(fitsWithoutDetails);
    for (let i = 0; i < 2; i++) {
      const misfit = await app.inject({ url: `${routing.basePath}/reports?limit=x` });
      expect([misfit.statusCode, misfit.headers['content-type']]).toEqual([400, 'application/problem+json; charset=utf-8']);
      expect(misfit.json().errors).toEqual([{ field: 'query.limit', message: 'must be integer' }]);
    }
    const { app: fitting } = await routingApp((error) => ({ contentType: 'application/json', body: { code: error.status, message: `${error.details?.[0]?.field}` } }));
    for (const limit of ['x', 'y']) {
      const res = await fitting.inject({ url: `${routing.basePath}/reports?limit=${limit}` });
      expect(res.json()).toEqual({ code: 400, message: 'query.limit' });
    }
  });

  it('checks every error body, not only the first of its shape: a later one that does not fit still leaves as problem details', async () => {
    let calls = 0;
    // the same shape (400 INVALID_INPUT with details) each time; the second body breaks the schema (code is a number)
    const fitsOnce: ErrorFormatter = (error) => ({
      contentType: 'application/json',
      body: { code: (calls += 1) === 1 ? error.status : 'not a number', message: `${error.details?.[0]?.field}` },
    });
    const { app } = await routingApp(fitsOnce);
    const first = await app.inject({ url: `${routing.basePath}/reports?limit=x` });
    expect(first.json()).toEqual({ code: 400, message: 'query.limit' });
    const second = await app.inject({ url: `${routing.basePath}/reports?limit=y` });
    expect([second.statusCode, second.headers['content-type']]).toEqual([400, 'application/problem+json; charset=utf-8']);
    expect(second.json().errors).toEqual([{ field: 'query.limit', message: 'must be integer' }]);
  });
});
