import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/app.ts';
import { errorShapeChecker, type ErrorShapeCheck } from '../testing/error-shapes.ts';

const ALLOWED = 'https://app.example.com';
const OTHER = 'https://evil.example.com';
const API_PATHS = ['/v1/users', '/api/v2/users', '/graphql'];

let checkShape: ErrorShapeCheck;
beforeAll(async () => {
  checkShape = await errorShapeChecker();
});

const preflight = (testApp: TestApp, url: string, origin: string) =>
  testApp.app.inject({
    method: 'OPTIONS',
    url,
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });

const corsHeaders = (headers: Record<string, unknown>) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));

/** The message of an error body in v1's, v2's or GraphQL's format. */
function messageOf(body: unknown): string | undefined {
  const b = body as { detail?: string; error?: { message?: string }; errors?: { message?: string }[] };
  return b.detail ?? b.error?.message ?? b.errors?.[0]?.message;
}

describe('CORS_ORIGINS set', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({ corsOrigins: [ALLOWED, 'http://localhost:5173'] });
  });
  afterAll(() => testApp.close());

  it.each(API_PATHS)('a preflight to %s from an allowed origin succeeds', async (url) => {
    const response = await preflight(testApp, url, ALLOWED);
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(String(response.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(response.headers['access-control-allow-headers']).toLowerCase()).toBe('authorization, content-type');
    expect(response.headers.vary).toContain('Origin');
  });

  it.each(API_PATHS)('a preflight to %s from another origin gets no CORS headers, and a 405 in the API format', async (url) => {
    const response = await preflight(testApp, url, OTHER);
    expect(corsHeaders(response.headers)).toEqual([]);
    expect(response.statusCode).toBe(405);
    expect(checkShape(url, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
    expect(response.body).not.toContain('evil');
    expect(messageOf(response.json())).toContain("the server's CORS_ORIGINS setting lists that origin");
  });

  it('responses to an allowed origin let the browser read the rate-limit headers and Location', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/v1/users', headers: { origin: ALLOWED } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(String(response.headers['access-control-expose-headers']).split(', ').sort()).toEqual(
      ['Location', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'].sort(),
    );
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('responses to another origin, or to no origin, carry no CORS headers', async () => {
    for (const headers of [{ origin: OTHER }, { origin: 'null' }, { origin: `${ALLOWED}.evil.example` }, {}]) {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/v2/users', headers });
      expect(corsHeaders(response.headers)).toEqual([]);
    }
  });
});

describe('CORS_ORIGINS unset (the default)', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it.each(API_PATHS)('no origin gets CORS headers from %s, and OPTIONS is a 405 in the API format', async (url) => {
    const response = await preflight(testApp, url, ALLOWED);
    expect(corsHeaders(response.headers)).toEqual([]);
    expect([response.statusCode, response.headers.allow]).toEqual([405, 'GET, HEAD, POST']);
    expect(checkShape(url, { status: response.statusCode, headers: response.headers, body: response.body })).toEqual([]);
    expect(messageOf(response.json())).toContain("the server's CORS_ORIGINS setting lists that origin");
    // an OPTIONS that is not a preflight is told what any other method is
    const plain = await testApp.app.inject({ method: 'OPTIONS', url });
    expect([plain.statusCode, messageOf(plain.json())]).toEqual([405, 'This method is not allowed here; allowed: GET, HEAD, POST']);
    const get = await testApp.app.inject({ method: 'GET', url, headers: { origin: ALLOWED } });
    expect(corsHeaders(get.headers)).toEqual([]);
  });
});
