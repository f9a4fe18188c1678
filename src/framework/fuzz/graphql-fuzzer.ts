import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { aliasFlood, deepDocument, DocumentGenerator, fragmentBomb, type GraphqlDocument } from './graphql-documents.ts';
import { forgedHeaders } from './credentials.ts';
import { curlLine, HttpSender, type WireRequest, type WireResponse } from './http.ts';
import { Random } from './random.ts';
import { FuzzReport } from './report.ts';
import type { FailureKind } from './response-checks.ts';
import { DEFAULT_CONCURRENCY, type FuzzBudget } from './rest-fuzzer.ts';

export interface GraphqlFuzzOptions extends FuzzBudget {
  readonly url: string;
  readonly schemaFile: string;
  /** Sent with every request: the credentials, which the fuzzer also removes or forges. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Another set of credentials (a user token beside an API key, say): each generated document goes with one of the two sets. */
  readonly altHeaders?: Readonly<Record<string, string>>;
  /** Every root field needs credentials: without them, or with forged ones, the answer must be `UNAUTHENTICATED` (or HTTP 401). */
  readonly requiresCredentials?: boolean;
}

type Kind = 'valid' | 'wrong-type' | 'hostile' | 'aliases' | 'fragments' | 'deep' | 'very deep' | 'malformed' | 'no credentials' | 'wrong credentials';

const INTERNAL = /Maximum call stack|\bat [\w.<>]+ \(.*:\d+:\d+\)|node_modules|prisma|ECONNREFUSED|Cannot read propert|is not a function|undefined is not/i;
const DOCUMENT_REFUSED = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
const UNAUTHENTICATED = 'UNAUTHENTICATED';
/** Cases run one after the other first, collecting ids from the answers; later cases pick from these (the same list whatever the order). */
const WARM_UP = 100;

interface GraphqlCase {
  readonly kind: Kind;
  readonly label: string;
  readonly request: WireRequest;
}

interface GraphqlProblem {
  readonly kind: FailureKind;
  readonly detail: string;
}

function post(document: GraphqlDocument | unknown, headers: Readonly<Record<string, string>>, contentType = 'application/json'): WireRequest {
  return { method: 'POST', target: '', headers: { ...headers, 'content-type': contentType }, body: typeof document === 'string' ? document : JSON.stringify(document) };
}

const lowerCased = (headers: Readonly<Record<string, string>> | undefined) => Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

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
  const headers = lowerCased(options.headers);
  const altHeaders = options.altHeaders && Object.keys(options.altHeaders).length > 0 ? lowerCased(options.altHeaders) : undefined;
  const credentialed = Object.keys(headers).length > 0;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const sender = new HttpSender(options.url, options.timeoutMs ?? 10_000, concurrency);
  const report = new FuzzReport(`GraphQL (${options.url})`, options.seed);
  const harvested = new Set<string>();
  let ids: readonly string[] = [];
  let warmingUp = true;
  const deadline = Date.now() + options.seconds * 1000;
  let next = 0;

  const generate = (seed: number): GraphqlCase => {
    const random = new Random(seed);
    const kind = random.weighted<Kind>({
      valid: 40,
      'wrong-type': 14,
      hostile: 12,
      aliases: 4,
      fragments: 4,
      deep: 4,
      'very deep': 2,
      malformed: 12,
      'no credentials': credentialed ? 4 : 0,
      'wrong credentials': credentialed ? 4 : 0,
    });
    const sent = altHeaders && random.next() < 0.5 ? altHeaders : headers;
    switch (kind) {
      case 'valid':
      case 'wrong-type':
      case 'hostile': {
        const generator = new DocumentGenerator(schema, random, ids, kind);
        const document = generator.document(1 + random.int(4));
        const actual = kind === 'wrong-type' && !generator.broken ? 'valid' : kind;
        return { kind: actual, label: actual, request: post(document, sent) };
      }
      case 'no credentials':
      case 'wrong credentials': {
        const document = new DocumentGenerator(schema, random, ids, 'valid').document(1 + random.int(3));
        const without = kind === 'no credentials' ? {} : forgedHeaders(Object.entries(headers), random);
        return { kind, label: kind, request: post(document, without) };
      }
      case 'aliases':
        return { kind, label: 'alias-heavy', request: post(aliasFlood(schema, 50 + random.int(500)) ?? { query: '{ __typename }' }, sent) };
      case 'fragments':
        return { kind, label: 'fragment-heavy', request: post(fragmentBomb(schema, 10 + random.int(30)) ?? { query: '{ __typename }' }, sent) };
      case 'deep':
        return { kind, label: 'deep', request: post(deepDocument(schema, 10 + random.int(40)), sent) };
      case 'very deep':
        return { kind, label: 'very deep', request: post(deepDocument(schema, 5000 + random.int(5000)), sent) };
      case 'malformed': {
        const valid = new DocumentGenerator(schema, random, ids, 'valid').document(2);
        const variants: WireRequest[] = [
          post('{"query": ', sent),
          post({ variables: {} }, sent),
          post([valid, valid], sent),
          post(valid, sent, 'text/plain'),
          post({ query: valid.query.slice(0, Math.max(1, valid.query.length - 2)) }, sent),
          post({ query: valid.query, variables: 'not an object' }, sent),
          { method: 'GET', target: `?query=${encodeURIComponent('mutation { __typename }')}`, headers: sent },
          { method: 'GET', target: '?query=%zz', headers: sent },
        ];
        return { kind, label: 'malformed request', request: random.pick(variants) };
      }
    }
  };

  const rootNames = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) => (t ? [t.name] : [])));
  const judge = (testCase: GraphqlCase, response: WireResponse): { problems: GraphqlProblem[]; codes: string[] } => {
    const shape = shapeProblems(response);
    const problems: GraphqlProblem[] = shape.problems.map((detail) => ({ kind: detail.startsWith('server error') ? 'server error (5xx)' : 'response body', detail }));
    const { codes, body } = shape;
    const refuse = (kind: FailureKind, detail: string) => problems.push({ kind, detail });
    if (testCase.kind === 'valid' && codes.some((c) => DOCUMENT_REFUSED.has(c))) refuse('valid request refused as invalid', `a valid document was refused (${codes.join(', ')}): ${response.body.slice(0, 200)}`);
    if ((testCase.kind === 'wrong-type' || testCase.kind === 'malformed') && body && !('errors' in body)) refuse('invalid request accepted', `an invalid request was answered without errors (status ${response.status})`);
    if (testCase.kind === 'malformed' && response.status < 400) refuse('unexpected status', `a malformed request got ${response.status}, expected 4xx`);
    if ((testCase.kind === 'no credentials' || testCase.kind === 'wrong credentials') && options.requiresCredentials && response.status !== 429) {
      // a document refused before it runs (4xx: too costly, say) says nothing of credentials; one that ran must say UNAUTHENTICATED
      if (response.status < 300 && !codes.includes(UNAUTHENTICATED)) refuse('credentials not enforced', `${testCase.kind}: expected ${UNAUTHENTICATED} or 401, got ${response.status} (${codes.join(', ') || 'no errors'})`);
      const leaked = body && hasValue(body.data, rootNames);
      if (leaked) refuse('credentials not enforced', `${testCase.kind}: data answered: ${JSON.stringify(body.data).slice(0, 160)}`);
    }
    if (warmingUp && body && 'data' in body) harvestIds(body.data, harvested);
    return { problems, codes };
  };

  const runCase = async (index: number) => {
    const seed = Random.caseSeed(options.seed, index);
    const testCase = generate(seed);
    const context = { operation: 'POST /graphql', label: testCase.label, seed, curl: curlLine(sender.base, testCase.request) };
    let response: WireResponse;
    const sentAt = performance.now();
    try {
      response = await sender.send(testCase.request);
    } catch (error) {
      report.count('FAILED: no answer');
      report.fail({ kind: 'no answer', detail: error instanceof Error ? error.message : String(error) }, { ...context, status: 0 });
      return;
    }
    const elapsedMs = performance.now() - sentAt;
    const { problems, codes } = judge(testCase, response);
    if (response.status === 429 && problems.length === 0) report.count('rate limited (429)', elapsedMs);
    else report.count(problems.length > 0 ? `FAILED: ${testCase.kind}` : outcomeOf(testCase, response, codes), elapsedMs);
    for (const problem of problems) report.fail(problem, { ...context, status: response.status });
  };

  const budgetLeft = () => report.requests < options.requests && Date.now() < deadline;
  try {
    while (next < WARM_UP && budgetLeft()) await runCase(next++);
    warmingUp = false;
    ids = [...harvested];
    const worker = async () => {
      while (budgetLeft()) await runCase(next++);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    sender.close();
  }
  return report;
}

/** Whether an answer's `data` holds anything but nulls and `__typename` (a root type's name). */
function hasValue(data: unknown, rootNames: ReadonlySet<string>): boolean {
  if (typeof data !== 'object' || data === null) return false;
  return Object.values(data).some((value) => value !== null && !(typeof value === 'string' && rootNames.has(value)));
}

function outcomeOf(testCase: GraphqlCase, response: WireResponse, codes: readonly string[]): string {
  if (testCase.kind === 'no credentials' || testCase.kind === 'wrong credentials') {
    return `${testCase.kind}: ${codes.includes(UNAUTHENTICATED) ? `refused (${UNAUTHENTICATED})` : response.status < 300 ? 'answered (2xx)' : `refused (${response.status})`}`;
  }
  return `${testCase.kind}: ${response.status < 300 ? 'answered (2xx)' : 'refused (4xx)'}`;
}
