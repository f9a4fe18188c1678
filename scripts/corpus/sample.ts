import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import type RandExpClass from 'randexp';
import { addSpecFormats } from '../../src/framework/formats.ts';
import type { JsonSchema } from '../generate/openapi-types.ts';
import { isObject, unescapePointer, type JsonObject } from '../generate/schema-walk.ts';
import { DEFS_ID } from '../generate/schemas.ts';

/** RandExp is CommonJS whose declarations describe a default export it does not have at run time. */
const RandExp = createRequire(import.meta.url)('randexp') as typeof RandExpClass.default;

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-02T03:04:05Z',
  date: '2024-01-02',
  time: '03:04:05Z',
  duration: 'P1D',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/a',
  'uri-reference': 'https://example.com/a',
  iri: 'https://example.com/a',
  'iri-reference': 'https://example.com/a',
  'uri-template': 'https://example.com/{a}',
  url: 'https://example.com/a',
  uuid: '3be6453c-03eb-4357-ae5a-984a0e574a54',
  'json-pointer': '/a',
  'relative-json-pointer': '0/a',
  regex: 'a+',
  byte: 'AAAA',
  int32: '1',
  int64: '1',
};

const MAX_DEPTH = 12;

/** Builds values that conform to schemas (with `defs#/$defs/...` references): one well-formed request per operation. */
export class Sampler {
  private readonly ajv: Ajv2020.default;
  private readonly compiled = new Map<JsonSchema, ValidateFunction>();

  constructor(private readonly definitions: Record<string, JsonSchema>) {
    this.ajv = new Ajv2020.default({ strict: false, allowUnionTypes: true, unicodeRegExp: false, validateSchema: false, inlineRefs: false, useDefaults: true });
    addSpecFormats(this.ajv);
    this.ajv.addSchema({ $id: DEFS_ID, $defs: definitions } as object);
  }

  /** Whether the request validators accept `value` (defaults filled in on a copy, as they would be). */
  valid(schema: JsonSchema, value: unknown): boolean {
    let validate = this.compiled.get(schema);
    if (!validate) this.compiled.set(schema, (validate = this.ajv.compile(schema as object)));
    return validate(structuredClone(value)) === true;
  }

  /** A value `schema` accepts, or undefined when none was found. */
  sample(schema: JsonSchema): unknown {
    const value = this.build(schema, 0);
    return this.valid(schema, value) ? value : undefined;
  }

  private resolve(ref: string): JsonSchema | undefined {
    const prefix = `${DEFS_ID}#/$defs/`;
    if (!ref.startsWith(prefix)) return undefined;
    let node: unknown = this.definitions;
    for (const segment of ref.slice(prefix.length).split('/')) node = isObject(node) ? node[unescapePointer(segment)] : undefined;
    return node as JsonSchema | undefined;
  }

  /**
   * `allOf` parts (and what they reference) merged into one schema: properties and `required` from every part, the
   * first part's word for anything else. Conditional parts (`if`/`then`) stay under `allOf`.
   */
  private flatten(schema: JsonObject, seen: Set<unknown> = new Set()): JsonObject {
    if (seen.has(schema)) return {};
    seen.add(schema);
    const parts = Array.isArray(schema.allOf) ? (schema.allOf as unknown[]) : [];
    const { allOf: _allOf, ...own } = schema;
    let merged: JsonObject = own;
    const conditions: unknown[] = [];
    for (const raw of parts) {
      if (!isObject(raw)) continue;
      if ('if' in raw) {
        conditions.push(raw);
        continue;
      }
      const part = this.flatten(this.expand(raw), seen);
      if (Array.isArray(part.allOf)) conditions.push(...(part.allOf as unknown[]));
      const { allOf: _nested, ...rest } = part;
      merged = {
        ...rest,
        ...merged,
        properties: { ...(isObject(rest.properties) ? rest.properties : {}), ...(isObject(merged.properties) ? merged.properties : {}) },
        required: [...new Set([...((rest.required as string[] | undefined) ?? []), ...((merged.required as string[] | undefined) ?? [])])],
      };
    }
    return conditions.length > 0 ? { ...merged, allOf: conditions } : merged;
  }

  /** A schema with its `$ref` replaced by an `allOf` of the target and its own keywords. */
  private expand(schema: JsonObject): JsonObject {
    if (typeof schema.$ref !== 'string') return schema;
    const { $ref, ...own } = schema;
    const target = this.resolve($ref);
    return { allOf: [isObject(target) ? target : {}, own] };
  }

  private build(raw: JsonSchema, depth: number): unknown {
    if (!isObject(raw)) return raw === false ? undefined : 'x';
    if (depth > MAX_DEPTH) return undefined;
    const schema = Array.isArray(raw.allOf) || typeof raw.$ref === 'string' ? this.flatten(this.expand(raw)) : raw;
    if ('const' in schema) return schema.const;
    if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
    if (schema.default !== undefined && this.valid(raw, schema.default)) return schema.default;
    let value = this.buildOwn(schema, depth);
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = schema[keyword] as JsonSchema[] | undefined;
      if (!branches) continue;
      // each branch together with the rest of the schema, so a branch of `required` alone finds its properties
      const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = schema;
      const candidates = branches.map((branch) => this.build({ allOf: [rest, branch] }, depth + 1));
      value = candidates.find((candidate) => this.valid(raw, candidate)) ?? candidates.find((c) => c !== undefined) ?? value;
    }
    if (Array.isArray(schema.allOf) && isObject(value)) {
      for (const part of schema.allOf as JsonSchema[]) {
        if (!isObject(part) || !isObject(part.if) || !isObject(part.then) || !this.valid(part.if, value)) continue;
        value = merge(value, this.build(part.then, depth + 1));
      }
    }
    return value;
  }

  private buildOwn(schema: JsonObject, depth: number): unknown {
    const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
    const type =
      types.find((t) => t !== 'null') ??
      (schema.properties || schema.required ? 'object' : schema.items ? 'array' : types.length ? 'null' : undefined);
    switch (type) {
      case 'object':
        return this.object(schema, depth);
      case 'array': {
        const count = Math.max(typeof schema.minItems === 'number' ? schema.minItems : 0, 0);
        const item = schema.items === undefined ? 'x' : this.build(schema.items as JsonSchema, depth + 1);
        return Array.from({ length: count }, (_, i) => (schema.uniqueItems && typeof item === 'string' ? `${item}${i}` : item));
      }
      case 'string':
        return string(schema);
      case 'integer':
      case 'number':
        return number(schema, type);
      case 'boolean':
        return true;
      case 'null':
        return null;
      default:
        // no type and no structure: anything goes
        return schema.not === undefined ? 'x' : undefined;
    }
  }

  private object(schema: JsonObject, depth: number): JsonObject {
    const out: JsonObject = {};
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const minimum = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
    const names = [...required, ...Object.keys(properties).filter((n) => !required.includes(n))];
    for (const name of names) {
      if (!required.includes(name) && Object.keys(out).length >= minimum) break;
      const value = this.build((properties[name] as JsonSchema | undefined) ?? {}, depth + 1);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
}

/** `a` with what `b` adds; where both have a property, `a`'s value stays. */
function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (isObject(a) && isObject(b)) return { ...b, ...a };
  return a === undefined ? b : isObject(b) || Array.isArray(b) ? b : a;
}

function string(schema: JsonObject): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Math.max(min, 8);
  if (typeof schema.pattern === 'string') {
    try {
      const generator = new RandExp(schema.pattern);
      generator.max = 4;
      generator.randInt = (from: number) => from;
      for (let attempt = 0; attempt < 20; attempt++) {
        const value = generator.gen();
        if (value.length >= min && value.length <= max && new RegExp(schema.pattern).test(value)) return value;
        generator.randInt = (from: number, to: number) => from + Math.floor(Math.random() * (to - from + 1));
      }
    } catch {
      // a pattern RandExp cannot read: fall through to a plain string
    }
  }
  const byFormat = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
  if (byFormat !== undefined) return byFormat;
  return 'x'.repeat(Math.min(Math.max(min, 1), max));
}

function number(schema: JsonObject, type: 'integer' | 'number'): number {
  let value = typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (typeof schema.exclusiveMinimum === 'number') value = Math.max(value, schema.exclusiveMinimum + (type === 'integer' ? 1 : 0.5));
  if (typeof schema.maximum === 'number' && value > schema.maximum) value = schema.maximum;
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) value = schema.exclusiveMaximum - (type === 'integer' ? 1 : 0.5);
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return type === 'integer' ? Math.ceil(value) : value;
}
