import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseViolation } from '../../src/framework/index.ts';
import { documentOperations, isObject, resolveRef, type DocumentOperation, type JsonObject, type MockDocument } from '../../src/framework/mock/document.ts';
import { sampleFromSchema } from '../../src/framework/mock/sample.ts';
import { createV2TestKit } from '../../src/testing/v2.ts';
import { buildMockApp } from './server.ts';
import { loadMockTarget, type MockTarget } from './target.ts';

interface ValidRequest {
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
}

/** An example of a parameter or body: its own, its first named one, its schema's, or generated data. */
function exampleOf(document: MockDocument, holder: JsonObject, key: string): unknown {
  if (holder.example !== undefined) return holder.example;
  const named = isObject(holder.examples) ? Object.values(holder.examples).map((e) => resolveRef(document, e)).find(isObject) : undefined;
  if (named && 'value' in named) return named.value;
  const schema = resolveRef(document, holder.schema);
  if (isObject(schema) && schema.example !== undefined) return schema.example;
  return sampleFromSchema(document, holder.schema ?? {}, 7, key);
}

/** A request the spec allows: required parameters and the body from examples or schemas, and a credential of each scheme it asks for. */
function validRequest(document: MockDocument, op: DocumentOperation): ValidRequest {
  const request: ValidRequest = { path: {}, query: {}, headers: {} };
  const pathItem = document.paths?.[op.path] ?? {};
  const parameters = [...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []), ...(Array.isArray(op.operation.parameters) ? op.operation.parameters : [])];
  for (const raw of parameters) {
    const parameter = resolveRef(document, raw);
    if (!isObject(parameter) || (parameter.required !== true && parameter.in !== 'path')) continue;
    const value = String(exampleOf(document, parameter, `${op.operationId}:${String(parameter.name)}`));
    if (parameter.in === 'path') request.path[String(parameter.name)] = value;
    if (parameter.in === 'query') request.query[String(parameter.name)] = value;
    if (parameter.in === 'header') request.headers[String(parameter.name).toLowerCase()] = value;
  }
  const body = resolveRef(document, op.operation.requestBody);
  const json = isObject(body) && isObject(body.content) ? body.content['application/json'] : undefined;
  if (isObject(json)) request.body = exampleOf(document, json, `${op.operationId}:body`);
  const security = (op.operation.security ?? (document as { security?: unknown }).security ?? []) as Record<string, unknown>[];
  for (const scheme of Object.keys(security[0] ?? {})) {
    const definition = resolveRef(document, document.components?.securitySchemes?.[scheme]);
    if (!isObject(definition)) continue;
    if (definition.type === 'apiKey' && definition.in === 'header') request.headers[String(definition.name).toLowerCase()] = 'mock-key';
    else if (definition.type === 'apiKey' && definition.in === 'query') request.query[String(definition.name)] = 'mock-key';
    else if (definition.type === 'apiKey' && definition.in === 'cookie') request.headers.cookie = `${String(definition.name)}=mock-key`;
    else if (definition.type === 'http' && definition.scheme === 'basic') request.headers.authorization = 'Basic bW9jazptb2Nr';
    else request.headers.authorization = 'Bearer mock-credential';
  }
  return request;
}

function url(op: DocumentOperation, basePath: string, request: ValidRequest): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(request.path[name] ?? ''));
  const query = new URLSearchParams(request.query).toString();
  return `${basePath}${path}${query ? `?${query}` : ''}`;
}

function declaredStatuses(document: MockDocument, op: DocumentOperation): string[] {
  return Object.keys(isObject(op.operation.responses) ? op.operation.responses : {});
}

function successIsJson(document: MockDocument, op: DocumentOperation): boolean {
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  const success = resolveRef(document, Object.entries(responses).find(([status]) => /^2/.test(status))?.[1]);
  const types = isObject(success) && isObject(success.content) ? Object.keys(success.content) : [];
  return types.length === 0 || /json/.test(types[0]!);
}

function namedExamples(document: MockDocument, op: DocumentOperation): { status: string; name: string; value: unknown }[] {
  const found: { status: string; name: string; value: unknown }[] = [];
  for (const [status, raw] of Object.entries(isObject(op.operation.responses) ? op.operation.responses : {})) {
    const response = resolveRef(document, raw);
    const content = isObject(response) && isObject(response.content) ? Object.values(response.content)[0] : undefined;
    for (const [name, example] of Object.entries(isObject(content) && isObject(content.examples) ? content.examples : {})) {
      const resolved = resolveRef(document, example);
      if (isObject(resolved) && 'value' in resolved) found.push({ status, name, value: resolved.value });
    }
  }
  return found;
}

interface Served {
  target: MockTarget;
  app: FastifyInstance;
  origin: string;
  violations: ResponseViolation[];
  operations: DocumentOperation[];
}

async function serve(spec: string, seed = 1): Promise<Served> {
  const target = await loadMockTarget(spec);
  const violations: ResponseViolation[] = [];
  const app = await buildMockApp(target, { seed, responseCheck: { onViolation: (v) => violations.push(v) } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { target, app, origin, violations, operations: documentOperations(target.document) };
}

type LooseClient = {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ response: Response; data?: unknown; error?: unknown }>;
};

let scratch: string;
const servers: Served[] = [];
const specs: Record<string, string> = {
  v1: 'spec/v1/openapi.yaml',
  v2: 'spec/v2/openapi.yaml',
  museum: 'src/framework/fixtures/museum/openapi.yaml',
};

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mock-spec-'));
  // a third-party spec the project has no generated code for: compiled when the mock starts
  specs.uncompiled = join(scratch, 'petstore-expanded.yaml');
  await copyFile('src/framework/fixtures/petstore-expanded/openapi.yaml', specs.uncompiled);
}, 60_000);

afterAll(async () => {
  for (const served of servers) await served.app.close();
  await rm(scratch, { recursive: true, force: true });
});

describe.each(['v1', 'v2', 'museum', 'uncompiled'])('npm run mock on %s', (name) => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(specs[name]!);
    servers.push(served);
  }, 120_000);

  it('uses the generated code the project has, or compiles the spec at start', () => {
    expect(served.target.compiledAtStart).toBe(name === 'uncompiled');
    expect(served.operations.length).toBe(served.target.module.routes.length);
  });

  it('answers every operation with a declared success, through the generated client, matching the spec', async () => {
    const { createClient } = (await import(pathToFileURL(resolve(served.target.out, 'client.ts')).href)) as {
      createClient: (options: { baseUrl: string }) => LooseClient;
    };
    const client = createClient({ baseUrl: served.origin });
    for (const op of served.operations) {
      const request = validRequest(served.target.document, op);
      const result = await client.request(op.method.toLowerCase(), op.path, {
        params: { path: request.path, query: request.query, header: request.headers },
        parseAs: successIsJson(served.target.document, op) ? 'json' : 'text',
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      const successes = declaredStatuses(served.target.document, op).filter((s) => /^2/.test(s));
      expect({ op: op.operationId, status: result.response.status, error: result.error }).toEqual({
        op: op.operationId,
        status: Number(successes.sort()[0]?.replace(/XX$/i, '00')),
        error: undefined,
      });
    }
    expect(served.violations).toEqual([]);
  });

  it('answers `Prefer: code=N` with each declared status, and `Prefer: example=NAME` with that example', async () => {
    const { document } = served.target;
    for (const op of served.operations) {
      const request = validRequest(document, op);
      const send = (prefer: string) =>
        served.app.inject({
          method: op.method as 'GET',
          url: url(op, served.target.module.basePath, request),
          headers: { ...request.headers, prefer },
          ...(request.body === undefined ? {} : { payload: request.body as object }),
        });
      for (const status of declaredStatuses(document, op).filter((s) => /^\d+$/.test(s))) {
        const res = await send(`code=${status}`);
        expect({ op: op.operationId, status: res.statusCode }).toEqual({ op: op.operationId, status: Number(status) });
      }
      for (const example of namedExamples(document, op)) {
        const res = await send(`code=${example.status}, example=${example.name}`);
        expect({ op: op.operationId, example: example.name, body: res.json() }).toEqual({ op: op.operationId, example: example.name, body: example.value });
      }
      const declared = declaredStatuses(document, op);
      const catchAll = declared.includes('default') || declared.includes('4XX');
      expect({ op: op.operationId, status: (await send('code=418')).statusCode }).toEqual({ op: op.operationId, status: catchAll ? 418 : 400 });
      expect((await send('example=no-such-example')).statusCode).toBe(400);
    }
    expect(served.violations.filter((v) => !v.problem.startsWith('status 400 is not declared'))).toEqual([]);
  });

  it('refuses invalid bodies and missing credentials with the 400 and 401 the spec declares', async () => {
    const { document } = served.target;
    let refused = 0;
    for (const op of served.operations) {
      const request = validRequest(document, op);
      const target = url(op, served.target.module.basePath, request);
      const declared = declaredStatuses(document, op);
      if (request.body !== undefined) {
        const res = await served.app.inject({ method: op.method as 'POST', url: target, headers: { ...request.headers, 'content-type': 'application/json' }, payload: '"not an object"' });
        expect({ op: op.operationId, status: res.statusCode }).toEqual({ op: op.operationId, status: 400 });
        refused++;
      }
      const secured = Object.keys(request.headers).some((h) => h === 'authorization' || h === 'cookie' || h.startsWith('x-api'));
      if (secured && (declared.includes('401') || declared.includes('4XX') || declared.includes('default'))) {
        const { authorization: _a, cookie: _c, ...anonymous } = request.headers;
        const res = await served.app.inject({ method: op.method as 'POST', url: target, headers: anonymous, ...(request.body === undefined ? {} : { payload: request.body as object }) });
        expect({ op: op.operationId, status: res.statusCode }).toEqual({ op: op.operationId, status: 401 });
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(served.violations).toEqual([]);
  });
});

describe('the mock in each version’s error format', () => {
  it('v1 names the invalid field in `{ error: { code, details } }`, v2 in problem details; a wrong Prefer says why', async () => {
    const [v1, v2] = [servers.find((s) => s.target.spec === specs.v1)!, servers.find((s) => s.target.spec === specs.v2)!];
    const auth = { authorization: 'Bearer ak_anything' };
    const one = await v1.app.inject({ method: 'GET', url: '/v1/users?limit=0', headers: auth });
    expect(one.statusCode).toBe(400);
    expect(one.json()).toMatchObject({ error: { code: 'INVALID_INPUT', details: [{ field: 'query.limit' }] } });
    const two = await v2.app.inject({ method: 'POST', url: '/api/v2/users', headers: auth, payload: { name: 'A', email: 'a@example.com', password: 'x', admin: true } });
    expect(two.statusCode).toBe(400);
    expect(two.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(two.json()).toMatchObject({ status: 400, code: 'INVALID_INPUT', errors: expect.arrayContaining([expect.objectContaining({ field: 'body.password' })]) });
    expect((await v2.app.inject({ method: 'GET', url: '/api/v2/users' })).json()).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    const teapot = await v2.app.inject({ method: 'GET', url: '/api/v2/users', headers: { ...auth, prefer: 'code=418' } });
    expect(teapot.json()).toMatchObject({ status: 400, detail: expect.stringContaining('Prefer: code=418 is not a response of this operation (declared: 200,') });
    expect([...v1.violations, ...v2.violations]).toEqual([]);
  });

  it('answers a wrong request with the 400 the real service sends, byte for byte, and a missing credential with its 401', async () => {
    const [v1, v2] = [await serve(specs.v1!), await serve(specs.v2!)];
    servers.push(v1, v2);
    const service = await createV2TestKit();
    try {
      const auth = { authorization: `Bearer ${service.adminKey}` };
      const wrong = [
        { mock: v2, method: 'POST', url: '/api/v2/users', payload: { name: 'A', email: 'a@example.com', password: 'x', admin: true } },
        { mock: v2, method: 'GET', url: '/api/v2/users?limit=0&sort=age' },
        { mock: v2, method: 'POST', url: '/api/v2/api-keys', payload: { name: 7 } },
        { mock: v1, method: 'GET', url: '/v1/users?limit=0' },
        { mock: v1, method: 'PUT', url: '/v1/users/user_00000000000000000000000000000000', payload: {} },
      ] as const;
      for (const request of wrong) {
        const send = (app: FastifyInstance) => app.inject({ method: request.method, url: request.url, headers: auth, ...('payload' in request ? { payload: request.payload } : {}) });
        const [mocked, real] = [await send(request.mock.app), await send(service.app)];
        expect({ url: request.url, status: mocked.statusCode, type: mocked.headers['content-type'], body: mocked.json() as unknown }).toEqual({
          url: request.url,
          status: 400,
          type: real.headers['content-type'],
          body: real.json() as unknown,
        });
      }
      const [mockAnonymous, realAnonymous] = [await v2.app.inject({ method: 'GET', url: '/api/v2/users' }), await service.app.inject({ method: 'GET', url: '/api/v2/users' })];
      // the detail may differ: the service says which credentials the operation takes
      const { detail: _mockDetail, ...mocked } = mockAnonymous.json<Record<string, unknown>>();
      const { detail: _realDetail, ...real } = realAnonymous.json<Record<string, unknown>>();
      expect([mockAnonymous.statusCode, mocked]).toEqual([realAnonymous.statusCode, real]);
      expect(service.violations).toEqual([]);
    } finally {
      await service.close();
    }
  }, 120_000);

  it('generates the same data for the same seed, and other data for another seed', async () => {
    const pets = async (seed: number) => {
      const served = await serve(specs.uncompiled!, seed);
      servers.push(served);
      return (await fetch(`${served.origin}${served.target.module.basePath}/pets`)).json();
    };
    const [first, again, other] = [await pets(5), await pets(5), await pets(6)];
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });
});
