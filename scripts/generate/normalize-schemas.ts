import Ajv2020 from 'ajv/dist/2020.js';
import { KNOWN_FORMATS } from '../../src/framework/formats.ts';
import type { OpenApiDocument } from './openapi-types.ts';
import { resolvePointer } from './schemas.ts';
import { documentSchemaSlots, escapePointer, isObject, keywordAt, mapSchema, unescapePointer, type JsonObject } from './schema-walk.ts';

/** A finding about the document: where (JSON pointer) and what. */
export interface Finding {
  pointer: string;
  message: string;
}

const ANNOTATIONS = ['description', 'title', 'deprecated', 'example', 'examples', 'xml', 'externalDocs', '$comment', '$schema', '$id', '$recursiveAnchor', '$dynamicAnchor', '$anchor'];

/** `nullable: true` (OpenAPI 3.0, and sloppy 3.1 documents): the value may also be null, whatever else the schema says. */
function applyNullable(node: JsonObject): JsonObject {
  if (!('nullable' in node)) return node;
  const { nullable, ...rest } = node;
  if (nullable !== true) return rest;
  if (Array.isArray(rest.enum) && !rest.enum.includes(null)) rest.enum = [...rest.enum, null];
  if (typeof rest.type === 'string') return { ...rest, type: [rest.type, 'null'] };
  if (Array.isArray(rest.type)) return rest.type.includes('null') ? rest : { ...rest, type: [...rest.type, 'null'] };
  const constrained = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'const', 'enum'].some((k) => k in rest);
  if (!constrained) return rest;
  const { description, title, default: defaultValue, readOnly, writeOnly, deprecated, ...inner } = rest;
  const annotations = Object.fromEntries(
    Object.entries({ description, title, default: defaultValue, readOnly, writeOnly, deprecated }).filter(([, v]) => v !== undefined),
  );
  return { ...annotations, anyOf: [inner, { type: 'null' }] };
}

/** OpenAPI 3.0 boolean `exclusiveMinimum`/`exclusiveMaximum` as JSON Schema 2020-12 numbers. */
function applyExclusiveBounds(node: JsonObject): void {
  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof node[bound] !== 'boolean') continue;
    if (node[bound] === true && typeof node[limit] === 'number') {
      node[bound] = node[limit];
      delete node[limit];
    } else {
      delete node[bound];
    }
  }
}

/**
 * The values a branch itself gives the discriminating property (`const` or `enum`, also through `allOf`): many
 * documents name them there instead of in a `mapping`.
 */
function declaredValues(schema: unknown, property: string, resolve: (ref: string) => unknown, seen: Set<unknown>): string[] {
  if (!isObject(schema) || seen.has(schema)) return [];
  seen.add(schema);
  if (typeof schema.$ref === 'string') return declaredValues(resolve(schema.$ref), property, resolve, seen);
  const own = isObject(schema.properties) ? schema.properties[property] : undefined;
  if (isObject(own)) {
    if (typeof own.const === 'string') return [own.const];
    if (Array.isArray(own.enum)) return own.enum.filter((v): v is string => typeof v === 'string');
  }
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  return parts.flatMap((part) => declaredValues(part, property, resolve, seen));
}

/**
 * `discriminator` over `oneOf`/`anyOf` of references: the property's value picks the branch, so branches that would
 * all match (open objects) do not make `oneOf` fail. Returns the node unchanged when a branch cannot be named.
 */
function applyDiscriminator(node: JsonObject, resolve: (ref: string) => unknown): JsonObject {
  const discriminator = node.discriminator;
  const key = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string' || key === undefined) return node;
  const property = discriminator.propertyName;
  const mapping = isObject(discriminator.mapping) ? (discriminator.mapping as Record<string, string>) : {};
  const branches = node[key] as unknown[];
  const cases: [string, unknown][] = [];
  for (const branch of branches) {
    const ref = isObject(branch) && typeof branch.$ref === 'string' ? branch.$ref : undefined;
    if (ref === undefined) return node;
    const named = Object.entries(mapping).filter(([, target]) => target === ref || `#/components/schemas/${target}` === ref);
    const declared = declaredValues(resolve(ref), property, resolve, new Set());
    const values = named.length > 0 ? named.map(([value]) => value) : declared.length > 0 ? declared : [unescapePointer(ref.split('/').pop()!)];
    for (const value of values) cases.push([value, branch]);
  }
  const { [key]: _branches, discriminator: _discriminator, ...rest } = node;
  const pick = cases.map(([value, branch]) => ({
    if: { properties: { [property]: { const: value } }, required: [property] },
    then: branch,
  }));
  const tag = { required: [property], properties: { [property]: { enum: cases.map(([value]) => value) } } };
  return { ...rest, allOf: [...(Array.isArray(rest.allOf) ? rest.allOf : []), tag, ...pick] };
}

function checkPattern(node: JsonObject, pointer: string, report: (f: Finding) => void): void {
  if (typeof node.pattern === 'string' && !compiles(node.pattern)) {
    report({ pointer: `${pointer}/pattern`, message: `pattern ${node.pattern} is not an ECMA-262 regular expression; it is not checked` });
    delete node.pattern;
  }
  if (isObject(node.patternProperties)) {
    for (const key of Object.keys(node.patternProperties)) {
      if (compiles(key)) continue;
      report({ pointer: `${pointer}/patternProperties/${escapePointer(key)}`, message: `pattern ${key} is not an ECMA-262 regular expression; it is ignored` });
      delete node.patternProperties[key];
    }
  }
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * A copy of the document whose schemas are JSON Schema 2020-12 as Ajv reads it: OpenAPI 3.0 keywords upgraded,
 * `$recursiveRef`/`$dynamicRef` resolved to the schema they name, `discriminator` made a branch choice, and what
 * the meta-schema refuses (or a pattern JavaScript cannot compile, or an unknown format) dropped with a finding.
 */
export function normalizeSchemas(source: OpenApiDocument, report: (finding: Finding) => void): OpenApiDocument {
  const document = structuredClone(source);
  const resolveInSource = (ref: string): unknown => {
    try {
      return resolvePointer(source, ref);
    } catch {
      return undefined;
    }
  };
  const anchors = new Map<string, string>();
  const slots = documentSchemaSlots(document);
  for (const slot of slots) {
    mapSchema(slot.holder[slot.key], slot.pointer.slice(1), (node, pointer) => {
      if (typeof node.$dynamicAnchor === 'string') anchors.set(node.$dynamicAnchor, `#${pointer}`);
      return node;
    });
  }
  const unknownFormats = new Map<string, string[]>();
  const metaSchema = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  for (const slot of slots) {
    const component = slot.pointer.startsWith('#/components/schemas/') ? slot.pointer : undefined;
    let schema = mapSchema(slot.holder[slot.key], slot.pointer, (raw, pointer) => {
      const node = raw;
      applyExclusiveBounds(node);
      if (typeof node.$recursiveRef === 'string') {
        if (component) node.$ref = component;
        delete node.$recursiveRef;
      }
      if (typeof node.$dynamicRef === 'string') {
        const target = anchors.get(node.$dynamicRef.replace(/^#/, ''));
        if (target) node.$ref = target;
        else report({ pointer: `${pointer}/$dynamicRef`, message: `no $dynamicAnchor ${node.$dynamicRef}; the reference is not checked` });
        delete node.$dynamicRef;
      }
      for (const key of ANNOTATIONS) delete node[key];
      for (const key of Object.keys(node)) if (key.startsWith('x-')) delete node[key];
      if (Array.isArray(node.required) && new Set(node.required).size !== node.required.length) {
        report({ pointer: `${pointer}/required`, message: 'required lists a property more than once' });
        node.required = [...new Set(node.required)];
      }
      if (typeof node.format === 'string' && !KNOWN_FORMATS.has(node.format)) {
        unknownFormats.set(node.format, [...(unknownFormats.get(node.format) ?? []), `${pointer}/format`]);
        delete node.format;
      }
      checkPattern(node, pointer, report);
      const result = applyNullable(applyDiscriminator(node, resolveInSource));
      dropDefaultItBreaks(metaSchema, result, pointer, report);
      return result;
    });
    schema = dropWhatTheMetaSchemaRefuses(metaSchema, schema, slot.pointer, report);
    slot.holder[slot.key] = schema;
  }
  for (const [format, pointers] of unknownFormats) {
    const more = pointers.length > 1 ? ` (and ${pointers.length - 1} more places)` : '';
    report({ pointer: pointers[0]!, message: `format ${format} is not one the validators know; it is not checked${more}` });
  }
  return document;
}

/**
 * A `default` its own schema refuses would make requests that leave the field out fail: it is not applied. A schema
 * with references (resolved later) is checked on its own `type`, `enum` and `const` only.
 */
function dropDefaultItBreaks(ajv: Ajv2020.default, node: JsonObject, pointer: string, report: (f: Finding) => void): void {
  if (!('default' in node)) return;
  const { default: value, ...rest } = node;
  const checked = JSON.stringify(rest).includes('"$ref"')
    ? Object.fromEntries(Object.entries(rest).filter(([key]) => key === 'type' || key === 'enum' || key === 'const'))
    : rest;
  let valid = true;
  try {
    valid = ajv.validate(checked, value) === true;
  } catch {
    return;
  }
  if (valid) return;
  report({ pointer: `${pointer}/default`, message: 'default does not match its own schema; it is not applied' });
  delete node.default;
}

function dropWhatTheMetaSchemaRefuses(ajv: Ajv2020.default, schema: unknown, pointer: string, report: (f: Finding) => void): unknown {
  for (let round = 0; round < 20; round++) {
    if (ajv.validateSchema(schema as object) === true) return schema;
    const errors = ajv.errors ?? [];
    let changed = false;
    for (const error of errors) {
      const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
      if (segments.length === 0) {
        report({ pointer, message: `schema ${error.message ?? 'is invalid'}; it accepts anything` });
        return {};
      }
      const at = keywordAt(schema, segments);
      if (!at || !(at.keyword in at.node)) continue;
      const where = `${pointer}/${segments.slice(0, at.index + 1).map(escapePointer).join('/')}`;
      report({ pointer: where, message: `${at.keyword} ${error.message ?? 'is invalid'}; it is ignored` });
      delete at.node[at.keyword];
      changed = true;
    }
    if (!changed) break;
  }
  if (ajv.validateSchema(schema as object) !== true) {
    report({ pointer, message: `schema does not follow JSON Schema; it accepts anything` });
    return {};
  }
  return schema;
}
