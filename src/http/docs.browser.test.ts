import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../generated/graphql/schema.ts';
import { document as v1Bundled } from '../../generated/v1/document.ts';
import { document as v2Bundled } from '../../generated/v2/document.ts';
import { createTestApp, type TestApp } from '../testing/app.ts';

interface RenderedSpec {
  info: { title: string };
  paths: Record<string, Record<string, unknown>>;
}

/** Debian's chromium; the test never downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function operationIds(spec: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.values(spec.paths).flatMap((item) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([, operation]) => (operation as { operationId: string }).operationId),
  );
}

const title = HAS_CHROMIUM
  ? '/docs in headless Chromium'
  : `/docs in headless Chromium (SKIPPED: ${CHROMIUM} is absent; install it with \`apt-get install -y chromium\`)`;

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let testApp: TestApp;
  let origin: string;
  let profile: string;
  let browser: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    testApp = await createTestApp({ nodeEnv: 'production' });
    await testApp.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(testApp.app.server.address() as AddressInfo).port}`;
    profile = await mkdtemp(join(tmpdir(), 'docs-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
    // Nothing may leave this server: a request elsewhere would be a dependency on the network.
    await browser.route(
      (url) => url.origin !== origin,
      async (route) => {
        problems.push(`request to another origin: ${route.request().url()}`);
        await route.abort();
      },
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error on ${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error on ${path}: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
    await page.goto(origin + path);
    return page;
  }

  it.each([
    ['v1', v1Bundled as unknown as RenderedSpec],
    ['v2', v2Bundled as unknown as RenderedSpec],
  ] as const)('renders every operation of %s in Swagger UI', async (version, spec) => {
    const page = await open(`/docs/?urls.primaryName=${version}`);
    await page.locator('.opblock').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.information-container .title').first().innerText()).toContain(spec.info.title);
    const rendered = await page.locator('.opblock').evaluateAll((blocks) => blocks.map((block) => block.id));
    for (const operationId of operationIds(spec)) {
      expect(rendered.some((id) => id.endsWith(`-${operationId}`)), `${version} ${operationId}`).toBe(true);
    }
    // Production: the reference reads, but does not send requests.
    expect(await page.locator('.try-out__btn').count()).toBe(0);
    await page.screenshot({ path: join(tmpdir(), `docs-${version}.png`), fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('renders every GraphQL operation and type, with descriptions', async () => {
    const schema = buildSchema(typeDefs);
    const page = await open('/docs/graphql');
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root!.getFields())) {
        const section = page.locator(`[data-operation="${root!.name}.${field.name}"]`);
        expect(await section.isVisible(), `${root!.name}.${field.name}`).toBe(true);
        if (field.description) expect(await section.innerText()).toContain(field.description.trim().split('\n')[0]!.replace(/`|\*\*/g, ''));
      }
    }
    const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !['Query', 'Mutation'].includes(type.name));
    expect(types.map((type) => type.name)).toEqual(expect.arrayContaining(['User', 'Post', 'Comment', 'Role', 'DateTime']));
    for (const type of types) expect(await page.locator(`[data-type="${type.name}"]`).isVisible(), type.name).toBe(true);
    for (const field of Object.keys((schema.getType('User') as GraphQLObjectType).getFields())) {
      expect(await page.locator(`[data-type="User"] [data-field="${field}"]`).isVisible(), `User.${field}`).toBe(true);
    }
    await page.screenshot({ path: join(tmpdir(), 'docs-graphql.png'), fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
