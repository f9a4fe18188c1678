import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { aliasFlood, deepDocument, DocumentGenerator, fragmentBomb, type GraphqlDocument } from './graphql-documents.js';
import { curlLine, HttpSender, type WireRequest, type WireResponse } from './http.js';
import { Random } from './random.js';
import { FuzzReport } from './report.js';
import type { FuzzBudget } from './rest-fuzzer.js';

export interface GraphqlFuzzOptions extends FuzzBudget {
  readonly url: string;
  readonly schemaFile: string;
  readonly headers?: Readonly<Record<string, string>>;
}

type Kind = 'valid' | 'wrong-type' | 'hostile' | 'aliases' | 'fragments' | 'deep' | 'very deep' | 'malformed';

const INTERNAL = /Maximum call stack|\bat [\w.<>]+ \(.*:\d+:\d+\)|node_modules|prisma|ECONNREFUSED|Cannot read propert|is not a function|undefined is not/i;
const DOCUMENT_REFUSED = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

interface GraphqlCase {
  readonly kind: Kind;
  readonly label: string;
  readonly request: WireRequest;
}

function post(document: GraphqlDocument | unknown, headers: Record<string, string>, contentType = 'application/json'): WireRequest {
  return { method: 'POST', target: '', headers: { ...headers, 'content-type': contentType }, body: typeof document === 'string' ? document : JSON.stringify(document) };
}

/** What is wrong with a GraphQL answer: 5xx, not the GraphQL response shape, errors without a code, internals shown. */
function shapeProblems(response: WireResponse): { problems: string[]; codes: string[]; body: Record<string, unknown> | undefined } {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`server error ${response.status}: ${response.body.slice(0, 160)}`);
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return { problems: [...problems, `not JSON (${response.headers['content-type'] ?? 'no content type'}): ${response.body.slice(0, 120)}`], codes: [], body: undefined };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body) || (!('data' in body) && !('errors' in body))) {
    return { problems: [...problems, `not a GraphQL response: ${response.body.slice(0, 120)}`], codes: [], body: undefined };
  }
  const record = body as Record<string, unknown>;
  const codes: string[] = [];
  if ('errors' in record) {
    if (!Array.isArray(record.errors) || record.errors.length === 0) problems.push('errors is not a non-empty list');
    for (const error of Array.isArray(record.errors) ? (record.errors as Record<string, unknown>[]) : []) {
      if (typeof error?.message !== 'string') problems.push(`an error without a message: ${JSON.stringify(error).slice(0, 120)}`);
      const code = (error?.extensions as Record<string, unknown> | undefined)?.code;
      if (typeof code !== 'string') problems.push(`an error without extensions.code: ${JSON.stringify(error).slice(0, 160)}`);
      else codes.push(code);
    }
  }
  if (INTERNAL.test(response.body)) problems.push(`internal detail in the answer: ${response.body.match(INTERNAL)![0]}`);
  return { problems, codes, body: record };
}

function harvestIds(value: unknown, into: Set<string>): void {
  if (into.size >= 500) return;
  if (Array.isArray(value)) value.forEach((v) => harvestIds(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') into.add(v);
      else harvestIds(v, into);
    }
  }
}

/** Fuzzes a GraphQL endpoint from its SDL; resolves with the report (never throws on findings). */
export async function fuzzGraphql(options: GraphqlFuzzOptions): Promise<FuzzReport> {
  const schema = buildSchema(readFileSync(options.schemaFile, 'utf8'));
  const headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const sender = new HttpSender(options.url, options.timeoutMs ?? 10_000);
  const report = new FuzzReport(`GraphQL (${options.url})`, options.seed);
  const ids = new Set<string>();
  const deadline = Date.now() + options.seconds * 1000;
  let next = 0;

  const generate = (seed: number): GraphqlCase => {
    const random = new Random(seed);
    const kind = random.weighted<Kind>({ valid: 45, 'wrong-type': 15, hostile: 12, aliases: 4, fragments: 4, deep: 4, 'very deep': 2, malformed: 14 });
    const idList = [...ids];
    switch (kind) {
      case 'valid':
      case 'wrong-type':
      case 'hostile': {
        const generator = new DocumentGenerator(schema, random, idList, kind);
        const document = generator.document(1 + random.int(4));
        const actual = kind === 'wrong-type' && !generator.broken ? 'valid' : kind;
        return { kind: actual, label: actual, request: post(document, headers) };
      }
      case 'aliases':
        return { kind, label: 'alias-heavy', request: post(aliasFlood(schema, 50 + random.int(500)) ?? { query: '{ __typename }' }, headers) };
      case 'fragments':
        return { kind, label: 'fragment-heavy', request: post(fragmentBomb(schema, 10 + random.int(30)) ?? { query: '{ __typename }' }, headers) };
      case 'deep':
        return { kind, label: 'deep', request: post(deepDocument(schema, 10 + random.int(40)), headers) };
      case 'very deep':
        return { kind, label: 'very deep', request: post(deepDocument(schema, 5000 + random.int(5000)), headers) };
      case 'malformed': {
        const valid = new DocumentGenerator(schema, random, idList, 'valid').document(2);
        const variants: WireRequest[] = [
          post('{"query": ', headers),
          post({ variables: {} }, headers),
          post([valid, valid], headers),
          post(valid, headers, 'text/plain'),
          post({ query: valid.query.slice(0, Math.max(1, valid.query.length - 2)) }, headers),
          post({ query: valid.query, variables: 'not an object' }, headers),
          { method: 'GET', target: `?query=${encodeURIComponent('mutation { __typename }')}`, headers },
          { method: 'GET', target: '?query=%zz', headers },
        ];
        return { kind, label: 'malformed request', request: random.pick(variants) };
      }
    }
  };

  const judge = (testCase: GraphqlCase, response: WireResponse): string[] => {
    const { problems, codes, body } = shapeProblems(response);
    if (testCase.kind === 'valid' && codes.some((c) => DOCUMENT_REFUSED.has(c))) problems.push(`a valid document was refused (${codes.join(', ')}): ${response.body.slice(0, 200)}`);
    if ((testCase.kind === 'wrong-type' || testCase.kind === 'malformed') && body && !('errors' in body)) problems.push(`an invalid request was answered without errors (status ${response.status})`);
    if (testCase.kind === 'malformed' && response.status < 400) problems.push(`a malformed request got ${response.status}, expected 4xx`);
    if (body && 'data' in body) harvestIds(body.data, ids);
    return problems;
  };

  const worker = async () => {
    while (report.requests < options.requests && Date.now() < deadline) {
      const seed = Random.caseSeed(options.seed, next++);
      const testCase = generate(seed);
      const context = { operation: 'POST /graphql', label: testCase.label, seed, curl: curlLine(sender.base, testCase.request) };
      let response: WireResponse;
      try {
        response = await sender.send(testCase.request);
      } catch (error) {
        report.count('FAILED: no answer');
        report.fail({ kind: 'no answer', detail: error instanceof Error ? error.message : String(error) }, { ...context, status: 0 });
        continue;
      }
      const problems = judge(testCase, response);
      if (response.status === 429 && problems.length === 0) report.count('rate limited (429)');
      else report.count(problems.length > 0 ? `FAILED: ${testCase.kind}` : `${testCase.kind}: ${response.status < 300 ? 'answered' : 'refused'} (${response.status < 300 ? '2xx' : '4xx'})`);
      for (const detail of problems) report.fail({ kind: detail.startsWith('server error') ? 'server error (5xx)' : 'response body', detail }, { ...context, status: response.status });
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  } finally {
    sender.close();
  }
  return report;
}
