import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlTestKit, type GraphqlTestKit } from '../graphql/testing/kit.ts';
import { MAX_JSON_DEPTH } from '../framework/json-body.ts';
import { errorShapeChecker, type ErrorShapeCheck } from '../testing/error-shapes.ts';

let kit: GraphqlTestKit;
let checkShape: ErrorShapeCheck;
beforeAll(async () => {
  kit = await createGraphqlTestKit();
  checkShape = await errorShapeChecker();
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

interface Api {
  name: string;
  url: string;
  /** A body the endpoint takes, as JSON text without its closing brace, so a case can add a member. */
  open: () => string;
  invalidCode: string;
}

let counter = 0;
const APIS: Api[] = [
  { name: 'v1', url: '/v1/users', open: () => `{"name":"Strict ${++counter}","email":"strict${counter}.v1@example.com"`, invalidCode: 'INVALID_INPUT' },
  { name: 'v2', url: '/api/v2/users', open: () => `{"name":"Strict ${++counter}","email":"strict${counter}.v2@example.com","password":"a password of 12+"`, invalidCode: 'INVALID_INPUT' },
  { name: 'GraphQL', url: '/graphql', open: () => '{"query":"{ posts(first: 1) { id } }"', invalidCode: 'BAD_REQUEST' },
];

function codeAndFields(api: Api, body: string): { code: unknown; fields: unknown } {
  const parsed = JSON.parse(body) as {
    error?: { code?: unknown; details?: { field: string }[] };
    code?: unknown;
    errors?: { field?: string; extensions?: { code?: unknown } }[];
  };
  if (api.name === 'v1') return { code: parsed.error?.code, fields: parsed.error?.details?.map((d) => d.field) };
  if (api.name === 'v2') return { code: parsed.code, fields: parsed.errors?.map((e) => e.field) };
  return { code: parsed.errors?.[0]?.extensions?.code, fields: ['body'] };
}

/** The first member name of a body's opening. */
const firstName = (open: string) => /^\{"([^"]+)"/.exec(open)![1]!;
const escapeFirstLetter = (name: string) => `\\u${name.charCodeAt(0).toString(16).padStart(4, '0')}${name.slice(1)}`;

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Each takes a valid body's opening and returns a hostile body. */
const HOSTILE_BODIES: [string, (open: string) => string | Buffer, string?][] = [
  ['a duplicate member name', (open) => `${open},"${firstName(open)}":"Other"}`],
  ['a duplicate member name written with an escape', (open) => `${open},"${escapeFirstLetter(firstName(open))}":"Other"}`],
  ['a __proto__ member', (open) => `${open},"__proto__":{"role":"admin"}}`],
  ['a constructor.prototype member', (open) => `${open},"constructor":{"prototype":{"role":"admin"}}}`],
  ['a lone surrogate escape', (open) => `${open},"extra":"\\ud800"}`, 'body.extra'],
  ['a number beyond a double', (open) => `${open},"extra":1e400}`, 'body.extra'],
  ['an integer beyond 2^53 - 1', (open) => `${open},"extra":9007199254740993}`, 'body.extra'],
  ['trailing garbage', (open) => `${open}} ECHOMARK`],
  ['nesting too deep', (open) => `${open},"extra":${deep(MAX_JSON_DEPTH + 5)}}`],
  ['bytes that are not UTF-8', (open) => Buffer.concat([Buffer.from(`${open},"extra":"`), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])],
  ['UTF-16', (open) => Buffer.from(`${open}}`, 'utf16le')],
];

describe.each(APIS)('JSON bodies to $name follow RFC 8259 strictly', (api) => {
  it.each(HOSTILE_BODIES)('%s → 400 naming the body or the bad member, nothing stored, nothing echoed', async (_name, build, field = 'body') => {
    const usersBefore = await kit.db.prisma.user.count();
    const response = await kit.app.inject({
      method: 'POST',
      url: api.url,
      headers: { authorization: `Bearer ${kit.adminKey}`, 'content-type': 'application/json' },
      payload: build(api.open()),
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(checkShape(api.url, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
    expect(codeAndFields(api, response.body)).toEqual({ code: api.invalidCode, fields: [api.name === 'v1' || api.name === 'v2' ? field : 'body'] });
    expect(response.body).not.toMatch(/ECHOMARK|admin/);
    expect(await kit.db.prisma.user.count()).toBe(usersBefore);
  });

  it.each(['latin1', 'ISO-8859-1', 'utf-16', '"windows-1252"'])('charset=%s → 415', async (charset) => {
    const response = await kit.app.inject({
      method: 'POST',
      url: api.url,
      headers: { authorization: `Bearer ${kit.adminKey}`, 'content-type': `application/json; charset=${charset}` },
      payload: `${api.open()}}`,
    });
    expect(response.statusCode).toBe(415);
    expect(checkShape(api.url, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
    expect(response.body).not.toContain(charset.replace(/"/g, ''));
  });

  it.each(['utf-8', 'UTF-8', '"utf-8"'])('charset=%s and a leading byte order mark are accepted', async (charset) => {
    const response = await kit.app.inject({
      method: 'POST',
      url: api.url,
      headers: { authorization: `Bearer ${kit.adminKey}`, 'content-type': `application/json; charset=${charset}` },
      payload: `\ufeff${api.open()}}`,
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
  });
});

describe('credentials are read per RFC 6750: anything but "Bearer <b64token>" is a 401 in the API format, never a 500', () => {
  const MALFORMED = [
    (key: string) => `Bearer  ${key}`,
    (key: string) => `Bearer ${key} `,
    (key: string) => `Bearer\t${key}`,
    (key: string) => ` Bearer ${key}`,
    (key: string) => `Bearer ${key},${key}`,
    (key: string) => `Bearer "${key}"`,
    (key: string) => `Bearer ${key}=x`,
    (key: string) => `Bearer ${key};ECHOMARK`,
    (key: string) => `Bearer ${key} ECHOMARK`,
    (key: string) => `Basic ${Buffer.from(`${key}:x`).toString('base64')}`,
    (key: string) => `Token ${key}`,
    (key: string) => `Bearer${key}`,
    () => 'Bearer',
    () => 'Bearer ',
    () => '',
    () => `Bearer ak_${'A'.repeat(8_000)}`,
    () => 'Bearer ut_ECHOMARK',
    () => 'Bearer ak_ECHOMARK',
    () => 'Bearer =',
  ];

  it.each(MALFORMED.map((make, index) => [index, make] as const))('form %i on v1, v2 and GraphQL', async (_index, make) => {
    const authorization = make(kit.adminKey);
    for (const url of ['/v1/users', '/api/v2/users']) {
      const response = await kit.app.inject({ method: 'GET', url, headers: { authorization } });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(401);
      expect(checkShape(url, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
      expect(response.body).not.toContain('ECHOMARK');
      if (authorization.length > 20) expect(response.body).not.toContain(authorization.slice(7, 20));
    }
    const graphql = await kit.graphql('{ posts(first: 1) { id } }', { auth: null });
    expect(graphql.status).toBeLessThan(500);
    const withHeader = await kit.app.inject({ method: 'POST', url: '/graphql', headers: { authorization }, payload: { query: '{ posts(first: 1) { id } }' } });
    expect(withHeader.statusCode, withHeader.body).toBeLessThan(500);
    expect(withHeader.json().errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each(['Bearer', 'bearer', 'BEARER', 'bEaReR'])('the scheme %s, in any case, is accepted', async (scheme) => {
    for (const url of ['/v1/users', '/api/v2/users']) {
      const response = await kit.app.inject({ method: 'GET', url, headers: { authorization: `${scheme} ${kit.adminKey}` } });
      expect(response.statusCode).toBe(200);
    }
  });
});
