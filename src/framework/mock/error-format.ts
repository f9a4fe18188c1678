import { STATUS_CODES } from 'node:http';
import type { ErrorFormatter } from '../errors.ts';
import type { FieldError, HttpError } from '../http-error.ts';
import { documentOperations, isObject, resolveRef, type JsonObject, type MockDocument } from './document.ts';
import { sampleFromSchema } from './sample.ts';

interface ErrorMedia {
  contentType: string;
  schema: unknown;
}

const JSON_MEDIA = /^application\/([a-z0-9.+-]*\+)?json$/i;

/** The error body schema the document declares most often for `status` (then its `NXX` range, `default`, any 4xx). */
function errorMediaFor(document: MockDocument, status: number): ErrorMedia | undefined {
  const keys = [String(status), `${String(status)[0]}XX`, 'default'];
  const counted = new Map<string, { media: ErrorMedia; count: number; rank: number }>();
  for (const { operation } of documentOperations(document)) {
    const responses = isObject(operation.responses) ? operation.responses : {};
    for (const [key, value] of Object.entries(responses)) {
      const rank = keys.includes(key) ? keys.indexOf(key) : /^4/.test(key) ? keys.length : -1;
      const response = resolveRef(document, value);
      if (rank < 0 || !isObject(response) || !isObject(response.content)) continue;
      for (const [contentType, media] of Object.entries(response.content)) {
        if (!JSON_MEDIA.test(contentType) || !isObject(media) || media.schema === undefined) continue;
        const id = `${rank} ${contentType} ${JSON.stringify(media.schema)}`;
        const entry = counted.get(id) ?? { media: { contentType, schema: media.schema }, count: 0, rank };
        entry.count++;
        counted.set(id, entry);
      }
    }
  }
  return [...counted.values()].sort((a, b) => a.rank - b.rank || b.count - a.count)[0]?.media;
}

interface Facts {
  status: number;
  code: string;
  message: string;
  details: FieldError[] | undefined;
  field?: string;
  /** The document's example of this error (same status, same code), at the same depth as the schema being filled. */
  example?: JsonObject | undefined;
}

const MESSAGE_NAMES = ['message', 'detail', 'details', 'description', 'error_description', 'reason', 'msg'];
const CODE_NAMES = ['code', 'error_code', 'errorcode', 'type'];
const FIELD_NAMES = ['field', 'name', 'path', 'pointer', 'parameter', 'property', 'location'];
const LIST_NAMES = ['details', 'errors', 'fielderrors', 'field_errors', 'violations', 'invalid_params', 'invalidparams'];

function typeOf(schema: JsonObject): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (typeof type === 'string') return type;
  if (isObject(schema.properties)) return 'object';
  return undefined;
}

/** An allOf's parts merged into one schema; the first alternative of a oneOf/anyOf. */
function flatten(document: MockDocument, value: unknown): JsonObject | undefined {
  const schema = resolveRef(document, value);
  if (!isObject(schema)) return undefined;
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part) => flatten(document, part)).filter((part) => part !== undefined);
    return {
      ...schema,
      type: schema.type ?? parts.find((p) => p.type)?.type,
      properties: Object.assign({}, ...parts.map((p) => p.properties), schema.properties),
      required: [...parts.flatMap((p) => (Array.isArray(p.required) ? p.required : [])), ...(Array.isArray(schema.required) ? schema.required : [])],
    };
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives) && typeOf(schema) === undefined) return flatten(document, alternatives[0]);
  return schema;
}

function pickCode(schema: JsonObject, facts: Facts, name: string): string | undefined {
  if (!Array.isArray(schema.enum) && schema.const === undefined) {
    if (schema.format !== 'uri' && schema.format !== 'uri-reference') return facts.code;
    // a problem type URI: the one the document's example of this error gives, else RFC 9457's default
    const fromExample = facts.example?.[name];
    return typeof fromExample === 'string' ? fromExample : 'about:blank';
  }
  const allowed = (Array.isArray(schema.enum) ? schema.enum : [schema.const]).filter((v): v is string => typeof v === 'string');
  return allowed.find((v) => v === facts.code) ?? allowed.find((v) => v.toUpperCase() === facts.code) ?? allowed[0];
}

/**
 * A value of `value`'s schema that carries the error: its code, status and message in the properties named for them,
 * the field errors in a list of them; required properties the error has nothing for are generated from their schema.
 */
function fill(document: MockDocument, value: unknown, facts: Facts, seed: number, depth = 0): unknown {
  const schema = flatten(document, value);
  if (schema === undefined || depth > 4 || typeOf(schema) !== 'object' || !isObject(schema.properties)) return undefined;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const names = Object.keys(schema.properties).map((name) => name.toLowerCase());
  // a title is the status's reason phrase where a message goes elsewhere, else the message itself
  const exampleTitle = Object.entries(facts.example ?? {}).find(([name, v]) => name.toLowerCase() === 'title' && typeof v === 'string')?.[1] as string | undefined;
  const title = names.some((name) => MESSAGE_NAMES.includes(name)) ? (exampleTitle ?? STATUS_CODES[facts.status] ?? facts.code) : facts.message;
  const body: JsonObject = {};
  for (const [name, propertyValue] of Object.entries(schema.properties)) {
    const property = flatten(document, propertyValue) ?? {};
    const type = typeOf(property);
    const lower = name.toLowerCase();
    let filled: unknown;
    if (type === 'string' && lower === 'title') filled = title;
    else if (type === 'string' && CODE_NAMES.includes(lower)) filled = pickCode(property, facts, name);
    else if (type === 'string' && FIELD_NAMES.includes(lower) && facts.field !== undefined) filled = facts.field;
    else if (type === 'string' && (MESSAGE_NAMES.includes(lower) || lower === 'error')) filled = facts.message;
    else if ((type === 'integer' || type === 'number') && (lower.includes('status') || lower === 'code')) filled = facts.status;
    else if (type === 'array' && LIST_NAMES.includes(lower) && facts.details && facts.details.length > 0) {
      const items = facts.details.map((d) => fill(document, property.items, { ...facts, message: d.message, field: d.field, example: undefined }, seed, depth + 1));
      filled = items.every((item) => item !== undefined) ? items : undefined;
    } else if (type === 'object') {
      const nested = facts.example?.[name];
      filled = fill(document, property, { ...facts, example: isObject(nested) ? nested : undefined }, seed, depth + 1);
    }
    if (filled === undefined && required.has(name)) filled = sampleFromSchema(document, propertyValue, seed, `error:${facts.code}:${name}`);
    if (filled !== undefined) body[name] = filled;
  }
  return body;
}

/** Whether the schema has a list where field errors go (at most a few objects deep). */
function hasDetailsList(document: MockDocument, value: unknown, depth = 0): boolean {
  const schema = flatten(document, value);
  if (schema === undefined || depth > 4 || !isObject(schema.properties)) return false;
  return Object.entries(schema.properties).some(([name, property]) => {
    const flat = flatten(document, property) ?? {};
    return (typeOf(flat) === 'array' && LIST_NAMES.includes(name.toLowerCase())) || (typeOf(flat) === 'object' && hasDetailsList(document, flat, depth + 1));
  });
}

/** Whether `value` carries `code` in a property named for codes, at its top or a level or two down (`{ error: { code } }`). */
function carriesCode(value: unknown, code: string, depth = 0): boolean {
  if (!isObject(value) || depth > 2) return false;
  return Object.entries(value).some(([name, v]) => (CODE_NAMES.includes(name.toLowerCase()) && v === code) || carriesCode(v, code, depth + 1));
}

/**
 * The first example body the document gives for an error of `status` that carries `code`: where the mock takes what
 * the request does not determine, such as a problem's `type` URI and `title`, so the mock answers as the real server.
 */
function errorExampleFor(document: MockDocument, status: number, code: string): JsonObject | undefined {
  for (const { operation } of documentOperations(document)) {
    const response = resolveRef(document, isObject(operation.responses) ? operation.responses[String(status)] : undefined);
    if (!isObject(response) || !isObject(response.content)) continue;
    for (const [contentType, media] of Object.entries(response.content)) {
      if (!JSON_MEDIA.test(contentType) || !isObject(media)) continue;
      const named = isObject(media.examples) ? Object.values(media.examples).map((e) => resolveRef(document, e)) : [];
      const values = [...named.map((e) => (isObject(e) ? e.value : undefined)), media.example];
      const found = values.find((value) => carriesCode(value, code));
      if (isObject(found)) return found;
    }
  }
  return undefined;
}

/** Formats the mock's errors (invalid requests, missing credentials, unknown paths) as the document declares its errors. */
export function specErrorFormatter(document: MockDocument, seed: number): ErrorFormatter {
  const media = new Map<number, ErrorMedia | undefined>();
  const examples = new Map<string, JsonObject | undefined>();
  return (error: HttpError) => {
    if (!media.has(error.status)) media.set(error.status, errorMediaFor(document, error.status));
    const declared = media.get(error.status);
    const exampleKey = `${error.status} ${error.code}`;
    if (!examples.has(exampleKey)) examples.set(exampleKey, errorExampleFor(document, error.status, error.code));
    const details = error.details ?? [];
    // a format with no list of field errors gets them in its message
    const message =
      declared && details.length > 0 && !hasDetailsList(document, declared.schema)
        ? `${error.message}: ${details.map((d) => `${d.field} ${d.message}`).join('; ')}`
        : error.message;
    const facts: Facts = { status: error.status, code: error.code, message, details: error.details, example: examples.get(exampleKey) };
    const body = declared ? fill(document, declared.schema, facts, seed) : undefined;
    if (declared === undefined || body === undefined) {
      return { contentType: 'application/json', body: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    }
    return { contentType: declared.contentType, body };
  };
}
