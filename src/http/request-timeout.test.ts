import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerBeforeBodyEnds } from '../harness/unfinished-body.ts';
import { createV2TestKit, type V2TestKit } from '../testing/v2.ts';

let testApp: V2TestKit;
let port: number;

beforeAll(async () => {
  testApp = await createV2TestKit({ requestTimeoutMs: 1000 });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  port = (testApp.app.server.address() as AddressInfo).port;
});
afterAll(() => testApp?.close());

/** Sends `text` and nothing more; resolves with everything the server writes until it closes the connection. */
function rawExchange(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('REQUEST_TIMEOUT_MS: a request must arrive in time', () => {
  it.each([
    ['v1', '/v1/users', (body: Record<string, unknown>) => (body.error as { code: string }).code],
    ['v2', '/api/v2/auth/token', (body: Record<string, unknown>) => body.code as string],
  ])('a %s body sent too slowly gets 408 in the version format', async (_version, path, codeOf) => {
    const { status, body } = await answerBeforeBodyEnds({
      port,
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', 'content-length': 100, authorization: `Bearer ${testApp.adminKey}` },
      firstBytes: '{"email":',
    });
    expect([status, codeOf(JSON.parse(body) as Record<string, unknown>)]).toEqual([408, 'REQUEST_TIMEOUT']);
  });

  it('the rest of a body refused for its size, sent too slowly: the connection is closed without a second answer', async () => {
    const answer = await rawExchange(
      'POST /api/v2/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 900000\r\n\r\n{',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.match(/HTTP\/1\.1 \d{3} /g)).toHaveLength(1);
  });

  it('headers sent too slowly get 408 too (in problem details: no path is known yet)', async () => {
    const answer = await rawExchange('GET /api/v2/users HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"code":"REQUEST_TIMEOUT"');
  });
});
