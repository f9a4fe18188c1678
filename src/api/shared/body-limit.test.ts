import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaBodyLimit } from '../../framework/body-limit.ts';
import type { RouteModule } from '../../framework/index.ts';
import { answerBeforeBodyEnds } from '../../harness/unfinished-body.ts';
import { createTestApp } from '../../testing/app.ts';
import { createV2TestKit, type V2TestKit } from '../../testing/v2.ts';
import * as v1 from '../../../generated/v1/routes.ts';
import * as v2 from '../../../generated/v2/routes.ts';

let testApp: V2TestKit;

beforeAll(async () => {
  testApp = await createV2TestKit();
});
afterAll(() => testApp?.close());

const SERVER_LIMIT = 1024 * 1024;

/** Every operation whose body schemas bound its size, with the limit the framework gives its route and a URL to call. */
function boundedOperations(module: RouteModule) {
  return module.routes.flatMap((route) => {
    const limit = schemaBodyLimit([route], SERVER_LIMIT);
    if (limit === undefined) return [];
    const url = module.basePath + route.path.replace(/\{[^}]+\}/g, () => randomUUID());
    return [{ operationId: route.operationId, method: route.method as 'POST', url, limit }];
  });
}

/** A JSON object of `bytes` bytes, all whitespace inside: JSON, and no value the schema could refuse for its size. */
const paddedObject = (bytes: number) => `{${' '.repeat(bytes - 2)}}`;

const codeOf = (body: Record<string, unknown>) => (body.code ?? (body.error as { code?: string } | undefined)?.code) as string;

describe.each([
  { name: 'v1', module: v1 as RouteModule },
  { name: 'v2', module: v2 as RouteModule },
])('a body larger than any valid one, in $name', ({ module }) => {
  const operations = boundedOperations(module);

  it('is bounded for every operation that takes a JSON body', () => {
    const withJsonBody = module.routes.filter((route) => route.body?.media['application/json']);
    expect(operations.map((operation) => operation.operationId)).toEqual(withJsonBody.map((route) => route.operationId));
    for (const operation of operations) expect(operation.limit, operation.operationId).toBeLessThan(SERVER_LIMIT);
  });

  it.each(operations.map((operation) => [operation.operationId, operation] as const))('%s: 413 in the version format just over its limit, read just under', async (_id, operation) => {
    const send = (bytes: number) =>
      testApp.app.inject({
        method: operation.method,
        url: operation.url,
        headers: { authorization: `Bearer ${testApp.adminKey}`, 'content-type': 'application/json' },
        payload: paddedObject(bytes),
      });
    const over = await send(operation.limit + 1);
    expect([over.statusCode, codeOf(over.json())]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const under = await send(operation.limit);
    expect(under.statusCode, under.body).not.toBe(413);
    expect(under.statusCode, under.body).toBeLessThan(500);
    expect(testApp.violations).toEqual([]);
  });
});

describe('the largest valid body, written with generous whitespace', () => {
  it('is read: a login of the longest email and password, astral characters escaped, indented by 8', async () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(180)}.example`;
    const password = '\u{1F600}'.repeat(128);
    const body = JSON.stringify({ email, password }, null, 8).replace(/\u{1F600}/gu, '\\ud83d\\ude00');
    const response = await testApp.app.inject({ method: 'POST', url: `${v2.basePath}/auth/token`, headers: { 'content-type': 'application/json' }, payload: body });
    expect([response.statusCode, codeOf(response.json())]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect(testApp.violations).toEqual([]);
  });
});

describe('a body over its limit, still arriving', () => {
  it('is refused at once, without waiting for the rest: the login needs no credential, so only the size can stop it', async () => {
    const server = await createTestApp();
    try {
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = server.app.server.address() as AddressInfo;
      const { status } = await answerBeforeBodyEnds({
        port,
        method: 'POST',
        path: `${v2.basePath}/auth/token`,
        headers: { 'content-type': 'application/json', 'content-length': 500_000 },
        firstBytes: '{"email":"',
      });
      expect(status).toBe(413);
    } finally {
      await server.close();
    }
  });
});

describe('a body refused for its size, still being sent', () => {
  /** Sends `chunks` of the body one by one, after the answer has come; resolves with the answer and any write error. */
  function sendAfterAnswer(port: number, path: string, totalBytes: number, agent: Agent) {
    return new Promise<{ status: number | undefined; connection: string | undefined; writeError: string | undefined }>((resolve) => {
      let writeError: string | undefined;
      const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, agent, headers: { 'content-type': 'application/json', 'content-length': totalBytes } });
      request.on('error', (error: NodeJS.ErrnoException) => (writeError = error.code ?? error.message));
      const closed = new Promise((finished) => request.on('close', finished));
      request.write('{');
      request.on('response', async (response) => {
        response.resume();
        // the rest of the body, sent once the 413 is here: a server that closed the connection resets it
        for (let sent = 1; sent < totalBytes - 1 && writeError === undefined; sent += 64 * 1024) {
          request.write(' '.repeat(Math.min(64 * 1024, totalBytes - 1 - sent)));
          await new Promise((resume) => setTimeout(resume, 5));
        }
        request.end('}');
        await closed;
        resolve({ status: response.statusCode, connection: response.headers.connection, writeError });
      });
    });
  }

  it('within the server limit: read and dropped, so the client reads its 413 and keeps the connection', async () => {
    const server = await createTestApp();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = server.app.server.address() as AddressInfo;
      const refused = await sendAfterAnswer(port, `${v2.basePath}/auth/token`, 900_000, agent);
      expect(refused.status).toBe(413);
      expect(refused.writeError).toBeUndefined();
      expect(refused.connection).not.toBe('close');
      // the same connection serves the next request
      const next = await new Promise<{ status: number | undefined; reused: boolean }>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, path: '/healthz', agent }, (response) => {
          response.resume();
          resolve({ status: response.statusCode, reused: request.reusedSocket });
        });
        request.on('error', reject).end();
      });
      expect(next).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
      await server.close();
    }
  });
});
