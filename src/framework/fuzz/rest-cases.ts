import { forgedHeaders } from './credentials.ts';
import { HOSTILE_STRINGS } from './hostile.ts';
import type { WireRequest } from './http.ts';
import { requiresCredentials, type ApiSpec, type ParameterLocation, type SpecOperation } from './openapi.ts';
import { Random } from './random.ts';
import { bodySchema, InputGenerator, LOCATIONS, locationSchema, RawValue, serialise, type RequestInput } from './request-input.ts';
import { resourceChains } from './rest-stateful.ts';
import type { SchemaArbitraries } from './schema-arbitrary.ts';
import { applyMutation, mutationsOf, RULE_KEYWORDS, type Mutation } from './schema-mutations.ts';
import type { SchemaValidator } from './schema-validator.ts';

export type Expectation =
  | { readonly kind: 'valid' }
  | { readonly kind: 'invalid'; readonly field: string; readonly constraint: string; readonly location: ParameterLocation | 'body' }
  | { readonly kind: 'hostile'; readonly field: string }
  | { readonly kind: 'malformed'; readonly allowed: readonly number[] }
  | { readonly kind: 'unauthenticated' }
  | { readonly kind: 'method' };

export interface RestCase {
  readonly label: string;
  readonly operation: SpecOperation | undefined;
  readonly request: WireRequest;
  readonly expect: Expectation;
}

type Category = 'valid' | 'invalid' | 'rule' | 'hostile' | 'malformed' | 'credentials' | 'method';

const WIRE_TYPE_VIOLATIONS: Record<string, readonly string[]> = {
  integer: ['abc', '1.5', '0x10', '+5', '%207', '7abc', 'NaN', 'Infinity', '1e400', ''],
  number: ['abc', '0x10', '+5', '7abc', 'NaN', 'Infinity', ''],
  boolean: ['maybe', 'yes', 'on', '2', ''],
};

/** Types whose wire text any other type's text also fits (a query value `7` is a string, `a` an array of one). */
const TEXT_TYPES: ReadonlySet<string> = new Set(['string', 'array', 'object']);

const UNDECLARED_METHODS = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'QUERY'];

interface Spot {
  readonly location: ParameterLocation | 'body';
  readonly path: readonly (string | number)[];
  readonly field: string;
}

/** Turns seeds into requests for one API: valid ones, ones breaking one constraint, hostile, malformed, unauthenticated. */
export class RestCaseGenerator {
  private readonly inputs: InputGenerator;
  private readonly pathMethods = new Map<string, Set<string>>();
  /** Operations that start a stateful sequence (their valid requests create resources). */
  private readonly creates: ReadonlySet<string>;

  constructor(
    private readonly spec: ApiSpec,
    private readonly arbitraries: SchemaArbitraries,
    private readonly validator: SchemaValidator,
    private readonly headers: Readonly<Record<string, string>>,
  ) {
    this.inputs = new InputGenerator(arbitraries, validator);
    this.creates = new Set(resourceChains(spec).map((chain) => chain.create.operationId));
    for (const op of spec.operations) {
      const methods = this.pathMethods.get(op.path) ?? new Set<string>();
      methods.add(op.method);
      this.pathMethods.set(op.path, methods);
    }
  }

  validInput(operation: SpecOperation, seed: number): RequestInput | undefined {
    return this.inputs.valid(operation, seed);
  }

  request(operation: SpecOperation, input: RequestInput, headers = this.headers): WireRequest {
    return serialise(operation, input, headers);
  }

  /** The case for a seed, or undefined when the drawn kind does not apply to the drawn operation. */
  generate(seed: number): RestCase | undefined {
    const random = new Random(seed);
    const operation = random.pick(this.spec.operations);
    const input = this.inputs.valid(operation, seed);
    if (!input) return undefined;
    // every stateful sequence sends a valid create, so creating operations need fewer valid cases of their own
    const category = random.weighted<Category>({
      valid: this.creates.has(operation.operationId) ? 10 : 30,
      invalid: 35,
      rule: this.hasRules(operation) ? 6 : 0,
      hostile: 12,
      malformed: 12,
      credentials: requiresCredentials(operation) ? 8 : 0,
      method: 3,
    });
    switch (category) {
      case 'valid':
        return { label: 'valid', operation, request: this.request(operation, input), expect: { kind: 'valid' } };
      case 'invalid':
        return this.invalid(operation, input, random, () => true);
      case 'rule':
        return this.invalid(operation, input, random, (mutation) => RULE_KEYWORDS.has(mutation.keyword));
      case 'hostile':
        return this.hostile(operation, input, random);
      case 'malformed':
        return this.malformed(operation, input, random);
      case 'credentials':
        return this.credentials(operation, input, random);
      case 'method':
        return this.method(operation, input, random);
    }
  }

  private mutationsFor(operation: SpecOperation, input: RequestInput): { location: ParameterLocation | 'body'; mutation: Mutation }[] {
    const found: { location: ParameterLocation | 'body'; mutation: Mutation }[] = [];
    for (const location of LOCATIONS) {
      const params = operation.parameters.filter((p) => p.in === location);
      if (params.length === 0 && location !== 'query') continue;
      for (const mutation of mutationsOf(this.arbitraries, locationSchema(operation, location), input.params[location], [], location)) {
        if (mutation.path.length === 0 && mutation.change.kind === 'set' && !RULE_KEYWORDS.has(mutation.keyword)) continue;
        if (location === 'path' && mutation.change.kind === 'delete') continue;
        // a parameter is text on the wire: a wrong-typed value reads as a valid string (`7` for a string parameter)
        if (mutation.keyword === 'type' && mutation.allowedTypes?.some((t) => TEXT_TYPES.has(t))) continue;
        found.push({ location, mutation });
      }
      for (const param of params) {
        const flat = this.arbitraries.flatten(param.schema);
        const types = ([] as unknown[]).concat(flat.type ?? []);
        if (types.includes('string') || types.includes('array') || types.includes('object')) continue;
        for (const type of types) {
          for (const text of WIRE_TYPE_VIOLATIONS[String(type)] ?? []) {
            if (text === '' && location === 'path') continue;
            found.push({ location, mutation: { keyword: 'type', path: [param.name], field: param.name, change: { kind: 'set', value: new RawValue(text) } } });
          }
        }
      }
    }
    const schema = bodySchema(operation);
    if (schema !== undefined && input.body !== undefined) {
      for (const mutation of mutationsOf(this.arbitraries, schema, input.body)) found.push({ location: 'body', mutation });
    }
    return found;
  }

  private withMutation(input: RequestInput, location: ParameterLocation | 'body', mutation: Mutation): RequestInput {
    if (location === 'body') return { ...input, body: applyMutation(input.body, mutation) };
    return { ...input, params: { ...input.params, [location]: applyMutation(input.params[location], mutation) as Record<string, unknown> } };
  }

  /** Whether the operation states rules between query parameters or between members of its body. */
  private hasRules(operation: SpecOperation): boolean {
    const schemas = [...operation.queryConstraints, ...(bodySchema(operation) === undefined ? [] : [bodySchema(operation)!])];
    return schemas.some((schema) => /"(dependentSchemas|dependentRequired|not)"/.test(JSON.stringify(this.validator.resolve(schema))));
  }

  private invalid(operation: SpecOperation, input: RequestInput, random: Random, wanted: (mutation: Mutation) => boolean): RestCase | undefined {
    const candidates = this.mutationsFor(operation, input).filter(({ mutation }) => wanted(mutation));
    for (let tries = 0; tries < 6 && candidates.length > 0; tries++) {
      const { location, mutation } = candidates.splice(random.int(candidates.length), 1)[0]!;
      const mutated = this.withMutation(input, location, mutation);
      const raw = mutation.change.kind === 'set' && mutation.change.value instanceof RawValue;
      if (!raw && this.inputs.isValid(operation, mutated)) continue;
      return {
        label: `invalid ${location}.${mutation.field} (${mutation.keyword})`,
        operation,
        request: this.request(operation, mutated),
        expect: { kind: 'invalid', field: mutation.field, constraint: mutation.keyword, location },
      };
    }
    return undefined;
  }

  private stringSpots(operation: SpecOperation, input: RequestInput): Spot[] {
    const spots: Spot[] = [];
    const walk = (value: unknown, path: (string | number)[], field: string) => {
      if (typeof value === 'string') spots.push({ location: 'body', path, field });
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], field));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k], k);
    };
    walk(input.body, [], 'body');
    for (const param of operation.parameters) {
      if (param.in !== 'query' && param.in !== 'path') continue;
      const types = ([] as unknown[]).concat(this.arbitraries.flatten(param.schema).type ?? []);
      if (types.includes('string')) spots.push({ location: param.in, path: [param.name], field: param.name });
    }
    return spots;
  }

  private hostile(operation: SpecOperation, input: RequestInput, random: Random): RestCase | undefined {
    const spots = this.stringSpots(operation, input);
    if (spots.length === 0) return undefined;
    const spot = random.pick(spots);
    const hostile = random.pick(HOSTILE_STRINGS);
    const mutation: Mutation = { keyword: 'hostile', path: spot.path, field: spot.field, change: { kind: 'set', value: hostile.value } };
    const mutated = this.withMutation(input, spot.location, mutation);
    const label = `hostile ${spot.location}.${spot.field} (${hostile.name})`;
    const request = this.request(operation, mutated);
    if (this.inputs.isValid(operation, mutated)) return { label, operation, request, expect: { kind: 'hostile', field: spot.field } };
    return { label, operation, request, expect: { kind: 'invalid', field: spot.field, constraint: 'hostile', location: spot.location } };
  }

  private malformed(operation: SpecOperation, input: RequestInput, random: Random): RestCase | undefined {
    const valid = this.request(operation, input);
    const [path, query] = valid.target.split('?') as [string, string | undefined];
    const separator = query ? '&' : '?';
    const variants: { label: string; request: WireRequest; allowed: number[] }[] = [
      { label: 'bad percent-encoding in the query', request: { ...valid, target: `${valid.target}${separator}%zz=%E0%A4%A` }, allowed: [400] },
      { label: 'oversized query string', request: { ...valid, target: `${valid.target}${separator}q${'x'.repeat(20_000)}=1` }, allowed: [400, 414, 431] },
      { label: 'oversized header', request: { ...valid, headers: { ...valid.headers, 'x-fuzz': 'x'.repeat(20_000) } }, allowed: [400, 431] },
    ];
    if (operation.parameters.some((p) => p.in === 'path')) {
      const broken = path.replace(/\/[^/]*$/, '/%E0%A4%A');
      if (broken !== path) variants.push({ label: 'bad percent-encoding in the path', request: { ...valid, target: `${broken}${query ? `?${query}` : ''}` }, allowed: [400, 404] });
    }
    if (valid.body !== undefined) {
      const body = valid.body;
      variants.push(
        { label: 'wrong media type', request: { ...valid, headers: { ...valid.headers, 'content-type': 'text/plain' } }, allowed: [400, 415] },
        { label: 'unknown media type', request: { ...valid, headers: { ...valid.headers, 'content-type': 'application/x-fuzz' } }, allowed: [400, 415] },
        { label: 'malformed JSON', request: { ...valid, body: body.slice(0, Math.max(1, body.length - 1)) + ',' }, allowed: [400] },
        { label: 'JSON with trailing data', request: { ...valid, body: `${body} {}` }, allowed: [400] },
        { label: 'oversized body', request: { ...valid, body: JSON.stringify({ fuzz: 'x'.repeat(2 * 1024 * 1024) }) }, allowed: [400, 413] },
      );
      if (operation.body?.required) {
        const { 'content-type': _dropped, ...headers } = valid.headers;
        variants.push({ label: 'missing body', request: { ...valid, headers, body: undefined }, allowed: [400, 411, 415] });
      }
    }
    const chosen = random.pick(variants);
    return { label: chosen.label, operation, request: chosen.request, expect: { kind: 'malformed', allowed: chosen.allowed } };
  }

  /** The request headers that carry the operation's credentials. */
  private credentialHeaders(operation: SpecOperation): Set<string> {
    const names = new Set<string>();
    for (const alternative of operation.security) {
      for (const scheme of Object.keys(alternative)) {
        const s = this.spec.securitySchemes[scheme];
        if (!s) continue;
        if (s.type === 'http' || s.type === 'oauth2' || s.type === 'openIdConnect') names.add('authorization');
        if (s.type === 'apiKey' && s.in === 'header' && s.name) names.add(s.name.toLowerCase());
        if (s.type === 'apiKey' && s.in === 'cookie') names.add('cookie');
      }
    }
    return names;
  }

  private credentials(operation: SpecOperation, input: RequestInput, random: Random): RestCase | undefined {
    const names = this.credentialHeaders(operation);
    const without = Object.fromEntries(Object.entries(this.headers).filter(([name]) => !names.has(name.toLowerCase())));
    const given = Object.entries(this.headers).filter(([name]) => names.has(name.toLowerCase()));
    if (given.length === 0 || random.next() < 0.4) {
      return { label: 'no credentials', operation, request: this.request(operation, input, without), expect: { kind: 'unauthenticated' } };
    }
    const wrong = forgedHeaders(given, random);
    return { label: 'wrong credentials', operation, request: this.request(operation, input, { ...without, ...wrong }), expect: { kind: 'unauthenticated' } };
  }

  private method(operation: SpecOperation, input: RequestInput, random: Random): RestCase | undefined {
    const declared = this.pathMethods.get(operation.path) ?? new Set();
    const methods = UNDECLARED_METHODS.filter((m) => !declared.has(m) && !(m === 'GET' && declared.has('HEAD')));
    if (methods.length === 0) return undefined;
    const request = this.request(operation, input);
    return { label: `undeclared method`, operation: undefined, request: { ...request, method: random.pick(methods), body: undefined, headers: withoutBodyHeaders(request.headers) }, expect: { kind: 'method' } };
  }
}

function withoutBodyHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const { 'content-type': _type, ...rest } = headers;
  return rest;
}
