import type { BodyDecoding, FieldShape, ObjectShape, ParameterPlan, ScalarKind, ValueShape } from '../../src/framework/route-definition.ts';
import type { JsonSchema, OpenApiDocument, Parameter } from './openapi-types.ts';
import { isJsonMediaType } from './media-types.ts';
import { deref } from './schemas.ts';

type SchemaObject = { [key: string]: unknown };

/** The schema behind `$ref`s; `{}` for boolean schemas. */
export function resolveSchema(document: OpenApiDocument, schema: JsonSchema | undefined): SchemaObject {
  if (schema === undefined || typeof schema === 'boolean') return {};
  return deref<SchemaObject>(document, schema);
}

function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
}

/** The JSON types a schema allows, looking through `$ref`, `allOf`, `anyOf`/`oneOf` (when they agree) and `enum`. */
export function typesOf(document: OpenApiDocument, raw: JsonSchema | undefined, depth = 0): Set<string> {
  const schema = resolveSchema(document, raw);
  if (depth > 16) return new Set();
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type.map(String));
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map(typeOfValue));
  if ('const' in schema) return new Set([typeOfValue(schema.const)]);
  if (schema.properties !== undefined) return new Set(['object']);
  if (schema.items !== undefined) return new Set(['array']);
  for (const member of (schema.allOf as JsonSchema[] | undefined) ?? []) {
    const types = typesOf(document, member, depth + 1);
    if (types.size > 0) return types;
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) {
    const union = new Set<string>();
    for (const member of alternatives) for (const type of typesOf(document, member, depth + 1)) union.add(type);
    return union;
  }
  return new Set();
}

/** Text is kept as text whenever the schema allows a string (or says nothing); otherwise parsed strictly. */
function scalarKind(types: Set<string>): ScalarKind {
  if (types.size === 0 || types.has('string')) return 'string';
  if (types.has('number')) return 'number';
  if (types.has('integer')) return 'integer';
  if (types.has('boolean')) return 'boolean';
  return 'string';
}

function fieldShape(document: OpenApiDocument, raw: JsonSchema | undefined): FieldShape {
  const types = typesOf(document, raw);
  if (types.has('array') && !types.has('string')) {
    return { kind: 'array', items: scalarKind(typesOf(document, resolveSchema(document, raw).items as JsonSchema | undefined)) };
  }
  return { kind: 'scalar', scalar: scalarKind(types) };
}

/** Collects `properties` over `$ref` and `allOf`. */
export function propertiesOf(document: OpenApiDocument, raw: JsonSchema | undefined, into: Record<string, JsonSchema>, depth = 0): Record<string, JsonSchema> {
  const schema = resolveSchema(document, raw);
  if (depth > 16) return into;
  Object.assign(into, (schema.properties as Record<string, JsonSchema> | undefined) ?? {});
  for (const member of (schema.allOf as JsonSchema[] | undefined) ?? []) propertiesOf(document, member, into, depth + 1);
  return into;
}

export function objectShape(document: OpenApiDocument, raw: JsonSchema | undefined): ObjectShape {
  const schema = resolveSchema(document, raw);
  const properties = propertiesOf(document, raw, {});
  const extra = schema.additionalProperties;
  const closed = extra === false || (extra === undefined && schema.unevaluatedProperties === false);
  return {
    kind: 'object',
    properties: Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, fieldShape(document, value)])),
    additional: closed ? undefined : scalarKind(typesOf(document, typeof extra === 'object' ? (extra as JsonSchema) : undefined)),
  };
}

export function valueShape(document: OpenApiDocument, raw: JsonSchema | undefined): ValueShape {
  const types = typesOf(document, raw);
  if (types.has('object') && !types.has('string')) return objectShape(document, raw);
  return fieldShape(document, raw);
}

const DEFAULT_STYLE: Record<ParameterPlan['in'], ParameterPlan['style']> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };

const STYLES_BY_LOCATION: Record<ParameterPlan['in'], readonly ParameterPlan['style'][]> = {
  path: ['simple', 'label', 'matrix'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form'],
};

/** The parameter's style and explode (OpenAPI defaults applied) and its decoded shape; an impossible style is an error. */
export function parameterPlan(document: OpenApiDocument, raw: Parameter, name: string, where: string): ParameterPlan {
  const style = (raw.style ?? DEFAULT_STYLE[raw.in]) as ParameterPlan['style'];
  if (!STYLES_BY_LOCATION[raw.in].includes(style)) {
    throw new Error(`${where}: ${raw.in} parameter ${raw.name} has style ${style}; ${raw.in} parameters allow ${STYLES_BY_LOCATION[raw.in].join(', ')}`);
  }
  const explode = raw.explode ?? style === 'form';
  const shape: ValueShape = raw.content ? { kind: 'json' } : valueShape(document, raw.schema);
  if (style === 'deepObject' && shape.kind !== 'object') {
    throw new Error(`${where}: query parameter ${raw.name} has style deepObject but its schema is not an object`);
  }
  return { name, in: raw.in, style, explode, shape };
}

/** The schema a parameter declared with `content` (one media type) carries. */
export function parameterSchema(raw: Parameter): JsonSchema {
  if (raw.content) return Object.values(raw.content)[0]?.schema ?? {};
  return raw.schema ?? { type: 'string' };
}

function isBinary(document: OpenApiDocument, raw: JsonSchema | undefined): boolean {
  const schema = resolveSchema(document, raw);
  return schema.format === 'binary' || schema.format === 'byte' || typeof schema.contentMediaType === 'string' || schema.contentEncoding === 'binary';
}

/** Multipart properties holding files: binary strings, or arrays of them. */
export function fileProperties(document: OpenApiDocument, raw: JsonSchema | undefined): Record<string, 'one' | 'many'> {
  const files: Record<string, 'one' | 'many'> = {};
  for (const [name, property] of Object.entries(propertiesOf(document, raw, {}))) {
    const schema = resolveSchema(document, property);
    if (isBinary(document, property)) files[name] = 'one';
    else if (typesOf(document, property).has('array') && isBinary(document, schema.items as JsonSchema | undefined)) files[name] = 'many';
  }
  return files;
}

export function bodyDecoding(document: OpenApiDocument, mediaType: string, schema: JsonSchema | undefined): BodyDecoding {
  const base = mediaType.split(';')[0]!.trim().toLowerCase();
  if (isJsonMediaType(base)) return { kind: 'json' };
  if (base === 'application/x-www-form-urlencoded') return { kind: 'form', shape: objectShape(document, schema) };
  if (base === 'multipart/form-data') {
    return { kind: 'multipart', shape: objectShape(document, schema), files: fileProperties(document, schema) };
  }
  if (base.startsWith('text/')) return { kind: 'text' };
  return { kind: 'binary' };
}

/**
 * The schema a decoded body is checked against; undefined for raw bytes. A multipart body becomes one object schema
 * whose file properties hold uploaded files, checked for presence only (their size limit applies while they stream).
 */
export function validatedBodySchema(document: OpenApiDocument, decoding: BodyDecoding, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema === undefined || decoding.kind === 'binary') return undefined;
  if (decoding.kind !== 'multipart' || Object.keys(decoding.files).length === 0) return schema;
  const resolved = resolveSchema(document, schema);
  const required = new Set<string>();
  for (const part of [resolved, ...((resolved.allOf as JsonSchema[] | undefined) ?? []).map((m) => resolveSchema(document, m))]) {
    for (const name of (part.required as string[] | undefined) ?? []) required.add(name);
  }
  const properties = propertiesOf(document, schema, {});
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, name in decoding.files ? true : value])),
    ...(required.size ? { required: [...required] } : {}),
    ...(resolved.additionalProperties === false ? { additionalProperties: false } : {}),
  };
}
