import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { document as v1Document } from '../../generated/v1/document.ts';
import { document as v2Document } from '../../generated/v2/document.ts';
import { createTestApp, type TestApp } from '../testing/app.ts';
import { bundledYamlUrl, type ApiVersion } from './spec-documents.ts';

const bundles: Record<ApiVersion, object> = { v1: v1Document, v2: v2Document };

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe.each(['v1', 'v2'] as const)('the %s spec', (version) => {
  it(`GET /openapi/${version}.json is the generated bundle as JSON`, async () => {
    const response = await testApp.app.inject({ method: 'GET', url: `/openapi/${version}.json` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.json()).toEqual(bundles[version]);
    expect(response.json()).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./) });
  });

  it(`GET /openapi/${version}.yaml is the generated openapi.yaml, byte for byte`, async () => {
    const response = await testApp.app.inject({ method: 'GET', url: `/openapi/${version}.yaml` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(response.body).toBe(await readFile(bundledYamlUrl(version), 'utf8'));
    expect(response.body.startsWith('#')).toBe(true);
    expect(parse(response.body)).toEqual(bundles[version]);
  });
});
