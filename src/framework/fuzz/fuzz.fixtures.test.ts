import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import * as museum from '../fixtures/museum/generated/routes.js';
import { museumHandlers, type Visitor } from '../fixtures/museum/handlers.js';
import * as petstore from '../fixtures/petstore-expanded/generated/routes.js';
import { petStoreHandlers, type Pet } from '../fixtures/petstore-expanded/handlers.js';
import { fixtureApp, petstoreError } from '../fixtures/test-app.js';
import { HttpError } from '../http-error.js';
import { fuzzRest, loadSpec, type FuzzReport } from './index.js';

const BUDGET = { seed: 20240611, requests: 150, seconds: 20, concurrency: 2 };
const PETSTORE = loadSpec(new URL('../fixtures/petstore-expanded/openapi.yaml', import.meta.url).pathname);
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
