import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../generated/graphql/schema.ts';
import { createTestApp, type TestApp } from '../testing/app.ts';

const ORIGIN = 'http://localhost';

/** Follows redirects within the app, as a browser would, and returns the final response and URL. */
async function browse(testApp: TestApp, url: string) {
  let current = new URL(url, ORIGIN);
  for (let hops = 0; hops < 5; hops++) {
    const response = await testApp.app.inject({ method: 'GET', url: current.pathname + current.search });
    const location = response.headers.location;
    if (response.statusCode < 300 || response.statusCode >= 400 || typeof location !== 'string') return { response, url: current };
    current = new URL(location, current);
  }
  throw new Error(`too many redirects from ${url}`);
}

function assetUrls(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
}

describe('GET /docs', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('is an HTML page whose scripts and styles all come from this server', async () => {
    const { response, url } = await browse(testApp, '/docs');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const assets = assetUrls(response.body);
    expect(assets.some((asset) => asset.endsWith('swagger-ui-bundle.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('swagger-ui.css'))).toBe(true);
    for (const asset of assets) {
      const resolved = new URL(asset, url);
      expect(resolved.origin, `${asset} is not same-origin`).toBe(ORIGIN);
      const { response: assetResponse } = await browse(testApp, resolved.href);
      expect(assetResponse.statusCode, `${asset}`).toBe(200);
      expect(assetResponse.body.length, `${asset} is empty`).toBeGreaterThan(0);
    }
  });

  it('points Swagger UI at both specs served here, and at nothing else', async () => {
    const { response, url } = await browse(testApp, '/docs/static/swagger-initializer.js');
    expect(response.statusCode).toBe(200);
    const config = JSON.parse(/const config = (.*)$/m.exec(response.body)?.[1] ?? 'null') as { urls?: unknown };
    expect(config.urls).toEqual([
      { name: 'v2', url: '/openapi/v2.json' },
      { name: 'v1', url: '/openapi/v1.json' },
    ]);
    expect(response.body).toContain('validatorUrl: null');
    for (const spec of ['/openapi/v1.json', '/openapi/v2.json']) {
      expect((await browse(testApp, new URL(spec, url).href)).response.statusCode).toBe(200);
    }
  });

  it('forbids scripts and styles from other origins', async () => {
    const { response } = await browse(testApp, '/docs');
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
  });
});

describe('GET /docs/graphql', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({ nodeEnv: 'production' });
  });
  afterAll(() => testApp.close());

  it('is a static HTML reference of every GraphQL operation and type, in production too, without scripts', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/docs/graphql' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(response.body).not.toMatch(/<script/i);
    const schema = buildSchema(typeDefs);
    for (const type of Object.values(schema.getTypeMap()).filter((named) => !named.name.startsWith('__'))) {
      if (type.name === 'Query' || type.name === 'Mutation') continue;
      expect(response.body, type.name).toContain(`data-type="${type.name}"`);
    }
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.keys(root.getFields())) expect(response.body).toContain(`data-operation="${root.name}.${field}"`);
    }
  });

  it('keeps Swagger UI from sending requests in production, and lets it outside', async () => {
    const production = await testApp.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(production.body).toContain('"supportedSubmitMethods":[]');
    const development = await createTestApp({ nodeEnv: 'development' });
    try {
      const initializer = await development.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
      expect(initializer.body).not.toContain('supportedSubmitMethods');
    } finally {
      await development.close();
    }
  });
});
