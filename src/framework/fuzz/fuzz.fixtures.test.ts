import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import * as museum from '../fixtures/museum/generated/routes.ts';
import { museumHandlers, type Visitor } from '../fixtures/museum/handlers.ts';
import * as petstore from '../fixtures/petstore-expanded/generated/routes.ts';
import { petStoreHandlers, type Pet } from '../fixtures/petstore-expanded/handlers.ts';
import * as readWrite from '../fixtures/read-write/generated/routes.ts';
import { accountHandlers } from '../fixtures/read-write/handlers.ts';
import { fixtureApp, petstoreError } from '../fixtures/test-app.ts';
import { HttpError } from '../http-error.ts';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { fuzzRest, loadSpec, specFromDocument, type FuzzReport } from './index.ts';
import { RestCaseGenerator, type RestCase } from './rest-cases.ts';
import { SchemaArbitraries } from './schema-arbitrary.ts';
import { SchemaValidator } from './schema-validator.ts';

const BUDGET = { seed: 20240611, requests: 150, seconds: 20, concurrency: 2 };
const PETSTORE = loadSpec(new URL('../fixtures/petstore-expanded/openapi.yaml', import.meta.url).pathname);
const PETSTORE_DOCUMENT = parseYaml(readFileSync(new URL('../fixtures/petstore-expanded/openapi.yaml', import.meta.url), 'utf8')) as Record<string, unknown>;
const MUSEUM = loadSpec(new URL('../fixtures/museum/openapi.yaml', import.meta.url).pathname);

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function listening(instance: FastifyInstance): Promise<string> {
  app = instance;
  return instance.listen({ port: 0, host: '127.0.0.1' });
}

async function petstoreUrl(handlers: ReturnType<typeof petStoreHandlers>): Promise<string> {
  const { app: instance } = await fixtureApp({ module: petstore, handlers, authenticators: {}, formatError: petstoreError, errorSchema: 'Error' });
  return `${await listening(instance)}${petstore.basePath}`;
}

const kinds = (report: FuzzReport) => report.findings.map((f) => `${f.operation}: ${f.kind}`);

describe('the spec fuzzer on the petstore-expanded spec (OpenAPI 3.0)', () => {
  it('finds nothing in a correct handler map, and exercises every class of request', async () => {
    const pets: Pet[] = [{ id: 1, name: 'Rex', tag: 'dog' }];
    const report = await fuzzRest({ ...BUDGET, spec: PETSTORE, baseUrl: await petstoreUrl(petStoreHandlers(pets, [])) });
    expect(report.findings.map((f) => `${f.kind}: ${f.detail}\n${f.curl}`)).toEqual([]);
    expect(report.requests).toBeGreaterThanOrEqual(BUDGET.requests);
    const outcomes = [...report.outcomes.keys()];
    for (const outcome of ['valid: accepted (2xx)', 'invalid: rejected (4xx naming the field)', 'malformed: rejected', 'undeclared method: refused (405)']) {
      expect(outcomes).toContain(outcome);
    }
  });

  it('catches a thrown error (500), a body that does not match its schema and a broken read-after-delete', async () => {
    const pets: Pet[] = [{ id: 1, name: 'Rex', tag: 'dog' }];
    const correct = petStoreHandlers(pets, []);
    const broken: typeof correct = {
      ...correct,
      addPet: (input, context) => {
        if (input.body.name.length % 3 === 0) throw new Error('database exploded');
        return correct.addPet(input, context);
      },
      findPets: () => ({ status: 200, body: [{ id: 'one', name: 7 }] as unknown as Pet[] }),
      deletePet: () => ({ status: 204 }),
    };
    const report = await fuzzRest({ ...BUDGET, spec: PETSTORE, baseUrl: await petstoreUrl(broken) });
    expect(kinds(report)).toEqual(expect.arrayContaining(['addPet: server error (5xx)', 'findPets: response body', 'find pet by id: stateful sequence']));
    const crash = report.findings.find((f) => f.kind === 'server error (5xx)' && f.operation === 'addPet')!;
    expect(crash.curl).toMatch(/^curl -sS -i --path-as-is -X POST 'http:\/\/127\.0\.0\.1:\d+\/api\/pets' .*--data-binary '\{/);
  });

  it('is reproducible: the same seed sends the same requests', async () => {
    const pets: Pet[] = [];
    const broken = { ...petStoreHandlers(pets, []), findPets: () => ({ status: 200 as const, body: [{ id: 'x' }] as unknown as Pet[] }) };
    const url = await petstoreUrl(broken);
    const options = { ...BUDGET, requests: 40, concurrency: 1, spec: PETSTORE, baseUrl: url };
    const first = await fuzzRest(options);
    const second = await fuzzRest(options);
    expect(second.findings.map((f) => f.curl)).toEqual(first.findings.map((f) => f.curl));
  });
});

describe('the spec fuzzer on the Museum spec (OpenAPI 3.1, HTTP basic)', () => {
  const credential = `Basic ${Buffer.from('visitor:secret').toString('base64')}`;
  function basicAuth(request: FastifyRequest): Visitor | undefined {
    const header = request.headers.authorization;
    if (!header?.startsWith('Basic ')) return undefined;
    if (header === credential) return { name: 'visitor' };
    throw new HttpError(401, 'UNAUTHORIZED', 'Wrong user name or password');
  }

  it('catches an undeclared status from a handler (the framework turns it into a 500), and the 401s the spec forgot to declare', async () => {
    const handlers = museumHandlers([]);
    const { app: instance } = await fixtureApp({
      module: museum,
      handlers: { ...handlers, createSpecialEvent: () => ({ status: 409, body: { type: 'conflict', title: 'taken' } }) as never },
      authenticators: { MuseumPlaceholderAuth: basicAuth },
      formatError: (error: HttpError) => ({ contentType: 'application/problem+json', body: { type: 'about:blank', title: error.message } }),
      errorSchema: 'Error',
    });
    const baseUrl = `${await listening(instance)}${museum.basePath}`;
    const report = await fuzzRest({ ...BUDGET, spec: MUSEUM, baseUrl, headers: { Authorization: credential } });
    const undeclared = report.findings.filter((f) => f.kind === 'undeclared status').map((f) => `${f.operation} ${f.status}`);
    expect(undeclared).toContain('createSpecialEvent 500');
    expect(undeclared.some((f) => f.endsWith(' 401'))).toBe(true);
  });
});

/** The petstore with a rule between findPets' query parameters, which the petstore server (built without it) does not enforce. */
function petstoreWithRule(rule: Record<string, unknown>) {
  const document = structuredClone(PETSTORE_DOCUMENT) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  document.paths['/pets']!.get!['x-query-constraints'] = rule;
  return specFromDocument(document);
}

function cases(spec: ReturnType<typeof specFromDocument>, operationId: string, count: number): RestCase[] {
  const only = { ...spec, operations: spec.operations.filter((op) => op.operationId === operationId) };
  const validator = new SchemaValidator(spec.document, 'request');
  const generator = new RestCaseGenerator(only, new SchemaArbitraries(validator), validator, {});
  return Array.from({ length: count }, (_, i) => generator.generate(1000 + i)).filter((c): c is RestCase => c !== undefined);
}

const queryNames = (c: RestCase) => [...new URLSearchParams(c.request.target.split('?')[1] ?? '').keys()];

describe('rules between query parameters (x-query-constraints)', () => {
  const forbidsTagsWithLimit = { dependentSchemas: { tags: { properties: { limit: false } } } };
  const notBoth = { not: { required: ['tags', 'limit'] } };

  it.each([
    ['dependentSchemas', forbidsTagsWithLimit, 'limit'],
    ['not', notBoth, 'query'],
  ])('%s: valid requests keep to the rule, and cases of their own break it alone', (keyword, rule, field) => {
    const generated = cases(petstoreWithRule(rule), 'findPets', 600);
    const valid = generated.filter((c) => c.expect.kind === 'valid');
    expect(valid.length).toBeGreaterThan(50);
    for (const c of valid) expect(queryNames(c), c.request.target).not.toEqual(expect.arrayContaining(['tags', 'limit']));
    // without the rule, valid requests do combine them: the rule, not chance, keeps them apart
    expect(cases(PETSTORE, 'findPets', 600).filter((c) => c.expect.kind === 'valid').some((c) => ['tags', 'limit'].every((n) => queryNames(c).includes(n)))).toBe(true);
    const broken = generated.filter((c) => c.expect.kind === 'invalid' && c.expect.constraint === keyword);
    expect(broken.length).toBeGreaterThan(5);
    for (const c of broken) {
      expect(queryNames(c), c.request.target).toEqual(expect.arrayContaining(['tags', 'limit']));
      expect(c.expect).toMatchObject({ field, location: 'query' });
    }
  });

  it('a server that ignores a rule its spec declares is caught: the broken-rule requests are accepted', async () => {
    const report = await fuzzRest({ ...BUDGET, requests: 300, spec: petstoreWithRule(forbidsTagsWithLimit), baseUrl: await petstoreUrl(petStoreHandlers([], [])) });
    const accepted = report.findings.filter((f) => f.kind === 'invalid request accepted');
    expect(accepted.map((f) => `${f.operation} ${f.label}`)).toEqual(['findPets invalid query.limit (dependentSchemas)']);
    expect(report.outcomes.get('valid: accepted (2xx)')).toBeGreaterThan(20);
    expect(report.findings.filter((f) => f.kind === 'valid request refused as invalid')).toEqual([]);
  });
});

describe('the spec fuzzer and readOnly and writeOnly properties (OpenAPI 3.1, marked through $ref and allOf)', () => {
  const ACCOUNTS = loadSpec(new URL('../fixtures/read-write/openapi.yaml', import.meta.url).pathname);
  const SERVER_OWNED = ['id', 'createdAt', 'audit'];

  async function accountsUrl(bound: typeof readWrite): Promise<string> {
    const { app: instance } = await fixtureApp({ module: bound, handlers: accountHandlers([]), authenticators: {} });
    return `${await listening(instance)}${readWrite.basePath}`;
  }

  it('sends readOnly properties only as invalid cases, and finds nothing on a server that refuses them', async () => {
    const generator = new RestCaseGenerator(ACCOUNTS, new SchemaArbitraries(new SchemaValidator(ACCOUNTS.document, 'request')), new SchemaValidator(ACCOUNTS.document, 'request'), {});
    const generated = Array.from({ length: 400 }, (_, i) => generator.generate(7000 + i)).filter((c): c is RestCase => c?.operation?.operationId === 'createAccount');
    const bodyOf = (c: RestCase) => JSON.parse(c.request.body?.toString() ?? '{}') as Record<string, unknown>;
    const valid = generated.filter((c) => c.expect.kind === 'valid');
    expect(valid.length).toBeGreaterThan(20);
    for (const c of valid) expect(Object.keys(bodyOf(c)), c.label).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(id|createdAt|audit)$/)]));
    const sentAnyway = generated.filter((c) => c.expect.kind === 'invalid' && c.expect.constraint === 'false schema').map((c) => c.expect.kind === 'invalid' && c.expect.field);
    expect(new Set(sentAnyway)).toEqual(new Set(SERVER_OWNED));

    const report = await fuzzRest({ ...BUDGET, spec: ACCOUNTS, baseUrl: await accountsUrl(readWrite) });
    // the fixture declares few error statuses: those findings are the spec's, not the server's
    const findings = report.findings.filter((f) => f.kind !== 'undeclared status');
    expect(findings.map((f) => `${f.kind}: ${f.detail}\n${f.curl}`)).toEqual([]);
    // responses are checked with writeOnly properties neither required nor allowed, as the serializers write them
    expect(report.outcomes.get('valid: accepted (2xx)')).toBeGreaterThan(0);
    const responses = new SchemaValidator(ACCOUNTS.document, 'response');
    const account = { $ref: '#/components/schemas/Account' };
    const stored = { id: '0b6f1f9e-3c6b-4c59-9a53-bb1f1c0f2f6a', createdAt: '2024-05-01T12:00:00Z', audit: { by: 'system' }, name: 'Ada' };
    expect(responses.problems(account, stored)).toEqual([]);
    expect(responses.problems(account, { ...stored, password: 'correct horse' }).map((p) => p.path)).toEqual(['/password']);
    expect(report.outcomes.get('invalid: rejected (4xx naming the field)')).toBeGreaterThan(0);
  });
});
