import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_ERROR_CODES } from '../http/error-catalogue.ts';
import { GRAPHQL_LIMITS } from './plugin.ts';
import type { GraphqlBody } from './testing/kit.ts';
import { getUrl, HOSTILE_REQUESTS, postBody, WORST_2KB, type HostileRequest } from './testing/hostile.ts';
import { startServerProcess, type ServerProcess } from './testing/server-process.ts';
import { dataProblems } from './testing/valid-data.ts';

/** A stalled event loop fails the test here; no answer is timed otherwise. */
const WATCHDOG_MS = 20_000;
const INTERNAL = /Maximum call stack|RangeError|TypeError|ReferenceError|Cannot read properties/;

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ RATE_LIMIT_PER_MINUTE: '100000' });
}, 120_000);
afterAll(() => server?.stop());

async function send(request: HostileRequest): Promise<{ status: number; body: GraphqlBody }> {
  const signal = AbortSignal.timeout(WATCHDOG_MS);
  const response =
    request.method === 'GET'
      ? await fetch(`${server.origin}${getUrl(request)}`, { signal })
      : await fetch(`${server.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: postBody(request), signal });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: (await response.json()) as GraphqlBody };
}

/** Declared codes only, `data` only with 200 and as the SDL has it, and nothing of the server's insides. */
async function contractProblems(request: HostileRequest, { status, body }: { status: number; body: GraphqlBody }): Promise<string[]> {
  const problems: string[] = [];
  if (!body.errors?.length) problems.push('no errors');
  for (const error of body.errors ?? []) {
    if (!(GRAPHQL_ERROR_CODES as readonly string[]).includes(error.extensions.code)) problems.push(`undeclared code ${error.extensions.code}`);
    if (INTERNAL.test(error.message)) problems.push(`internal message: ${error.message.slice(0, 80)}`);
  }
  if (status !== 200 && 'data' in body) problems.push(`data with ${status}`);
  if (status === 200) problems.push(...(await dataProblems(request.query, body.data, undefined, request.operationName)));
  return problems;
}

describe('hostile documents, sent to a server process without credentials', () => {
  it.each(HOSTILE_REQUESTS.map((request) => [request.name, request] as const))('%s: a declared error, in time', async (_name, request) => {
    const answer = await send(request);
    const first = answer.body.errors?.[0];
    expect([answer.status, first?.extensions.code, first?.extensions.limit], first?.message).toEqual([request.expected.status, request.expected.code, request.expected.limit]);
    expect(await contractProblems(request, answer)).toEqual([]);
  });

  it('answers /healthz again and again while a stream of the worst 2 KB document is handled, and refuses each document', async () => {
    const worst: HostileRequest = { name: 'worst', query: WORST_2KB, expected: { status: 400, code: 'QUERY_TOO_LARGE', limit: 'fields' } };
    expect(WORST_2KB.length).toBeLessThanOrEqual(2048);
    // 4 connections sending the document back to back; /healthz asked in turn, one after the other, until they are done
    let remaining = STREAM_LENGTH;
    const sender = async () => {
      const answers = [];
      while (remaining-- > 0) answers.push(await send(worst));
      return answers;
    };
    const streams = Promise.all(Array.from({ length: 4 }, sender));
    let streaming = true;
    void streams.finally(() => (streaming = false));
    const healthz: number[] = [];
    while (streaming) {
      const asked = performance.now();
      expect((await fetch(`${server.origin}/healthz`, { signal: AbortSignal.timeout(WATCHDOG_MS) })).status).toBe(200);
      healthz.push(performance.now() - asked);
    }
    console.info(`/healthz answered ${healthz.length} times while ${STREAM_LENGTH} documents were refused; slowest answer ${Math.round(Math.max(...healthz))} ms`);
    // a loop held by a document would answer /healthz once, after the stream
    expect(healthz.length).toBeGreaterThanOrEqual(3);
    for (const answer of (await streams).flat()) {
      expect([answer.status, answer.body.errors?.[0]?.extensions]).toEqual([400, { code: 'QUERY_TOO_LARGE', limit: 'fields', max: GRAPHQL_LIMITS.maxFields }]);
    }
    expect(await contractProblems(worst, (await streams)[0]![0]!)).toEqual([]);
  });
});

/** Documents sent while /healthz is asked. */
const STREAM_LENGTH = 200;
