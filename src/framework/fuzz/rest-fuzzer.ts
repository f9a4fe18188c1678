import { curlLine, HttpSender, type WireResponse } from './http.ts';
import type { ApiSpec } from './openapi.ts';
import { Random } from './random.ts';
import { FuzzReport } from './report.ts';
import { RestCaseGenerator, type RestCase } from './rest-cases.ts';
import { evaluate } from './rest-evaluate.ts';
import { resourceChains, runChain } from './rest-stateful.ts';
import { SchemaArbitraries } from './schema-arbitrary.ts';
import { SchemaValidator } from './schema-validator.ts';

export interface FuzzBudget {
  readonly seed: number;
  /** Stop after this many requests. */
  readonly requests: number;
  /** Stop after this many seconds, whatever was sent. */
  readonly seconds: number;
  /** Requests in flight at once (each stateful sequence still runs one step after the other). */
  readonly concurrency?: number;
  readonly timeoutMs?: number;
}

export interface RestFuzzOptions extends FuzzBudget {
  readonly spec: ApiSpec;
  /** Where the API is served: the origin plus the spec's base path (`http://127.0.0.1:3000/v1`). */
  readonly baseUrl: string;
  /** Sent with every request (credentials); the fuzzer removes or forges them to test the security schemes. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly name?: string;
}

/** One case in this many is a whole create-read-update-delete sequence (each costs a create, the server's dearest call). */
const CHAIN_EVERY = 50;
export const DEFAULT_CONCURRENCY = 8;

/** Fuzzes one REST API from its spec against a running server; resolves with the report (never throws on findings). */
export async function fuzzRest(options: RestFuzzOptions): Promise<FuzzReport> {
  const requests = new SchemaValidator(options.spec.document, 'request');
  const responses = new SchemaValidator(options.spec.document, 'response');
  const arbitraries = new SchemaArbitraries(requests);
  const headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const generator = new RestCaseGenerator(options.spec, arbitraries, requests, headers);
  const chains = resourceChains(options.spec);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const sender = new HttpSender(options.baseUrl, options.timeoutMs ?? 10_000, concurrency);
  const report = new FuzzReport(options.name ?? options.spec.title, options.seed);
  const deadline = Date.now() + options.seconds * 1000;
  let next = 0;
  let sent = 0;
  let unusable = 0;
  const budgetLeft = () => sent < options.requests && Date.now() < deadline;

  const send = async (testCase: RestCase, seed: number): Promise<WireResponse> => {
    sent++;
    const context = { operation: testCase.operation?.operationId ?? `${testCase.request.method} ${testCase.request.target.split('?')[0]}`, label: testCase.label, seed };
    let response: WireResponse;
    const sentAt = performance.now();
    try {
      response = await sender.send(testCase.request);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: string }).code;
      if (testCase.expect.kind === 'malformed' && (code === 'EPIPE' || code === 'ECONNRESET') && (testCase.request.body?.length ?? 0) > 1024 * 1024) {
        report.count('malformed: connection closed before the whole body was read');
        return { status: 0, headers: {}, body: '' };
      }
      if (code === 'ERR_INVALID_CHAR') {
        report.count('skipped: not expressible in HTTP');
        return { status: 0, headers: {}, body: '' };
      }
      report.count('FAILED: no answer');
      report.fail({ kind: 'no answer', detail }, { ...context, status: 0, curl: curlLine(sender.base, testCase.request) });
      return { status: 0, headers: {}, body: '' };
    }
    const verdict = evaluate(testCase, response, responses);
    report.count(verdict.outcome, performance.now() - sentAt);
    for (const problem of verdict.problems) report.fail(problem, { ...context, status: response.status, curl: curlLine(sender.base, testCase.request) });
    return response;
  };

  const worker = async () => {
    while (budgetLeft()) {
      const index = next++;
      const seed = Random.caseSeed(options.seed, index);
      if (chains.length > 0 && index % CHAIN_EVERY === 0) {
        const chain = chains[(index / CHAIN_EVERY) % chains.length]!;
        const steps = await runChain(chain, generator, seed, (c) => send(c, seed));
        for (const stepResult of steps) {
          for (const problem of stepResult.problems) {
            report.fail(problem, { operation: stepResult.testCase.operation!.operationId, label: stepResult.testCase.label, seed, status: stepResult.response.status, curl: curlLine(sender.base, stepResult.testCase.request) });
          }
        }
        continue;
      }
      const testCase = generator.generate(seed);
      if (testCase) await send(testCase, seed);
      else if (++unusable > options.requests * 20) return;
      else await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    sender.close();
  }
  return report;
}
