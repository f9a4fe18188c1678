import fc from 'fast-check';
import { isJsonMedia, type JsonSchema, type ParameterLocation, type SpecOperation } from './openapi.ts';
import type { SchemaArbitraries } from './schema-arbitrary.ts';
import type { SchemaValidator } from './schema-validator.ts';
import type { WireRequest } from './http.ts';

/** A parameter value sent exactly as written (a wire-level violation: `0x10` for an integer). */
export class RawValue {
  constructor(readonly text: string) {}
}

/** What a request carries before serialisation: typed parameters per location and a body. */
export interface RequestInput {
  readonly params: Readonly<Record<ParameterLocation, Readonly<Record<string, unknown>>>>;
  readonly media: string | undefined;
  readonly body: unknown;
}

export const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/**
 * The object schema of one parameter location: each parameter a property; unknown query parameters refused, and the
 * query also bound by the operation's rules between parameters.
 */
export function locationSchema(operation: SpecOperation, location: ParameterLocation): JsonSchema {
  const params = operation.parameters.filter((p) => p.in === location);
  const constraints = location === 'query' ? operation.queryConstraints : [];
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
    ...(location === 'query' ? { additionalProperties: false } : {}),
    ...(constraints.length > 0 ? { allOf: constraints } : {}),
  };
}

/** The media type a valid request uses: JSON when declared, else the first one. */
export function requestMedia(operation: SpecOperation): string | undefined {
  const types = Object.keys(operation.body?.content ?? {});
  return types.find(isJsonMedia) ?? types[0];
}

export function bodySchema(operation: SpecOperation): JsonSchema | undefined {
  const media = requestMedia(operation);
  return media === undefined ? undefined : (operation.body?.content[media] ?? {});
}

const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization', 'content-length', 'host', 'connection', 'transfer-encoding']);

/** Builds valid inputs for operations: candidates from fast-check, kept only when the validator accepts every part. */
export class InputGenerator {
  constructor(
    private readonly arbitraries: SchemaArbitraries,
    private readonly validator: SchemaValidator,
  ) {}

  isValid(operation: SpecOperation, input: RequestInput): boolean {
    return this.problemsOf(operation, input).length === 0;
  }

  problemsOf(operation: SpecOperation, input: RequestInput): string[] {
    const problems = LOCATIONS.flatMap((location) =>
      this.validator.problems(locationSchema(operation, location), input.params[location]).map((p) => `${location}${p.message}`),
    );
    const schema = bodySchema(operation);
    if (schema !== undefined && input.body !== undefined) problems.push(...this.validator.problems(schema, input.body).map((p) => `body${p.message}`));
    if (schema !== undefined && input.body === undefined && operation.body?.required) problems.push('body is required');
    return problems;
  }

  /** A valid input, or undefined when none of the candidates for this seed was valid. */
  valid(operation: SpecOperation, seed: number, tries = 12): RequestInput | undefined {
    const schema = bodySchema(operation);
    const arbitrary = fc.record({
      path: this.arbitraries.of(locationSchema(operation, 'path')),
      query: this.arbitraries.of(locationSchema(operation, 'query')),
      header: this.arbitraries.of(locationSchema(operation, 'header')),
      cookie: this.arbitraries.of(locationSchema(operation, 'cookie')),
      body: schema === undefined ? fc.constant(undefined) : this.arbitraries.of(schema),
    });
    for (const sample of fc.sample(arbitrary, { seed, numRuns: tries })) {
      const { body, ...params } = sample as { body: unknown } & Record<ParameterLocation, Record<string, unknown>>;
      for (const name of Object.keys(params.header)) if (RESERVED_HEADERS.has(name.toLowerCase())) delete params.header[name];
      // an empty path segment names another route (or none), whatever the parameter's schema allows
      if (Object.values(params.path).some((value) => wireText(value) === '')) continue;
      const input: RequestInput = { params, media: requestMedia(operation), body: operation.body?.required || body !== undefined ? body : undefined };
      if (this.isValid(operation, input)) return input;
    }
    return undefined;
  }
}

function wireText(value: unknown): string {
  if (value instanceof RawValue) return value.text;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Percent-encodes like encodeURIComponent, but keeps lone surrogates (as their UTF-8 replacement) instead of throwing. */
export function encodeComponent(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

function queryPart(name: string, value: unknown, style: 'repeat' | 'comma'): string[] {
  if (value instanceof RawValue) return [`${encodeComponent(name)}=${value.text}`];
  if (Array.isArray(value)) {
    if (style === 'comma') return [`${encodeComponent(name)}=${value.map((v) => encodeComponent(wireText(v))).join(',')}`];
    return value.map((v) => `${encodeComponent(name)}=${encodeComponent(wireText(v))}`);
  }
  return [`${encodeComponent(name)}=${encodeComponent(wireText(value))}`];
}

/** The request on the wire for an input; `headers` are the caller's (credentials) and go first. */
export function serialise(operation: SpecOperation, input: RequestInput, headers: Readonly<Record<string, string>>): WireRequest {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = input.params.path[name];
    return value instanceof RawValue ? value.text : encodeComponent(wireText(value ?? ''));
  });
  const styles = Object.fromEntries(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.arrayStyle]));
  const query = Object.entries(input.params.query).flatMap(([name, value]) => queryPart(name, value, styles[name] ?? 'repeat'));
  const all: Record<string, string> = { ...headers };
  for (const [name, value] of Object.entries(input.params.header)) all[name.toLowerCase()] = wireText(value);
  const cookies = Object.entries(input.params.cookie).map(([name, value]) => `${name}=${encodeComponent(wireText(value))}`);
  if (cookies.length > 0) all.cookie = cookies.join('; ');
  let body: string | undefined;
  if (input.body !== undefined) {
    all['content-type'] = input.media ?? 'application/json';
    body = input.body instanceof RawValue ? input.body.text : isJsonMedia(all['content-type']) || typeof input.body !== 'string' ? JSON.stringify(input.body) : input.body;
  }
  return { method: operation.method, target: `${path}${query.length > 0 ? `?${query.join('&')}` : ''}`, headers: all, body };
}
