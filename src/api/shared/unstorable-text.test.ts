import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKeyService } from '../../domain/credentials/api-keys.ts';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { errorFields, injectSpecRequest, textInputs } from '../../testing/spec-requests.ts';
import { document as v1Document } from '../../../generated/v1/document.ts';
import { basePath as v1BasePath } from '../../../generated/v1/base-path.ts';
import { document as v2Document } from '../../../generated/v2/document.ts';
import { basePath as v2BasePath } from '../../../generated/v2/base-path.ts';

type Json = Record<string, unknown>;

let testApp: TestApp;
let adminKey: string;

beforeAll(async () => {
  testApp = await createTestApp();
  adminKey = (await createApiKeyService(testApp.db.prisma, { defaultRateLimitPerMinute: 100 }).createApiKey({ name: 'nul', role: 'admin', rateLimitPerMinute: 1_000_000 })).key;
});
afterAll(() => testApp?.close());

const VERSIONS = [
  { name: 'v1', document: v1Document, basePath: v1BasePath, code: (body: Json) => (body.error as Json).code, mediaType: 'application/json' },
  { name: 'v2', document: v2Document, basePath: v2BasePath, code: (body: Json) => body.code, mediaType: 'application/problem+json' },
];

describe.each(VERSIONS)('text the database cannot store (U+0000), in $name', ({ document, basePath, code, mediaType }) => {
  const inputs = textInputs(document as unknown as Json, basePath);

  it('covers every text input: path and query parameters and body fields', () => {
    const fields = new Set(inputs.map((input) => input.field));
    for (const field of ['path.id', 'body.name', 'body.email', 'body.password']) expect(fields).toContain(field);
    if (basePath === v2BasePath) for (const field of ['query.q', 'body.url', 'body.description', 'body.events.0', 'path.deliveryId']) expect(fields).toContain(field);
  });

  it.each(inputs.map((input) => [`${input.operationId} ${input.field}`, input] as const))('%s: 400 INVALID_INPUT naming the field', async (_name, input) => {
    for (const value of ['\u0000', 'before\u0000after']) {
      const request = input.withValue(value);
      const response = await injectSpecRequest(testApp.app, request, adminKey);
      expect(response.statusCode, `${request.method} ${request.url} ${response.body}`).toBe(400);
      expect(response.headers['content-type']).toContain(mediaType);
      const body = response.json() as Json;
      expect(code(body)).toBe('INVALID_INPUT');
      expect(errorFields(body)).toContain(input.field);
    }
    expect(testApp.violations).toEqual([]);
  });
});
