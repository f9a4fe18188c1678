import type { JsonSchema, OpenApiDocument } from './openapi-types.ts';
import { isObject, type JsonObject } from './schema-walk.ts';
import { deref, resolvePointer } from './schemas.ts';

/** The longest JSON.stringify writes a number: `-1.7976931348623157e+308`. */
const NUMBER_BYTES = 24;
/** The most bytes a character takes in a JSON string: an astral one escaped as a surrogate pair, `\ud83d\ude00`. */
const BYTES_PER_CHARACTER = 12;

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '');

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The largest of several bounds; unbounded when any one is. */
function largest(bounds: readonly (number | undefined)[]): number | undefined {
  if (bounds.some((bound) => bound === undefined)) return undefined;
  return Math.max(0, ...(bounds as number[]));
}

/** The smallest of several bounds a value must all keep; unbounded only when every one is. */
function smallest(bounds: readonly (number | undefined)[]): number | undefined {
  const known = bounds.filter((bound): bound is number => bound !== undefined);
  return known.length === 0 ? undefined : Math.min(...known);
}

/**
 * The most bytes a value valid against `schema` takes in compact JSON, or undefined when the schema lets a value be
 * as large as it likes: every character of a string at its worst (12 bytes), and member names, numbers, `const` and
 * `enum` values as `JSON.stringify` writes them. A request body of a bounded schema can then be refused by its size
 * before it is read. Conservative: what it does not understand is unbounded.
 */
export function maxJsonBytes(document: OpenApiDocument, schema: JsonSchema | undefined): number | undefined {
  return new SizeBound(document).of(schema);
}

class SizeBound {
  /** References being measured: a schema that contains itself is unbounded. */
  private readonly open = new Set<string>();
  /** Bounds of references measured already: documents share schemas widely, and each is walked once. */
  private readonly measured = new Map<string, number | undefined>();

  constructor(private readonly document: OpenApiDocument) {}

  /**
   * `knownType`: the `type` a schema without one is known to apply to, because the value must also match a schema
   * that declares it (`maxLength` beside a `$ref` to a string, an `allOf` part under `type: string`).
   */
  of(schema: JsonSchema | undefined, knownType?: unknown): number | undefined {
    if (schema === false) return 0;
    if (!isObject(schema)) return undefined;
    if (typeof schema.$ref === 'string') {
      const ref = schema.$ref;
      const { $ref: _ref, ...siblings } = schema;
      const target = resolvePointer(this.document, ref) as JsonSchema | undefined;
      const targetBound = this.ofReference(ref, target, knownType);
      return Object.keys(siblings).length === 0 ? targetBound : smallest([targetBound, this.of(siblings, this.typeOf(target) ?? knownType)]);
    }
    const type = schema.type ?? knownType;
    const constraints: (number | undefined)[] = [this.ownBound(schema, type)];
    for (const part of (schema.allOf as JsonSchema[] | undefined) ?? []) constraints.push(this.of(part, type));
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = schema[keyword] as JsonSchema[] | undefined;
      if (branches) constraints.push(largest(branches.map((branch) => this.of(branch, type))));
    }
    return smallest(constraints);
  }

  private ofReference(ref: string, target: JsonSchema | undefined, knownType: unknown): number | undefined {
    const key = `${ref} ${JSON.stringify(knownType ?? null)}`;
    if (this.measured.has(key)) return this.measured.get(key);
    // a schema met again inside itself contains itself
    if (this.open.has(ref)) return undefined;
    this.open.add(ref);
    try {
      const bound = this.of(target, knownType);
      this.measured.set(key, bound);
      return bound;
    } finally {
      this.open.delete(ref);
    }
  }

  /** What the schema's own keywords allow: `const`, `enum`, then `type` with its bounds. */
  private ownBound(schema: JsonObject, declared: unknown): number | undefined {
    if ('const' in schema) return bytesOf(schema.const);
    if (Array.isArray(schema.enum)) return largest([...schema.enum.map(bytesOf), ...(schema.nullable === true ? [bytesOf(null)] : [])]);
    if (declared === undefined) return undefined;
    const types = Array.isArray(declared) ? [...(declared as string[])] : [declared as string];
    if (schema.nullable === true) types.push('null');
    return largest(types.map((type) => this.typeBound(type, schema)));
  }

  private typeBound(type: string, schema: JsonObject): number | undefined {
    switch (type) {
      case 'null':
        return 4;
      case 'boolean':
        return 5;
      case 'integer':
      case 'number':
        return NUMBER_BYTES;
      case 'string':
        return typeof schema.maxLength === 'number' ? 2 + BYTES_PER_CHARACTER * schema.maxLength : undefined;
      case 'array':
        return this.arrayBound(schema);
      case 'object':
        return this.objectBound(schema);
      default:
        return undefined;
    }
  }

  private arrayBound(schema: JsonObject): number | undefined {
    const prefix = ((schema.prefixItems as JsonSchema[] | undefined) ?? []).map((item) => this.of(item));
    const maxItems = smallest([
      typeof schema.maxItems === 'number' ? schema.maxItems : undefined,
      schema.items === false ? prefix.length : undefined,
      // unique items of a schema with a few values: at most that many
      schema.uniqueItems === true && schema.prefixItems === undefined ? this.valueCount(schema.items as JsonSchema | undefined) : undefined,
    ]);
    if (maxItems === undefined) return undefined;
    const fromPrefix = prefix.slice(0, maxItems);
    const rest = maxItems - fromPrefix.length;
    const restBound = rest === 0 ? 0 : this.of(schema.items as JsonSchema | undefined);
    if (restBound === undefined || fromPrefix.some((bound) => bound === undefined)) return undefined;
    return 2 + sum(fromPrefix as number[]) + rest * restBound + Math.max(0, maxItems - 1);
  }

  /**
   * An object whose members are all named (`additionalProperties: false`, or `unevaluatedProperties: false` over its
   * own and its `allOf` parts' properties), or counted (`maxProperties`) with bounded names and values.
   */
  private objectBound(schema: JsonObject): number | undefined {
    const named = this.namedProperties(schema);
    if (named) {
      const members = Object.entries(named).map(([name, property]) => {
        const value = this.of(property);
        return value === undefined ? undefined : bytesOf(name) + 1 + value;
      });
      if (members.some((member) => member === undefined)) return undefined;
      return 2 + sum(members as number[]) + Math.max(0, members.length - 1);
    }
    if (typeof schema.maxProperties !== 'number' || schema.patternProperties !== undefined) return undefined;
    const names = isObject(schema.propertyNames) ? this.of({ type: 'string', ...schema.propertyNames }) : undefined;
    const values = largest([
      ...Object.values((schema.properties as Record<string, JsonSchema>) ?? {}).map((property) => this.of(property)),
      this.of(schema.additionalProperties as JsonSchema | undefined),
    ]);
    if (names === undefined || values === undefined) return undefined;
    return 2 + schema.maxProperties * (names + 1 + values) + Math.max(0, schema.maxProperties - 1);
  }

  /** The only members an object may have, when the schema closes it; undefined when others may come. */
  private namedProperties(schema: JsonObject): Record<string, JsonSchema> | undefined {
    const own = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    if (schema.patternProperties !== undefined) return undefined;
    if (schema.additionalProperties === false) return own;
    if (schema.unevaluatedProperties !== false) return undefined;
    // other applicators could evaluate members this walk does not collect
    if (['anyOf', 'oneOf', 'if', 'dependentSchemas', '$dynamicRef'].some((keyword) => keyword in schema)) return undefined;
    const collected = { ...own };
    for (const part of (schema.allOf as JsonSchema[] | undefined) ?? []) {
      const resolved = this.resolved(part);
      if (!resolved || ['anyOf', 'oneOf', 'if', 'dependentSchemas', 'patternProperties', 'allOf'].some((keyword) => keyword in resolved)) {
        return undefined;
      }
      if (resolved.additionalProperties !== undefined && resolved.additionalProperties !== false) return undefined;
      Object.assign(collected, (resolved.properties as Record<string, JsonSchema> | undefined) ?? {});
    }
    return collected;
  }

  /** How many values a schema allows, when it lists them (`enum`, `const`); undefined otherwise. */
  private valueCount(schema: JsonSchema | undefined): number | undefined {
    const resolved = schema === undefined ? undefined : this.resolved(schema);
    if (!resolved) return undefined;
    if ('const' in resolved) return 1;
    return Array.isArray(resolved.enum) ? resolved.enum.length : undefined;
  }

  /** The first `type` along a `$ref` chain. */
  private typeOf(schema: JsonSchema | undefined): unknown {
    let current: unknown = schema;
    for (let hops = 0; isObject(current) && hops <= 32; hops++) {
      if (current.type !== undefined) return current.type;
      if (typeof current.$ref !== 'string') return undefined;
      current = resolvePointer(this.document, current.$ref);
    }
    return undefined;
  }

  /** The schema a `$ref` chain ends at (the schema itself when it has none). */
  private resolved(schema: JsonSchema): JsonObject | undefined {
    const target = deref<unknown>(this.document, schema);
    return isObject(target) ? target : undefined;
  }
}
