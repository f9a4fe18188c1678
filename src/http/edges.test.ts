import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKeyService } from '../domain/credentials/api-keys.ts';
import { createTestApp, type TestApp } from '../testing/app.ts';
import { errorShapeChecker, type ErrorShapeCheck } from '../testing/error-shapes.ts';
import { portOf, rawRequest } from '../testing/raw-http.ts';

/** Sent in every hostile request; no answer may contain it. */
const MARK = 'ECHOMARK';

let testApp: TestApp;
let port: number;
let checkShape: ErrorShapeCheck;
beforeAll(async () => {
  testApp = await createTestApp();
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  port = portOf(testApp.app);
  checkShape = await errorShapeChecker();
});
afterAll(() => testApp.close());

interface Scope {
  name: string;
  /** A path with routes. */
  path: string;
  allow: string;
  /** A path under the scope with a parameter, when its routes have one. */
  parameterPath?: (value: string) => string;
}

const SCOPES: Scope[] = [
  { name: 'v1', path: '/v1/users', allow: 'GET, HEAD, POST', parameterPath: (id) => `/v1/users/${id}` },
  { name: 'v2', path: '/api/v2/users', allow: 'GET, HEAD, POST', parameterPath: (id) => `/api/v2/users/${id}` },
  { name: 'GraphQL', path: '/graphql', allow: 'GET, HEAD, POST' },
  { name: 'the root', path: '/healthz', allow: 'GET, HEAD' },
];

/** Each scope's error code for a status: its own codes under REST and at the root, GraphQL's under /graphql. */
const GRAPHQL_CODES: Record<number, string> = { 400: 'BAD_REQUEST', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 414: 'BAD_REQUEST', 431: 'BAD_REQUEST' };
const REST_CODES: Record<number, string> = { 400: 'INVALID_INPUT', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 414: 'URI_TOO_LONG', 431: 'HEADERS_TOO_LARGE' };

function codeOf(scope: Scope, body: string): unknown {
  const parsed = JSON.parse(body) as { error?: { code?: unknown }; code?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  if (scope.name === 'v1') return parsed.error?.code;
  if (scope.name === 'GraphQL') return parsed.errors?.[0]?.extensions?.code;
  return parsed.code;
}

interface HostileCase {
  name: string;
  request: (scope: Scope) => string | undefined;
  status: number;
  /** 405s name the path's methods. */
  allows?: boolean;
}

const head = (requestLine: string, headers: string[] = ['Host: localhost']) => `${requestLine}\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n`;
const markHeader = `X-Note: ${MARK}`;

const CASES: HostileCase[] = [
  ...['QUERY', 'PROPFIND', 'MKCOL', 'M-SEARCH', 'TRACE', 'CONNECT', 'get', 'Post', `${MARK}@`, 'G E T'].map(
    (method): HostileCase => ({
      name: `method ${method} on a path with routes`,
      request: (scope) => head(`${method} ${scope.path}?${MARK}=1 HTTP/1.1`, ['Host: localhost', markHeader]),
      status: method === 'G E T' ? 400 : 405,
      allows: method !== 'G E T',
    }),
  ),
  ...['QUERY', 'PROPFIND', 'GET', 'post', `${MARK}@`].map(
    (method): HostileCase => ({
      name: `method ${method} on an unknown path`,
      request: (scope) => head(`${method} ${scope.path}/${MARK}/x HTTP/1.1`, ['Host: localhost', markHeader]),
      status: 404,
    }),
  ),
  { name: 'OPTIONS without CORS', request: (scope) => head(`OPTIONS ${scope.path} HTTP/1.1`, ['Host: localhost', `Origin: https://${MARK}.example`]), status: 405, allows: true },
  { name: 'a QUERY with a body and no Content-Type', request: (scope) => `QUERY ${scope.path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 8\r\nConnection: close\r\n\r\n${MARK}`, status: 405, allows: true },
  { name: 'a malformed percent-encoding in the path', request: (scope) => head(`GET ${scope.path}/%zz${MARK} HTTP/1.1`), status: 400 },
  { name: 'a truncated percent-encoding in the path', request: (scope) => head(`GET ${scope.path}/%E2%82 HTTP/1.1`), status: 400 },
  { name: 'a malformed percent-encoding in the query', request: (scope) => head(`GET ${scope.path}?q=%zz${MARK} HTTP/1.1`), status: 400 },
  { name: 'a percent-encoded byte that is not UTF-8 in the query', request: (scope) => head(`GET ${scope.path}?${MARK}=%FF HTTP/1.1`), status: 400 },
  { name: 'a percent-encoded lone surrogate in the query', request: (scope) => head(`GET ${scope.path}?q=%ED%A0%80${MARK} HTTP/1.1`), status: 400 },
  { name: 'two Host headers', request: (scope) => head(`GET ${scope.path}?${MARK} HTTP/1.1`, ['Host: localhost', `Host: ${MARK}.example`]), status: 400 },
  { name: 'a Host that is not a host', request: (scope) => head(`GET ${scope.path} HTTP/1.1`, [`Host: ${MARK} <x>`]), status: 400 },
  { name: 'two Authorization headers', request: (scope) => head(`GET ${scope.path} HTTP/1.1`, ['Host: localhost', `Authorization: Bearer ak_${MARK}`, `Authorization: Bearer ut_${MARK}`]), status: 400 },
  { name: 'a header over 16 KB', request: (scope) => head(`GET ${scope.path} HTTP/1.1`, ['Host: localhost', `X-Big: ${MARK}${'a'.repeat(17_000)}`]), status: 431 },
  { name: 'a query string over 16 KB', request: (scope) => head(`GET ${scope.path}?q=${MARK}${'a'.repeat(17_000)} HTTP/1.1`), status: 431 },
  { name: 'many headers over 16 KB together', request: (scope) => head(`GET ${scope.path} HTTP/1.1`, ['Host: localhost', ...Array.from({ length: 400 }, (_, i) => `X-H${i}: ${MARK}${'b'.repeat(40)}`)]), status: 431 },
  { name: 'a path parameter over 100 characters', request: (scope) => (scope.parameterPath ? head(`GET ${scope.parameterPath(MARK + 'c'.repeat(300))} HTTP/1.1`) : undefined), status: 414 },
  { name: 'HTTP/1.1 without Host', request: (scope) => head(`GET ${scope.path}?${MARK} HTTP/1.1`, []), status: 400 },
  { name: 'Content-Length with Transfer-Encoding', request: (scope) => `POST ${scope.path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`, status: 400 },
  { name: 'a non-numeric Content-Length', request: (scope) => `POST ${scope.path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${MARK}\r\nConnection: close\r\n\r\n`, status: 400 },
  { name: 'a malformed chunk size', request: (scope) => `POST ${scope.path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n${MARK}\r\n0\r\n\r\n`, status: 400 },
  { name: 'a header name with a space', request: (scope) => head(`GET ${scope.path} HTTP/1.1`, ['Host: localhost', `Bad Header: ${MARK}`]), status: 400 },
  { name: 'a control character in a header value', request: (scope) => head(`GET ${scope.path} HTTP/1.1`, ['Host: localhost', `X-Note: ${MARK}\u0001`]), status: 400 },
  { name: 'an unknown HTTP version', request: (scope) => head(`GET ${scope.path} HTTP/9.${MARK}`), status: 400 },
  { name: 'a space in the path', request: (scope) => head(`GET ${scope.path}/${MARK} x HTTP/1.1`), status: 400 },
];

describe.each(SCOPES)('hostile requests to $name get an answer in its error format, echoing nothing', (scope) => {
  it.each(CASES)('$name → $status', async (hostile) => {
    const request = hostile.request(scope);
    if (request === undefined) return;
    const answer = await rawRequest(port, request);
    expect(answer.status, answer.body).toBe(hostile.status);
    expect(checkShape(scope.path, answer)).toEqual([]);
    expect(codeOf(scope, answer.body)).toBe((scope.name === 'GraphQL' ? GRAPHQL_CODES : REST_CODES)[hostile.status]);
    if (hostile.allows) expect(answer.headers.allow).toBe(scope.allow);
    expect(answer.body.toUpperCase()).not.toContain(MARK);
  });
});

describe('a body of a media type the operation does not take is a 415 that does not repeat the media type', () => {
  it.each(['/v1/users', '/api/v2/users', '/graphql'])('%s', async (path) => {
    const { key } = await createApiKeyService(testApp.db.prisma, { defaultRateLimitPerMinute: 100 }).createApiKey({ name: 'media types', role: 'admin' });
    const answer = await rawRequest(port, `POST ${path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${key}\r\nContent-Type: text/${MARK}${'x'.repeat(2_000)}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(answer.status, answer.body).toBe(415);
    expect(checkShape(path, answer)).toEqual([]);
    expect(answer.body.toUpperCase()).not.toContain(MARK);
  });
});

describe('a body in a content coding (Content-Encoding: gzip, br) is a 415 with Accept-Encoding: identity, not read as if unencoded', () => {
  it.each([
    ['/v1/users', 'gzip'],
    ['/api/v2/users', 'br'],
    ['/graphql', 'gzip'],
  ])('%s with %s', async (path, coding) => {
    const { key } = await createApiKeyService(testApp.db.prisma, { defaultRateLimitPerMinute: 100 }).createApiKey({ name: 'codings', role: 'admin' });
    const body = path === '/graphql' ? { query: '{ __typename }' } : { name: 'Coded', email: `coded.${coding}@example.com`, password: 'a long enough password' };
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-encoding': coding };
    const response = await testApp.app.inject({ method: 'POST', url: path, headers, payload: JSON.stringify(body) });
    expect([response.statusCode, response.headers['accept-encoding']]).toEqual([415, 'identity']);
    expect(checkShape(path, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
    const identity = await testApp.app.inject({ method: 'POST', url: path, headers: { ...headers, 'content-encoding': 'identity' }, payload: JSON.stringify(body) });
    expect(identity.statusCode).toBeLessThan(300);
  });
});

describe('unusual but valid requests are served as usual', () => {
  it('an Expect other than 100-continue is ignored, not answered with an empty 417', async () => {
    const answer = await rawRequest(port, head('GET /healthz HTTP/1.1', ['Host: localhost', 'Expect: something-else']));
    expect([answer.status, JSON.parse(answer.body)]).toEqual([200, { status: 'ok' }]);
  });

  it('a percent-encoded UTF-8 query and a Host that is an IPv6 literal with a port are served', async () => {
    const answer = await rawRequest(port, head('GET /healthz?note=%C3%A9t%C3%A9+%F0%9F%98%80 HTTP/1.1', ['Host: [::1]:8080']));
    expect([answer.status, JSON.parse(answer.body)]).toEqual([200, { status: 'ok' }]);
  });

  it('HTTP/1.0 without Host is served', async () => {
    const answer = await rawRequest(port, 'GET /healthz HTTP/1.0\r\n\r\n');
    expect(answer.status).toBe(200);
  });

  it('HEAD on a GET route is allowed', async () => {
    expect((await testApp.app.inject({ method: 'HEAD', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('a route of the method sent that finds nothing is a 404, never a 405 whose Allow lists that method', () => {
  it.each(['GET', 'HEAD'] as const)('%s of a file the docs do not have', async (method) => {
    for (const url of ['/docs/static/nothing.js', '/docs/static/..%2f..%2fpackage.json']) {
      const response = await testApp.app.inject({ method, url });
      expect([url, response.statusCode, response.headers.allow]).toEqual([url, 404, undefined]);
      if (method === 'GET') expect(checkShape(url, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
    }
  });

  it('another method there is still a 405 naming GET', async () => {
    const response = await testApp.app.inject({ method: 'DELETE', url: '/docs/static/nothing.js' });
    expect([response.statusCode, response.headers.allow]).toEqual([405, 'GET, HEAD']);
  });
});

describe('a request no route takes is a 404 or 405 whatever its body', () => {
  it.each([
    ['/v1/users/x/y', 'POST', 404],
    ['/api/v2/nothing', 'PUT', 404],
    ['/graphql', 'PUT', 405],
    ['/v1/users', 'PATCH', 405],
  ] as const)('%s %s with a malformed JSON body → %i', async (url, method, status) => {
    const response = await testApp.app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: `{"${MARK}":` });
    expect(response.statusCode).toBe(status);
    expect(checkShape(url, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
    expect(response.body).not.toContain(MARK);
  });
});
