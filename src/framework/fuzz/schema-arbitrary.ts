import fc from 'fast-check';
import type { JsonSchema } from './openapi.ts';
import type { SchemaValidator } from './schema-validator.ts';

type Schema = { [keyword: string]: unknown };

const MAX_DEPTH = 6;
const LOOPBACK_URL = 'http://127.0.0.1:9';

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Values of a string `format`. URLs point at a closed loopback port, so a fuzzed service that calls them out calls nobody. */
function formatArbitrary(format: string): fc.Arbitrary<string> | undefined {
  const date = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
  switch (format) {
    case 'email':
    case 'idn-email':
      return fc.emailAddress({ size: 'small' });
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return date.map((d) => d.toISOString());
    case 'date':
      return date.map((d) => d.toISOString().slice(0, 10));
    case 'time':
      return date.map((d) => `${d.toISOString().slice(11, 19)}Z`);
    case 'uri':
    case 'url':
    case 'iri':
      return fc.webPath().map((path) => `${LOOPBACK_URL}${path.startsWith('/') ? path : `/${path}`}`);
    case 'uri-reference':
    case 'iri-reference':
      return fc.webPath().map((path) => (path.startsWith('/') ? path : `/${path}`));
    case 'hostname':
      return fc.constantFrom('localhost', 'host.invalid');
    case 'ipv4':
      return fc.ipV4();
    case 'ipv6':
      return fc.ipV6();
    case 'byte':
      return fc.base64String({ maxLength: 64 });
    case 'int32':
    case 'int64':
      return undefined;
    default:
      return undefined;
  }
}

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const minLength = num(schema.minLength) ?? 0;
  const maxLength = Math.min(num(schema.maxLength) ?? minLength + 40, minLength + 60);
  const fits = (s: string) => [...s].length >= minLength && [...s].length <= (num(schema.maxLength) ?? Infinity);
  const format = typeof schema.format === 'string' ? formatArbitrary(schema.format) : undefined;
  if (format) return format.filter(fits);
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern, 'u');
    return fc.stringMatching(pattern).filter(fits);
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme-ascii' }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme' }) },
  );
}

function integerArbitrary(schema: Schema): fc.Arbitrary<number> {
  let min = num(schema.minimum) ?? -(2 ** 31);
  let max = num(schema.maximum) ?? 2 ** 31 - 1;
  if (num(schema.exclusiveMinimum) !== undefined) min = Math.floor(num(schema.exclusiveMinimum)!) + 1;
  if (num(schema.exclusiveMaximum) !== undefined) max = Math.ceil(num(schema.exclusiveMaximum)!) - 1;
  const integer = fc.integer({ min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER), max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER) });
  const step = num(schema.multipleOf);
  return step ? integer.map((v) => Math.ceil(v / step) * step).filter((v) => v <= max) : integer;
}

function numberArbitrary(schema: Schema): fc.Arbitrary<number> {
  const min = num(schema.minimum) ?? num(schema.exclusiveMinimum) ?? -1e9;
  const max = num(schema.maximum) ?? num(schema.exclusiveMaximum) ?? 1e9;
  return fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .filter((v) => v !== num(schema.exclusiveMinimum) && v !== num(schema.exclusiveMaximum) && !Object.is(v, -0));
}

/** Generates values valid for JSON Schemas (2020-12, as OpenAPI 3.1 writes them; 3.0 is normalised on load). */
export class SchemaArbitraries {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();

  constructor(private readonly validator: SchemaValidator) {}

  /** Candidates for `schema`; the caller keeps those the validator accepts (composed schemas are approximated). */
  of(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
    const key = `${depth}:${JSON.stringify(schema)}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const arbitrary = this.build(schema, depth);
    this.cache.set(key, arbitrary);
    return arbitrary;
  }

  /** The schema with its `$ref` and `allOf` folded into one object (properties, required and bounds merged). */
  flatten(raw: JsonSchema): Schema {
    const schema = this.validator.resolve<JsonSchema>(raw);
    if (typeof schema === 'boolean') return schema ? {} : { not: {} };
    const { allOf, ...rest } = schema;
    let merged: Schema = { ...rest };
    if (typeof merged.$ref === 'string') {
      const target = this.flatten({ $ref: merged.$ref });
      delete merged.$ref;
      merged = mergeSchemas(target, merged);
    }
    for (const part of Array.isArray(allOf) ? (allOf as JsonSchema[]) : []) merged = mergeSchemas(merged, this.flatten(part));
    return merged;
  }

  private build(raw: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    const schema = this.flatten(raw);
    if ('const' in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    const branches = (Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined) as JsonSchema[] | undefined;
    if (branches && branches.length > 0) {
      const { oneOf: _o, anyOf: _a, ...base } = schema;
      return fc.oneof(...branches.map((branch) => this.of(mergeSchemas(base, this.flatten(branch)), depth)));
    }
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : inferTypes(schema);
    if (types.length > 1) return fc.oneof(...types.map((type) => this.of({ ...schema, type }, depth)));
    switch (types[0]) {
      case 'string':
        return stringArbitrary(schema);
      case 'integer':
        return integerArbitrary(schema);
      case 'number':
        return numberArbitrary(schema);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return this.arrayArbitrary(schema, depth);
      case 'object':
        return this.objectArbitrary(schema, depth);
      default:
        return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
    }
  }

  private arrayArbitrary(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const minLength = num(schema.minItems) ?? 0;
    const maxLength = depth >= MAX_DEPTH ? minLength : Math.min(num(schema.maxItems) ?? minLength + 4, minLength + 6);
    const items = this.of((schema.items as JsonSchema | undefined) ?? {}, depth + 1);
    return schema.uniqueItems === true
      ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
      : fc.array(items, { minLength, maxLength });
  }

  private objectArbitrary(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    // a `false` member may not be sent (a readOnly property in a request, or one a rule forbids)
    const names = Object.keys(properties).filter((name) => properties[name] !== false && (required.has(name) || depth < MAX_DEPTH));
    const model = Object.fromEntries(names.map((name) => [name, this.of(properties[name]!, depth + 1)]));
    for (const name of required) if (!(name in model)) model[name] = fc.oneof(fc.string({ maxLength: 10 }), fc.integer());
    const record = fc.record(model, { requiredKeys: [...required] });
    const forbidden = forbiddenCompanions(schema);
    return forbidden.length === 0 ? record : record.map((value) => withoutForbiddenCompanions(value, forbidden));
  }

  /** A value `schema` accepts (and `wanted`, when given), drawn from up to `tries` candidates of the seed; undefined when none was. */
  sampleValid(schema: JsonSchema, seed: number, tries = 12, wanted: (value: unknown) => boolean = () => true): unknown {
    return fc.sample(this.of(schema), { seed, numRuns: tries }).find((candidate) => wanted(candidate) && this.validator.isValid(schema, candidate));
  }
}

/** A member present (`trigger`) that rules out another (`forbidden`): `dependentSchemas: { trigger: { properties: { forbidden: false } } }`. */
export interface ForbiddenCompanion {
  readonly trigger: string;
  readonly forbidden: string;
}

export function forbiddenCompanions(schema: Schema): ForbiddenCompanion[] {
  const rules = schema.dependentSchemas;
  if (typeof rules !== 'object' || rules === null) return [];
  return Object.entries(rules as Record<string, unknown>).flatMap(([trigger, rule]) => {
    const properties = typeof rule === 'object' && rule !== null ? (rule as Schema).properties : undefined;
    if (typeof properties !== 'object' || properties === null) return [];
    return Object.entries(properties).filter(([, member]) => member === false).map(([forbidden]) => ({ trigger, forbidden }));
  });
}

/** The generated object with each member a present trigger rules out removed, so candidates keep to the rule. */
function withoutForbiddenCompanions(value: unknown, rules: readonly ForbiddenCompanion[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy = { ...(value as Record<string, unknown>) };
  for (const { trigger, forbidden } of rules) if (trigger in copy) delete copy[forbidden];
  return copy;
}

function inferTypes(schema: Schema): string[] {
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items) return ['array'];
  if (schema.pattern !== undefined || schema.format !== undefined || schema.minLength !== undefined) return ['string'];
  return [];
}

/** Both schemas at once, as far as generation needs: properties and required united, other keywords of `b` win. */
export function mergeSchemas(a: Schema, b: Schema): Schema {
  const merged: Schema = { ...a, ...b };
  if (a.properties || b.properties) merged.properties = { ...(a.properties as object), ...(b.properties as object) };
  if (a.required || b.required) merged.required = [...new Set([...((a.required as string[]) ?? []), ...((b.required as string[]) ?? [])])];
  if (a.type !== undefined && b.type !== undefined) {
    const left = ([] as unknown[]).concat(a.type);
    const both = ([] as unknown[]).concat(b.type).filter((t) => left.includes(t) || (t === 'integer' && left.includes('number')));
    merged.type = both.length === 1 ? both[0] : both;
  }
  return merged;
}
