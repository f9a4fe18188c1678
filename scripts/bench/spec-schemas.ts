/**
 * Fastify route schemas read from a bundled OpenAPI document (the `document` a generated module exports), so a
 * hand-written baseline validates and serializes by the spec itself rather than by a copy of it.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: unknown;
}

/** OpenAPI keywords that are not JSON Schema: dropped so Fastify's Ajv (strict) accepts the schema. */
const NOT_JSON_SCHEMA = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated', 'nullable']);

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function pointer(document: OpenApiDocument, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !(key in node)) throw new Error(`unresolvable reference ${ref}`);
    node = node[key];
  }
  return node as Json;
}

/**
 * The schema with every `$ref` replaced by its target (the specs benchmarked have no recursive schemas). Keywords
 * beside a `$ref` (OpenAPI 3.1) apply as well as the target: `{ $ref, format }` becomes `{ allOf: [target], format }`.
 */
export function inlined(document: OpenApiDocument, schema: Json, seen: readonly string[] = []): Json {
  if (Array.isArray(schema)) return schema.map((item) => inlined(document, item, seen));
  if (!isObject(schema)) return schema;
  const { $ref: ref, ...siblings } = schema;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`recursive schema at ${ref}`);
    const target = inlined(document, pointer(document, ref), [...seen, ref]);
    const beside = inlined(document, siblings, seen) as JsonObject;
    const annotations = new Set(['title', 'description']);
    return Object.keys(beside).every((key) => annotations.has(key)) ? target : { allOf: [target], ...beside };
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (NOT_JSON_SCHEMA.has(key) || key.startsWith('x-')) continue;
    // inside `properties` the keys are property names, not keywords
    out[key] = key === 'properties' && isObject(value) ? mapValues(value, (v) => inlined(document, v, seen)) : inlined(document, value, seen);
  }
  return out;
}

const mapValues = (object: JsonObject, f: (value: Json) => Json): JsonObject =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key, f(value)]));

export interface RouteSchemas {
  params?: JsonObject;
  querystring: JsonObject;
  headers?: JsonObject;
  body?: Json;
  response: Record<string, Json>;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
}

function parameterObject(parameters: readonly Parameter[], location: string, closed: boolean): JsonObject | undefined {
  const here = parameters.filter((p) => p.in === location);
  if (here.length === 0 && !closed) return undefined;
  const required = here.filter((p) => p.required).map((p) => p.name);
  return {
    type: 'object',
    properties: Object.fromEntries(here.map((p) => [p.name, p.schema ?? {}])),
    ...(required.length > 0 ? { required } : {}),
    ...(closed ? { additionalProperties: false } : {}),
  };
}

const jsonSchemaOf = (content: unknown, document: OpenApiDocument): Json | undefined => {
  const media = isObject(content) ? content['application/json'] : undefined;
  return isObject(media) && media.schema !== undefined ? inlined(document, media.schema) : undefined;
};

/**
 * The rules between query parameters an operation states as a schema (`x-query-constraints`), without its prose, in
 * the draft-07 words Fastify's Ajv knows (`dependentSchemas` and `dependentRequired` are both draft-07 `dependencies`).
 */
function queryConstraints(document: OpenApiDocument, operation: JsonObject): JsonObject {
  const constraints = operation['x-query-constraints'];
  if (!isObject(constraints)) return {};
  const { description: _prose, dependentSchemas, dependentRequired, ...schema } = constraints;
  const dependencies = { ...(isObject(dependentRequired) ? dependentRequired : {}), ...(isObject(dependentSchemas) ? dependentSchemas : {}) };
  return inlined(document, Object.keys(dependencies).length > 0 ? { ...schema, dependencies } : schema) as JsonObject;
}

/**
 * Fastify's `schema` for one operation: path, query (closed: unknown query parameters are refused, as the framework
 * does; with the rules of `x-query-constraints`) and header parameters, the JSON request body, and a response schema
 * per declared status (`4XX` as `4xx`).
 */
export function routeSchemas(document: OpenApiDocument, path: string, method: string): RouteSchemas {
  const item = document.paths[path];
  const operation = item?.[method.toLowerCase()];
  if (!isObject(operation)) throw new Error(`the document declares no ${method} ${path}`);
  const shared = Array.isArray(item!.parameters) ? (item!.parameters as Json[]) : [];
  const own = Array.isArray(operation.parameters) ? operation.parameters : [];
  const parameters = [...shared, ...own].map((p) => inlined(document, p) as unknown as Parameter);
  const params = parameterObject(parameters, 'path', false);
  const headers = parameterObject(parameters, 'header', false);
  const requestBody = isObject(operation.requestBody) ? (inlined(document, operation.requestBody) as JsonObject) : undefined;
  const body = requestBody ? jsonSchemaOf(requestBody.content, document) : undefined;
  const response: Record<string, Json> = {};
  for (const [status, declared] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
    const resolved = inlined(document, declared);
    const schema = isObject(resolved) ? jsonSchemaOf(resolved.content, document) : undefined;
    if (schema !== undefined) response[status.replace(/X/g, 'x')] = schema;
  }
  return {
    ...(params ? { params } : {}),
    querystring: { ...parameterObject(parameters, 'query', true)!, ...queryConstraints(document, operation) },
    ...(headers ? { headers } : {}),
    ...(body !== undefined ? { body } : {}),
    response,
  };
}
