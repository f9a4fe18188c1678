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
  testApp = await createTestApp({ webhookAllowPrivateTargets: true });
  adminKey = (await createApiKeyService(testApp.db.prisma, { defaultRateLimitPerMinute: 100 }).createApiKey({ name: 'lengths', role: 'admin', rateLimitPerMinute: 1_000_000 })).key;
});
afterAll(() => testApp?.close());

/** A character outside the Basic Multilingual Plane: one character to JSON Schema, two UTF-16 units to JavaScript. */
const ASTRAL = '\u{1F600}';

/** Patterns an emoji fits: the shared Text rule (no NUL) and "not blank". */
const EMOJI_FITS = new Set(['^[^\\u0000]*$', '\\S']);

/** Text inputs with a maximum length that any characters may fill. */
function boundedTexts(document: Json, basePath: string) {
  return textInputs(document, basePath).filter(({ schema }) => typeof schema.maxLength === 'number' && schema.format === undefined && schema.enum === undefined && (schema.pattern === undefined || EMOJI_FITS.has(String(schema.pattern))));
}

describe.each([
  { name: 'v1', document: v1Document, basePath: v1BasePath },
  { name: 'v2', document: v2Document, basePath: v2BasePath },
])('a text at its maxLength counts characters as the spec does (code points), in $name', ({ document, basePath }) => {
  const inputs = boundedTexts(document as unknown as Json, basePath);

  it('covers the bounded text inputs', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(3);
  });

  it.each(inputs.map((input) => [`${input.operationId} ${input.field} (maxLength ${String(input.schema.maxLength)})`, input] as const))('%s', async (_name, input) => {
    const send = async (value: string) => {
      const response = await injectSpecRequest(testApp.app, input.withValue(value), adminKey);
      return { status: response.statusCode, fields: response.statusCode === 400 ? errorFields(response.json() as Json) : [] };
    };
    const max = input.schema.maxLength as number;
    const atMax = await send(ASTRAL.repeat(max));
    expect(atMax.status, `${input.field} at ${max} characters`).toBeLessThan(500);
    expect(atMax.fields, `${input.field} at ${max} characters`).not.toContain(input.field);
    const over = await send(ASTRAL.repeat(max + 1));
    expect([over.status, over.fields.includes(input.field)], `${input.field} at ${max + 1} characters`).toEqual([400, true]);
    expect(testApp.violations).toEqual([]);
  });
});
