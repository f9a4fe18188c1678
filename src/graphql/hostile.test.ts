import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

  // Processor time, which a busy machine does not stretch as it stretches wall time (Linux: /proc)
  it.runIf(existsSync('/proc/self/stat'))('spends well under 100 ms of processor time on each hostile document of up to 2 KB', async () => {
    const spent: [string, number][] = [];
    for (const request of HOSTILE_REQUESTS.filter((hostile) => postBody(hostile).length <= 2048)) {
      await send(request);
      const before = await processorMs(server.pid);
      for (let round = 0; round < CPU_ROUNDS; round++) await send(request);
      spent.push([request.name, ((await processorMs(server.pid)) - before) / CPU_ROUNDS]);
    }
    console.info(spent.map(([name, ms]) => `${ms.toFixed(1).padStart(6)} ms  ${name}`).join('\n'));
    expect(spent.map(([name]) => name)).toContain('fragment bomb with aliases, lists and depth');
    expect(spent.filter(([, ms]) => ms >= CPU_BUDGET_MS)).toEqual([]);
  });
});

/** Documents sent while /healthz is asked. */
const STREAM_LENGTH = 200;
/** Sends of each document whose processor time is averaged (the clock counts in 10 ms ticks). */
const CPU_ROUNDS = 20;
/** Per document, processor time of the whole server process, HTTP and logging included: half of 100 ms. */
const CPU_BUDGET_MS = 50;

/** User and system time of a process so far, in ms: fields 14 and 15 of /proc/PID/stat, in ticks of 10 ms (USER_HZ). */
async function processorMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
