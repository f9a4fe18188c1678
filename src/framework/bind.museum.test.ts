import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { answerBeforeBodyEnds } from '../harness/unfinished-body.ts';
import { openApiRoutes } from './bind.ts';
import * as museum from './fixtures/museum/generated/routes.ts';
import { museumHandlers, type Visitor } from './fixtures/museum/handlers.ts';
import { fixtureApp } from './fixtures/test-app.ts';
import { HttpError } from './http-error.ts';
import type { FastifyRequest } from 'fastify';

const EVENT_ID = '3be6453c-03eb-4357-ae5a-984a0e574a54';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** The museum's one security scheme, HTTP basic: `visitor:secret` is the only valid pair. */
function basicAuth(request: FastifyRequest): Visitor | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  const [user, password] = Buffer.from(header.slice(6), 'base64').toString().split(':');
  if (user === 'visitor' && password === 'secret') return { name: user };
  throw new HttpError(401, 'UNAUTHORIZED', 'Wrong user name or password');
}

const problem = (error: HttpError) => ({ contentType: 'application/problem+json', body: { type: 'about:blank', title: error.message } });

async function museumApp() {
  const calls: unknown[] = [];
  const { app, violations } = await fixtureApp({
    module: museum,
    handlers: museumHandlers(calls),
    authenticators: { MuseumPlaceholderAuth: basicAuth },
    formatError: problem,
    errorSchema: 'Error',
  });
  const get = (url: string, authorization = basic('visitor', 'secret')) => app.inject({ url, headers: { authorization } });
  return { app, violations, calls, get };
}

describe('framework on the Museum API spec (OpenAPI 3.1, HTTP basic security)', () => {
  it('lets a valid credential through and gives the handler its principal, defaults applied', async () => {
    const t = await museumApp();
    const res = await t.get(`${museum.basePath}/museum-hours?startDate=2023-10-01`);
    expect(res.statusCode).toBe(200);
    expect(t.calls).toEqual([{ query: { startDate: '2023-10-01', page: 1, limit: 10 }, principal: { name: 'visitor' } }]);
    expect(t.violations).toEqual([]);
  });

  it('refuses a missing credential (401) and a wrong one (401) before validating or calling the handler', async () => {
    const t = await museumApp();
    const none = await t.app.inject({ url: `${museum.basePath}/special-events/not-a-uuid` });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const wrong = await t.get(`${museum.basePath}/special-events/${EVENT_ID}`, basic('visitor', 'guess'));
    expect([wrong.statusCode, wrong.json().title]).toEqual([401, 'Wrong user name or password']);
    expect(t.calls).toEqual([]);
  });

  it('refuses a request without a valid credential before reading its body: malformed, oversized or still arriving', async () => {
    const t = await museumApp();
    const url = `${museum.basePath}/special-events`;
    const malformed = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"name":' });
    expect(malformed.statusCode).toBe(401);
    const oversized = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', authorization: basic('visitor', 'guess') }, payload: 'x'.repeat(2 * 1024 * 1024) });
    expect([oversized.statusCode, oversized.json().title]).toEqual([401, 'Wrong user name or password']);

    // a body that never ends: the answer cannot wait for it
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = t.app.server.address() as AddressInfo;
      const { status } = await answerBeforeBodyEnds({
        port,
        method: 'POST',
        path: url,
        headers: { 'content-type': 'application/json', 'content-length': 1_000_000 },
        firstBytes: '{"name":"',
      });
      expect(status).toBe(401);
    } finally {
      await t.app.close();
    }
    expect(t.calls).toEqual([]);
  });

  it('still reads and validates the body of a request with a valid credential', async () => {
    const t = await museumApp();
    const res = await t.app.inject({
      method: 'POST',
      url: `${museum.basePath}/special-events`,
      headers: { 'content-type': 'application/json', authorization: basic('visitor', 'secret') },
      payload: '{"name":',
    });
    expect(res.statusCode).toBe(400);
  });

  it('reports responses the spec does not declare: this spec declares no 401 on most operations', async () => {
    const t = await museumApp();
    await t.app.inject({ url: `${museum.basePath}/special-events` });
    expect(t.violations).toEqual([
      expect.objectContaining({ operationId: 'listSpecialEvents', status: 401, problem: 'status 401 is not declared' }),
    ]);
    await t.app.inject({ method: 'DELETE', url: `${museum.basePath}/special-events/${EVENT_ID}` });
    expect(t.violations).toHaveLength(1);
  });

  it('validates formats and bounds: uuid path, date and maximum in the query', async () => {
    const t = await museumApp();
    const badId = await t.get(`${museum.basePath}/special-events/42`);
    expect([badId.statusCode, badId.json().title]).toEqual([400, 'The request is not valid']);
    const bad = await t.get(`${museum.basePath}/special-events?startDate=yesterday&limit=31`);
    expect(bad.statusCode).toBe(400);
    expect(t.calls).toEqual([]);
    expect(t.violations).toEqual([]);
  });

  it('validates enums in request bodies and serves the declared 201', async () => {
    const t = await museumApp();
    const headers = { authorization: basic('visitor', 'secret') };
    const wrong = await t.app.inject({
      method: 'POST',
      url: `${museum.basePath}/tickets`,
      headers,
      payload: { ticketType: 'vip', ticketDate: '2023-10-29', email: 'a@example.com' },
    });
    expect(wrong.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: `${museum.basePath}/tickets`,
      headers,
      payload: { ticketType: 'general', ticketDate: '2023-10-29', email: 'a@example.com' },
    });
    expect([ok.statusCode, ok.json().ticketType]).toEqual([201, 'general']);
    expect(t.violations).toEqual([]);
  });

  it('sends non-JSON bodies (image/png) as they are', async () => {
    const t = await museumApp();
    const res = await t.get(`${museum.basePath}/tickets/a54a57ca-36f8-421b-a6b4-2e8f26858a4c/qr`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // the response check reads JSON bodies only
    expect(t.violations).toEqual([]);
  });

  it('reports a body that breaks its schema', async () => {
    const handlers = museumHandlers([]);
    const handlersEvent = { eventId: EVENT_ID, name: 'Tour', location: 'Hall', eventDescription: 'A tour', dates: ['2023-10-29'], price: 5 };
    const { app, violations } = await fixtureApp({
      module: museum,
      handlers: { ...handlers, listSpecialEvents: () => ({ status: 200, body: [{ ...handlersEvent, eventId: 'not-a-uuid' }] }) },
      authenticators: { MuseumPlaceholderAuth: basicAuth },
      formatError: problem,
    });
    await app.inject({ url: `${museum.basePath}/special-events`, headers: { authorization: basic('visitor', 'secret') } });
    expect(violations).toEqual([expect.objectContaining({ status: 200, problem: expect.stringContaining('must match format "uuid"') })]);
  });

  it('fails at start when a handler is missing, naming its operationId', async () => {
    const { getTicketCode: _omitted, ...incomplete } = museumHandlers([]);
    const app = Fastify();
    await expect(
      app
        .register(
          openApiRoutes({
            module: museum,
            handlers: incomplete as never,
            authenticators: { MuseumPlaceholderAuth: basicAuth },
            formatError: problem,
          }),
        )
        .ready(),
    ).rejects.toThrow('missing handler(s) for operationId(s): getTicketCode');
  });

  it('fails at start when a security scheme has no authenticator', async () => {
    const app = Fastify();
    await expect(
      app.register(openApiRoutes({ module: museum, handlers: museumHandlers([]), authenticators: {}, formatError: problem })).ready(),
    ).rejects.toThrow('no authenticator for security scheme(s): MuseumPlaceholderAuth');
  });

  it('turns a reply with an undeclared status into a 500 in the error format', async () => {
    const handlers = museumHandlers([]);
    const { app } = await fixtureApp({
      module: museum,
      handlers: { ...handlers, deleteSpecialEvent: () => ({ status: 202 }) as never },
      authenticators: { MuseumPlaceholderAuth: basicAuth },
      formatError: problem,
    });
    const res = await app.inject({ method: 'DELETE', url: `${museum.basePath}/special-events/${EVENT_ID}`, headers: { authorization: basic('visitor', 'secret') } });
    expect([res.statusCode, res.headers['content-type'], res.json().title]).toEqual([
      500,
      'application/problem+json; charset=utf-8',
      'An unexpected error occurred',
    ]);
  });
});
