import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createV1TestKit, type V1TestKit } from '../../testing/v1.ts';

let kit: V1TestKit;
let existing: { id: string; email: string };
beforeAll(async () => {
  kit = await createV1TestKit();
  existing = (await kit.call('POST', '/users', { body: { name: 'Existing', email: 'existing@example.com' } })).json();
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  code: string;
  fields?: string[];
}

const valid = { name: 'New Person', email: 'new.person@example.com', password: 'long enough' };
const userUrl = () => `/users/${existing.id}`;

const cases: Case[] = [
  { name: 'missing email', method: 'POST', url: '/users', body: { name: 'A' }, status: 400, code: 'INVALID_INPUT', fields: ['body.email'] },
  { name: 'invalid email', method: 'POST', url: '/users', body: { ...valid, email: 'not-an-email' }, status: 400, code: 'INVALID_INPUT', fields: ['body.email'] },
  { name: 'short password', method: 'POST', url: '/users', body: { ...valid, password: 'short' }, status: 400, code: 'INVALID_INPUT', fields: ['body.password'] },
  { name: 'neither name nor username', method: 'POST', url: '/users', body: { email: 'x@example.com' }, status: 400, code: 'INVALID_INPUT', fields: ['body.name', 'body.username'] },
  { name: 'unknown field', method: 'POST', url: '/users', body: { ...valid, isAdmin: true }, status: 400, code: 'INVALID_INPUT', fields: ['body.isAdmin'] },
  { name: 'wrong types', method: 'POST', url: '/users', body: { ...valid, name: 42, password: ['x'] }, status: 400, code: 'INVALID_INPUT', fields: ['body.name', 'body.password'] },
  { name: 'blank name', method: 'POST', url: '/users', body: { ...valid, name: '   ' }, status: 400, code: 'INVALID_INPUT', fields: ['body.name'] },
  { name: 'unknown role', method: 'POST', url: '/users', body: { ...valid, role: 'root' }, status: 400, code: 'INVALID_INPUT', fields: ['body.role'] },
  { name: 'a JSON array body', method: 'POST', url: '/users', body: '[]', headers: { 'content-type': 'application/json' }, status: 400, code: 'INVALID_INPUT', fields: ['body'] },
  { name: 'malformed JSON', method: 'POST', url: '/users', body: '{"email":', headers: { 'content-type': 'application/json' }, status: 400, code: 'INVALID_INPUT', fields: ['body'] },
  { name: 'empty JSON body', method: 'POST', url: '/users', body: '', headers: { 'content-type': 'application/json' }, status: 400, code: 'INVALID_INPUT', fields: ['body'] },
  { name: 'no body', method: 'POST', url: '/users', status: 400, code: 'INVALID_INPUT', fields: ['body'] },
  { name: 'wrong content type', method: 'POST', url: '/users', body: 'email=a@example.com', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'text/plain body', method: 'POST', url: '/users', body: JSON.stringify(valid), headers: { 'content-type': 'text/plain' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'body over the limit', method: 'POST', url: '/users', body: { ...valid, name: 'x'.repeat(2 * 1024 * 1024) }, status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'empty PUT body', method: 'PUT', url: 'USER', body: {}, status: 400, code: 'INVALID_INPUT', fields: ['body'] },
  { name: 'PUT with a password', method: 'PUT', url: 'USER', body: { password: 'new password' }, status: 400, code: 'INVALID_INPUT', fields: ['body.password'] },
  { name: 'PUT with an invalid email', method: 'PUT', url: 'USER', body: { email: 'nope' }, status: 400, code: 'INVALID_INPUT', fields: ['body.email'] },
  { name: 'PUT to an unknown id', method: 'PUT', url: '/users/user_00000000000000000000000000000000', body: { name: 'x' }, status: 404, code: 'NOT_FOUND' },
  { name: 'PUT to a malformed id', method: 'PUT', url: '/users/42', body: { name: 'x' }, status: 404, code: 'NOT_FOUND' },
  { name: 'DELETE of a malformed id', method: 'DELETE', url: '/users/%27%20OR%201%3D1', status: 404, code: 'NOT_FOUND' },
  { name: 'duplicate email in another case', method: 'POST', url: '/users', body: { ...valid, email: 'EXISTING@Example.com' }, status: 409, code: 'CONFLICT', fields: ['body.email'] },
  { name: 'limit 0', method: 'GET', url: '/users?limit=0', status: 400, code: 'INVALID_INPUT', fields: ['query.limit'] },
  { name: 'limit 101', method: 'GET', url: '/users?limit=101', status: 400, code: 'INVALID_INPUT', fields: ['query.limit'] },
  { name: 'limit abc', method: 'GET', url: '/users?limit=abc', status: 400, code: 'INVALID_INPUT', fields: ['query.limit'] },
  { name: 'limit 2.5', method: 'GET', url: '/users?limit=2.5', status: 400, code: 'INVALID_INPUT', fields: ['query.limit'] },
  { name: 'negative offset', method: 'GET', url: '/users?offset=-1', status: 400, code: 'INVALID_INPUT', fields: ['query.offset'] },
  { name: 'huge offset', method: 'GET', url: '/users?offset=99999999999', status: 400, code: 'INVALID_INPUT', fields: ['query.offset'] },
  { name: 'unknown sortBy', method: 'GET', url: '/users?sortBy=password', status: 400, code: 'INVALID_INPUT', fields: ['query.sortBy'] },
  { name: 'unknown sortOrder', method: 'GET', url: '/users?sortOrder=up', status: 400, code: 'INVALID_INPUT', fields: ['query.sortOrder'] },
  { name: 'page with offset', method: 'GET', url: '/users?page=2&offset=5', status: 400, code: 'INVALID_INPUT', fields: ['query.page'] },
  { name: 'sort with sortBy', method: 'GET', url: '/users?sort=name&sortBy=email', status: 400, code: 'INVALID_INPUT', fields: ['query.sort'] },
  { name: 'unknown query parameter', method: 'GET', url: '/users?admin=true', status: 400, code: 'INVALID_INPUT', fields: ['query.admin'] },
  { name: 'repeated limit', method: 'GET', url: '/users?limit=1&limit=2', status: 400, code: 'INVALID_INPUT', fields: ['query.limit'] },
  { name: 'unknown id', method: 'GET', url: '/users/user_ffffffffffffffffffffffffffffffff', status: 404, code: 'NOT_FOUND' },
  { name: 'malformed id', method: 'GET', url: '/users/not-an-id', status: 404, code: 'NOT_FOUND' },
];

describe('bad input to v1 gets a clear 4xx in the v1 error format, and changes nothing', () => {
  it.each(cases)('$name → $status $code', async (c) => {
    const before = await kit.snapshot();
    const url = c.url === 'USER' ? userUrl() : c.url;
    const res = await kit.call(c.method, url, { body: c.body, ...(c.headers ? { headers: c.headers } : {}) });
    expect(res.statusCode).toBe(c.status);
    const error = res.json().error;
    expect(error.code).toBe(c.code);
    expect(error.message).toEqual(expect.any(String));
    if (c.fields) expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual([...c.fields].sort());
    expect(await kit.snapshot()).toEqual(before);
  });
});
