/**
 * One document's serving check, run in a child process by `npm run corpus`: binds the generated route module with a
 * handler per operation (each answers its first declared response), listens, sends one well-formed request per
 * operation and a few malformed ones, and prints the outcome as one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import Fastify from 'fastify';
import { loadRouteModule, openApiRoutes } from '../../src/framework/index.ts';
import type { HttpError } from '../../src/framework/http-error.ts';
import { loadSpec } from '../generate/load-spec.ts';
import { normalizeSchemas } from '../generate/normalize-schemas.ts';
import type { JsonSchema } from '../generate/openapi-types.ts';
import { collectOperations, isJsonMediaType, type OperationModel } from '../generate/operations.ts';
import { createSchemaConverters, type SchemaConverters } from '../generate/schemas.ts';
import { encodeBody, type EncodedBody } from './request-body.ts';
import { Sampler } from './sample.ts';

export interface ServeReport {
  operations: number;
  reached: number;
  startupMs: number;
  malformedSent: number;
  malformedNamed: number;
  failures: string[];
}

interface PlannedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: EncodedBody['body'];
}

/** RFC 9457 problem details naming every failing field (an error media type documents rarely declare, so sent whole). */
const formatError = (error: HttpError) => ({
  contentType: 'application/problem+json',
  body: { type: 'about:blank', status: error.status, title: error.message, errors: error.details ?? [] },
});

function statusOf(key: string): number {
  if (/^[1-5][0-9][0-9]$/.test(key)) return Number(key);
  if (/^[1-5]XX$/i.test(key)) return Number(key[0]) * 100;
  return 200;
}

function serialize(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Whether an unknown query key is a value, not an error: an exploded `form` object parameter's properties are top-level
 * query keys, so one that allows properties it does not name takes any key no other parameter names.
 */
function gathersUnknownQueryKeys(op: OperationModel): boolean {
  return op.parameters.some((p) => p.in === 'query' && p.plan.style === 'form' && p.plan.explode && p.plan.shape.kind === 'object' && p.plan.shape.additional !== undefined);
}

class RequestPlanner {
  constructor(
    private readonly sampler: Sampler,
    private readonly converters: SchemaConverters,
    private readonly basePath: string,
  ) {}

  schema(schema: JsonSchema | undefined): JsonSchema {
    return this.converters.request.toShared(schema ?? {});
  }

  /** A request the operation's validators accept, or the reason none could be built. */
  wellFormed(op: OperationModel, rawPathValues: Record<string, string> = {}): PlannedRequest | string {
    let path = op.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    for (const parameter of op.parameters) {
      // headers a client sends anyway (accept, user-agent) must carry a declared value: send every header parameter
      if (!parameter.required && parameter.in !== 'path' && parameter.in !== 'header') continue;
      const value = this.sampler.sample(this.schema(parameter.schema));
      if (value === undefined) return `no value for ${parameter.in} parameter ${parameter.name}`;
      const values = Array.isArray(value) ? value.map(serialize) : [serialize(value)];
      if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, rawPathValues[parameter.name] ?? encodeURIComponent(values.join(',')));
      else if (parameter.in === 'header') headers[parameter.name] = values.join(',');
      else if (parameter.plan.style === 'form' && !parameter.plan.explode) query.append(parameter.name, values.join(','));
      else if (parameter.plan.style === 'spaceDelimited') query.append(parameter.name, values.join(' '));
      else if (parameter.plan.style === 'pipeDelimited') query.append(parameter.name, values.join('|'));
      else for (const item of values) query.append(parameter.name, item);
    }
    const search = query.size > 0 ? `?${query}` : '';
    const request: PlannedRequest = { method: op.method, url: `${this.basePath}${path}${search}`, headers };
    const content = op.requestBody?.content ?? [];
    const media = content.find((m) => isJsonMediaType(m.mediaType)) ?? (op.requestBody?.required ? content[0] : undefined);
    if (media) {
      const value = media.decode.kind === 'binary' ? undefined : this.sampler.sample(this.schema(media.schema));
      if (value === undefined && media.decode.kind !== 'binary') return `no request body for ${media.mediaType}`;
      const { body, contentType } = encodeBody(media.mediaType, media.decode, value);
      if (contentType !== undefined) request.headers['content-type'] = contentType;
      request.body = body;
    }
    return request;
  }

  /** Requests that break one rule each, with the field the 400 must name. */
  malformed(op: OperationModel, good: PlannedRequest): { request: PlannedRequest; field: string }[] {
    const cases: { request: PlannedRequest; field: string }[] = [];
    const separator = good.url.includes('?') ? '&' : '?';
    if (!gathersUnknownQueryKeys(op)) {
      cases.push({ request: { ...good, url: `${good.url}${separator}corpus_unknown_parameter=1` }, field: 'query.corpus_unknown_parameter' });
    }
    if (typeof good.body === 'string' && good.headers['content-type'] && isJsonMediaType(good.headers['content-type'])) {
      const body = JSON.parse(good.body) as unknown;
      if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
        const [first] = Object.keys(body);
        const json = op.requestBody?.content.find((m) => isJsonMediaType(m.mediaType));
        const without = { ...body } as Record<string, unknown>;
        if (first !== undefined) delete without[first];
        if (first !== undefined && json && !this.sampler.valid(this.schema(json.schema), without)) {
          cases.push({ request: { ...good, body: JSON.stringify(without) }, field: `body.${first}` });
        }
      }
    }
    const numeric = op.parameters.find((p) => p.in === 'path' && this.sampler.valid(this.schema(p.schema), 1) && !this.sampler.valid(this.schema(p.schema), 'abc'));
    const wrongPath = numeric ? this.wellFormed(op, { [numeric.name]: 'abc' }) : undefined;
    if (numeric && typeof wrongPath === 'object') cases.push({ request: wrongPath, field: `path.${numeric.name}` });
    return cases;
  }
}

async function main(): Promise<void> {
  const [specPath, out] = process.argv.slice(2);
  if (!specPath || !out) throw new Error('usage: serve.ts SPEC OUT_DIR [--startup-only]');
  const { document } = await loadSpec(specPath);
  const normalized = normalizeSchemas(document, () => {});
  const converters = createSchemaConverters(normalized);
  const operations = collectOperations(normalized);
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  // conversions above register every definition the samples refer to
  for (const op of operations) for (const p of op.parameters) converters.request.toShared(p.schema);
  for (const op of operations) for (const m of op.requestBody?.content ?? []) converters.request.toShared(m.schema ?? {});
  for (const op of operations) for (const r of op.responses) for (const m of r.content) converters.response.toShared(m.schema ?? {});
  const sampler = new Sampler(converters.definitions());

  // each handler answers its operation's first success response (or its first response), with a sample body
  const replies = new Map(
    operations.map((op) => {
      const response = op.responses.find((r) => /^2/.test(r.status)) ?? op.responses[0];
      const media = response?.content[0];
      const body =
        media === undefined ? undefined : isJsonMediaType(media.mediaType) ? (sampler.sample(converters.response.toShared(media.schema ?? {})) ?? {}) : 'x';
      const result = { status: response ? statusOf(response.status) : 200, ...(media && body !== undefined ? { body, contentType: media.mediaType } : {}) };
      return [op.operationId, result];
    }),
  );

  const started = performance.now();
  const module = await loadRouteModule(resolve(join(out, 'routes.ts')));
  const reached = new Set<string>();
  const handlers = Object.fromEntries(module.routes.map((route) => [route.operationId, () => (reached.add(route.operationId), replies.get(route.operationId))]));
  const schemes = new Set(module.routes.flatMap((r) => r.security.flatMap((requirement) => Object.keys(requirement))));
  const authenticators = Object.fromEntries([...schemes].map((name) => [name, () => ({ scheme: name })]));
  const app = Fastify({ logger: false });
  await app.register(openApiRoutes({ module, handlers, authenticators, formatError }), { prefix: module.basePath });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const startupMs = performance.now() - started;
  if (process.argv.includes('--startup-only')) {
    await app.close();
    process.stdout.write(`${JSON.stringify({ startupMs })}\n`);
    return;
  }

  const planner = new RequestPlanner(sampler, converters, module.basePath);
  const report: ServeReport = { operations: module.routes.length, reached: 0, startupMs, malformedSent: 0, malformedNamed: 0, failures: [] };
  const fail = (message: string) => report.failures.push(message);
  const send = async (request: PlannedRequest) => {
    const response = await fetch(`${address}${request.url}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
    });
    return { status: response.status, text: await response.text() };
  };
  for (const route of module.routes) {
    const op = byId.get(route.operationId)!;
    const good = planner.wellFormed(op);
    if (typeof good === 'string') {
      fail(`${route.operationId}: ${good}`);
      continue;
    }
    const response = await send(good);
    if (!reached.has(route.operationId)) fail(`${route.operationId}: ${good.method} ${good.url} answered ${response.status} ${response.text.slice(0, 300)}`);
    else if (response.status >= 500) fail(`${route.operationId}: the handler's reply failed with ${response.status} ${response.text.slice(0, 200)}`);
    for (const { request, field } of planner.malformed(op, good)) {
      report.malformedSent++;
      const bad = await send(request);
      if (bad.status === 400 && bad.text.includes(`"${field}"`)) report.malformedNamed++;
      else fail(`${route.operationId}: ${request.method} ${request.url} should be a 400 naming ${field}, got ${bad.status} ${bad.text.slice(0, 200)}`);
    }
  }
  report.reached = reached.size;
  await app.close();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
