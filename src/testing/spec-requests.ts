/** Requests derived from an OpenAPI document, so tests can cover every operation and every text input of a spec. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Json = Record<string, unknown>;

export interface SpecRequest {
  operationId: string;
  method: string;
  /** Path with its parameters filled in, under the API's base path. */
  url: string;
  /** Path parameters as filled in, by name. */
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/** Where a text input sits: `path.id`, `query.q`, `body.name`, `body.events.0` (the API's error `field` names). */
export interface TextInput {
  field: string;
  /** The string's schema, its `$ref`s resolved (sibling keywords kept over what they refer to). */
  schema: Json;
  /** The request with this input set to `value`. */
  withValue(value: string): SpecRequest;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function resolve(document: Json, node: unknown): Json {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 20; hops++) {
    const ref: string = current.$ref;
    const resolved = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (isObject(at) ? at[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), document);
    // a $ref with sibling keywords (OpenAPI 3.1) keeps them over what it refers to
    const { $ref: _ref, ...siblings } = current;
    current = { ...(resolved as Json), ...siblings };
  }
  return isObject(current) ? current : {};
}

interface Parameter {
  name: string;
  in: string;
  example?: unknown;
  schema?: unknown;
}

function firstExample(document: Json, operation: Json): unknown {
  const media = resolve(document, resolve(document, operation.requestBody).content);
  const json = resolve(document, media['application/json']);
  if ('example' in json) return json.example;
  const examples = isObject(json.examples) ? Object.values(json.examples) : [];
  return examples.length > 0 ? resolve(document, examples[0]).value : undefined;
}

/** One request per operation of `document`: path parameters from their examples, the body from the first request example. */
export function specRequests(document: Json, basePath: string): SpecRequest[] {
  const requests: SpecRequest[] = [];
  for (const [path, rawItem] of Object.entries(resolve(document, document.paths))) {
    const item = resolve(document, rawItem);
    for (const method of METHODS) {
      if (!isObject(item[method])) continue;
      const operation = item[method];
      const parameters = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map(
        (p) => resolve(document, p) as unknown as Parameter,
      );
      const params = Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, String(p.example ?? 'x')]));
      requests.push(build(basePath, path, { operationId: String(operation.operationId), method: method.toUpperCase(), params, query: {}, body: firstExample(document, operation) }));
    }
  }
  return requests;
}

function build(basePath: string, path: string, request: Omit<SpecRequest, 'url'>): SpecRequest {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(request.params[name] ?? ''));
  const query = new URLSearchParams(request.query).toString();
  return { ...request, url: `${basePath}${filled}${query ? `?${query}` : ''}` };
}

/** A string-valued place of a schema, as a path (`['events', 0]`), with its schema. */
interface StringPlace {
  at: Array<string | number>;
  schema: Json;
}

/** The string-valued places of a body schema. */
function stringPaths(document: Json, schema: unknown, at: Array<string | number>, depth = 0): StringPlace[] {
  const resolved = resolve(document, schema);
  if (depth > 8) return [];
  const paths: StringPlace[] = [];
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (types.includes('string')) paths.push({ at, schema: resolved });
  if (types.includes('array') && resolved.items) paths.push(...stringPaths(document, resolved.items, [...at, 0], depth + 1));
  for (const [name, property] of Object.entries(isObject(resolved.properties) ? resolved.properties : {})) {
    paths.push(...stringPaths(document, property, [...at, name], depth + 1));
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    for (const part of (resolved[keyword] as unknown[] | undefined) ?? []) paths.push(...stringPaths(document, part, at, depth + 1));
  }
  const unique = new Map(paths.map((place) => [place.at.join('.'), place]));
  return [...unique.values()];
}

function setAt(body: unknown, path: Array<string | number>, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(body) ? [...(body as unknown[])] : [];
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const object = isObject(body) ? { ...body } : {};
  object[head!] = setAt(object[head!], rest, value);
  return object;
}

/** Every text input of every operation: string path and query parameters, and every string in a JSON request body. */
export function textInputs(document: Json, basePath: string): Array<TextInput & { operationId: string }> {
  const inputs: Array<TextInput & { operationId: string }> = [];
  const requests = new Map(specRequests(document, basePath).map((request) => [request.operationId, request]));
  for (const [path, rawItem] of Object.entries(resolve(document, document.paths))) {
    const item = resolve(document, rawItem);
    for (const method of METHODS) {
      if (!isObject(item[method])) continue;
      const operation = item[method];
      const base = requests.get(String(operation.operationId))!;
      const parameters = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map(
        (p) => resolve(document, p) as unknown as Parameter,
      );
      for (const parameter of parameters) {
        if (parameter.in !== 'path' && parameter.in !== 'query') continue;
        const [place] = stringPaths(document, parameter.schema, []);
        if (place === undefined) continue;
        const where = parameter.in;
        inputs.push({
          operationId: base.operationId,
          // an array parameter (`include=a,b`) names its item: `query.include.0`
          field: [where, parameter.name, ...place.at].join('.'),
          schema: place.schema,
          withValue: (value) =>
            build(basePath, path, where === 'path' ? { ...base, params: { ...base.params, [parameter.name]: value } } : { ...base, query: { [parameter.name]: value } }),
        });
      }
      const media = resolve(document, resolve(document, resolve(document, operation.requestBody).content)['application/json']);
      for (const { at, schema } of media.schema ? stringPaths(document, media.schema, []) : []) {
        inputs.push({
          operationId: base.operationId,
          field: ['body', ...at].join('.'),
          schema,
          withValue: (value) => build(basePath, path, { ...base, body: setAt(base.body, at, value) }),
        });
      }
    }
  }
  return inputs;
}

/** Sends `request` to `app` with `Authorization: Bearer <credential>`. */
export function injectSpecRequest(app: FastifyInstance, request: SpecRequest, credential: string): Promise<LightMyRequestResponse> {
  return app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: { authorization: `Bearer ${credential}` },
    ...(request.body === undefined ? {} : { payload: request.body as Json }),
  });
}

/** The `field` of every entry of an error body, in v1's format (`error.details`) or v2's (`errors`). */
export function errorFields(body: Json): string[] {
  const details = ((body.error as Json | undefined)?.details ?? body.errors ?? []) as Array<{ field: string }>;
  return details.map((detail) => detail.field);
}
