import { describe, expect, it } from 'vitest';
import { maxJsonBytes } from './json-size-bound.ts';
import type { JsonSchema, OpenApiDocument } from './openapi-types.ts';

const document = (schemas: Record<string, JsonSchema>) => ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } }) as unknown as OpenApiDocument;
const bound = (schema: JsonSchema, schemas: Record<string, JsonSchema> = {}) => maxJsonBytes(document(schemas), schema);
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** A stand-in as long in JSON as n characters at their worst: astral ones escaped as surrogate pairs (`\ud83d\ude00`). */
const worstString = (n: number) => 'x'.repeat(12 * n);

describe('maxJsonBytes: the largest compact JSON a schema allows, exactly where a worst value exists', () => {
  it('bounds strings by maxLength at 12 bytes a character, what an escaped astral character takes', () => {
    expect(bound({ type: 'string', maxLength: 3 })).toBe(Buffer.byteLength('"\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00"'));
    expect(bound({ type: 'string', maxLength: 3 })).toBe(bytes(worstString(3)));
    expect(bound({ type: 'string', maxLength: 0 })).toBe(2);
  });

  it('bounds scalars: null, booleans and the longest number JSON.stringify writes', () => {
    expect(bound({ type: 'null' })).toBe(4);
    expect(bound({ type: 'boolean' })).toBe(bytes(false));
    expect(bound({ type: 'number' })).toBe(bytes(-Number.MAX_VALUE));
    expect(bound({ type: 'integer' })).toBe(bytes(-Number.MAX_VALUE));
    expect(bound({ type: ['string', 'null'], maxLength: 1 })).toBe(bytes(worstString(1)));
    expect(bound({ type: 'string', maxLength: 0, nullable: true })).toBe(4);
  });

  it('takes const and enum as written, the longest member of an enum', () => {
    expect(bound({ const: 'fixed' })).toBe(bytes('fixed'));
    expect(bound({ type: 'string', enum: ['a', 'bbb', 'cc'] })).toBe(bytes('bbb'));
    expect(bound({ enum: [{ a: [1, 2] }, null] })).toBe(bytes({ a: [1, 2] }));
    expect(bound({ enum: [1, 2], nullable: true })).toBe(bytes(null));
  });

  it('bounds a closed object by all its members at their largest', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: { name: { type: 'string', maxLength: 4 }, admin: { type: 'boolean' }, tags: { type: 'array', maxItems: 2, items: { enum: ['x', 'yy'] } } },
    };
    expect(bound(schema)).toBe(bytes({ name: worstString(4), admin: false, tags: ['yy', 'yy'] }));
    expect(bound({ type: 'object', additionalProperties: false })).toBe(bytes({}));
  });

  it('bounds arrays by maxItems, prefixItems, items: false, and unique items of an enum', () => {
    expect(bound({ type: 'array', maxItems: 3, items: { type: 'boolean' } })).toBe(bytes([false, false, false]));
    expect(bound({ type: 'array', prefixItems: [{ type: 'null' }, { const: 'ab' }], items: false })).toBe(bytes([null, 'ab']));
    expect(bound({ type: 'array', uniqueItems: true, items: { enum: ['a', 'b', 'c'] } })).toBe(bytes(['a', 'b', 'c']));
    expect(bound({ type: 'array', maxItems: 0 })).toBe(2);
  });

  it('follows $ref, with keywords beside it applying to the type the target declares', () => {
    const schemas = { Text: { type: 'string', pattern: '^[^\\u0000]*$' }, Name: { $ref: '#/components/schemas/Text', maxLength: 5 } };
    expect(bound({ $ref: '#/components/schemas/Name' }, schemas)).toBe(bytes(worstString(5)));
    expect(bound({ $ref: '#/components/schemas/Text', maxLength: 2 }, schemas)).toBe(bytes(worstString(2)));
    expect(bound({ $ref: '#/components/schemas/Text' }, schemas)).toBeUndefined();
  });

  it('keeps the smallest bound of allOf parts, and the largest of anyOf and oneOf branches', () => {
    expect(bound({ type: 'string', allOf: [{ maxLength: 8 }, { maxLength: 3 }] })).toBe(bytes(worstString(3)));
    expect(bound({ anyOf: [{ type: 'string', maxLength: 1 }, { type: 'array', maxItems: 4, items: { type: 'null' } }] })).toBe(bytes([null, null, null, null]));
    expect(bound({ anyOf: [{ type: 'string', maxLength: 2 }, { type: 'array', maxItems: 1, items: { type: 'null' } }] })).toBe(bytes(worstString(2)));
    expect(bound({ oneOf: [{ type: 'string', maxLength: 1 }, { type: 'string' }] })).toBeUndefined();
  });

  it('closes an object by unevaluatedProperties: false over the properties of its allOf parts', () => {
    const schemas = { Base: { type: 'object', properties: { id: { type: 'integer' } } } };
    const schema = { type: 'object', allOf: [{ $ref: '#/components/schemas/Base' }], properties: { ok: { type: 'boolean' } }, unevaluatedProperties: false };
    expect(bound(schema, schemas)).toBe(bytes({ ok: false, id: -Number.MAX_VALUE }));
    expect(bound({ ...schema, anyOf: [{ properties: { other: { type: 'string' } } }] }, schemas)).toBeUndefined();
  });

  it('bounds an open object only by maxProperties with bounded names and values', () => {
    const schema = { type: 'object', maxProperties: 2, propertyNames: { maxLength: 1 }, additionalProperties: { type: 'boolean' } };
    expect(bound(schema)).toBe(bytes({ [worstString(1)]: false, [worstString(1).toUpperCase()]: false }));
    expect(bound({ type: 'object', maxProperties: 2, additionalProperties: { type: 'boolean' } })).toBeUndefined();
    expect(bound({ type: 'object', maxProperties: 2, propertyNames: { maxLength: 1 }, patternProperties: { '^a': {} } })).toBeUndefined();
  });

  it('is undefined (unbounded) wherever a value may grow without limit', () => {
    for (const schema of [
      true,
      {},
      { type: 'string' },
      { maxLength: 3 },
      { type: 'array', items: { type: 'null' } },
      { type: 'object', properties: { a: { type: 'null' } } },
      { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
      { type: 'object', additionalProperties: false, patternProperties: { '^x': { type: 'null' } } },
    ] as JsonSchema[]) {
      expect(bound(schema), JSON.stringify(schema)).toBeUndefined();
    }
  });

  it('is undefined for a schema that contains itself, and 0 for one nothing matches', () => {
    const schemas = { Node: { type: 'object', additionalProperties: false, properties: { next: { $ref: '#/components/schemas/Node' } } } };
    expect(bound({ $ref: '#/components/schemas/Node' }, schemas)).toBeUndefined();
    expect(bound(false)).toBe(0);
  });
});
