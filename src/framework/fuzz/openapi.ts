import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** A JSON Schema as the spec holds it (OpenAPI 3.0 schemas are normalised to 2020-12 on load). */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface SpecParameter {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: JsonSchema;
  /** Arrays in the query: repeated (`form`, explode) or one comma list. */
  readonly arrayStyle: 'repeat' | 'comma';
}

export interface SpecHeader {
  readonly name: string;
  readonly required: boolean;
  readonly schema: JsonSchema | undefined;
}

export interface SpecLink {
  readonly operationId: string | undefined;
  readonly parameters: Readonly<Record<string, string>>;
}

export interface SpecResponse {
  readonly headers: readonly SpecHeader[];
  /** Media type to schema (undefined: any body of that type). */
  readonly content: Readonly<Record<string, JsonSchema | undefined>>;
  readonly links: readonly SpecLink[];
}

export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly SpecParameter[];
  readonly body: { readonly required: boolean; readonly content: Readonly<Record<string, JsonSchema | undefined>> } | undefined;
  readonly responses: Readonly<Record<string, SpecResponse>>;
  /** Alternatives, each a set of schemes that must all be satisfied; an empty alternative means "none needed". */
  readonly security: readonly Readonly<Record<string, readonly string[]>>[];
  /** Schemas the query parameters, as one object, must also match (rules between parameters). */
  readonly queryConstraints: readonly JsonSchema[];
}

export interface SecurityScheme {
  readonly type: string;
  readonly in?: string;
  readonly name?: string;
  readonly scheme?: string;
}

export interface ApiSpec {
  readonly title: string;
  readonly openapi: string;
  /** The path every operation's path is relative to (from the first server's URL). */
  readonly basePath: string;
  readonly document: Record<string, unknown>;
  readonly operations: readonly SpecOperation[];
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>;
}

/** The operation extension holding a JSON Schema the whole query object must match (`dependentSchemas`, `not`, ...). */
export const QUERY_CONSTRAINTS = 'x-query-constraints';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value a local JSON pointer (`#/components/schemas/User`) names in the document. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`only local references are supported: ${ref}`);
  let node = document;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (node === undefined) throw new Error(`unresolved reference ${ref}`);
  return node;
}

/** Follows `$ref` until a value that is not a reference. */
export function deref<T = unknown>(document: unknown, value: unknown): T {
  let node = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops++) {
    if (hops > 64) throw new Error(`reference cycle at ${node.$ref}`);
    node = resolvePointer(document, node.$ref);
  }
  return node as T;
}

/** OpenAPI 3.0 schema dialect to JSON Schema 2020-12: `nullable`, boolean exclusive bounds. In place. */
function normaliseSchemas30(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(normaliseSchemas30);
  if (!isObject(node)) return;
  if (node.nullable === true) {
    if (typeof node.type === 'string') node.type = [node.type, 'null'];
    else if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
    delete node.nullable;
  }
  for (const [bound, exclusive] of [['minimum', 'exclusiveMinimum'], ['maximum', 'exclusiveMaximum']] as const) {
    if (node[exclusive] === true && typeof node[bound] === 'number') {
      node[exclusive] = node[bound];
      delete node[bound];
    } else if (node[exclusive] === false) delete node[exclusive];
  }
  Object.values(node).forEach(normaliseSchemas30);
}

function basePathOf(document: Json): string {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  const url = isObject(servers[0]) && typeof servers[0].url === 'string' ? servers[0].url : '/';
  const path = /^[a-z]+:\/\//i.test(url) ? new URL(url.replace(/\{[^}]*\}/g, 'x')).pathname : url;
  return path.replace(/\/+$/, '');
}

function parameterOf(document: Json, raw: unknown): SpecParameter {
  const p = deref<Json>(document, raw);
  const location = p.in as ParameterLocation;
  const explode = typeof p.explode === 'boolean' ? p.explode : (p.style ?? 'form') === 'form';
  return {
    name: String(p.name),
    in: location,
    required: location === 'path' || p.required === true,
    schema: (p.schema as JsonSchema | undefined) ?? (isObject(p.content) ? ((Object.values(p.content)[0] as Json | undefined)?.schema as JsonSchema) : {}) ?? {},
    arrayStyle: location === 'query' && !explode ? 'comma' : 'repeat',
  };
}

function responseOf(document: Json, raw: unknown): SpecResponse {
  const r = deref<Json>(document, raw);
  const headers = Object.entries(isObject(r.headers) ? r.headers : {}).map(([name, h]) => {
    const header = deref<Json>(document, h);
    return { name: name.toLowerCase(), required: header.required === true, schema: header.schema as JsonSchema | undefined };
  });
  const content = Object.fromEntries(
    Object.entries(isObject(r.content) ? r.content : {}).map(([media, m]) => [media, (deref<Json>(document, m).schema as JsonSchema | undefined)]),
  );
  const links = Object.values(isObject(r.links) ? r.links : {}).map((l) => {
    const link = deref<Json>(document, l);
    return {
      operationId: typeof link.operationId === 'string' ? link.operationId : undefined,
      parameters: Object.fromEntries(Object.entries(isObject(link.parameters) ? link.parameters : {}).map(([k, v]) => [k, String(v)])),
    };
  });
  return { headers, content, links };
}

function queryConstraintsOf(document: Json, operation: Json, name: string): JsonSchema[] {
  const rule = operation[QUERY_CONSTRAINTS];
  if (rule === undefined) return [];
  const schema = deref<unknown>(document, rule);
  if (!isObject(schema) && typeof schema !== 'boolean') throw new Error(`${name}: ${QUERY_CONSTRAINTS} must be a JSON Schema`);
  return [schema];
}

/** Reads an OpenAPI 3.0 or 3.1 document (YAML or JSON) and lists its operations. */
export function loadSpec(file: string): ApiSpec {
  return specFromDocument(parseYaml(readFileSync(file, 'utf8')) as Json);
}

export function specFromDocument(source: Json): ApiSpec {
  const document = structuredClone(source);
  const openapi = String(document.openapi ?? '');
  if (!/^3\.[01]\./.test(openapi)) throw new Error(`not an OpenAPI 3.0 or 3.1 document (openapi: ${openapi || 'missing'})`);
  if (openapi.startsWith('3.0')) normaliseSchemas30(document);
  const globalSecurity = Array.isArray(document.security) ? (document.security as Record<string, string[]>[]) : [];
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    const item = deref<Json>(document, rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const own = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => parameterOf(document, p));
      const inherited = shared.map((p) => parameterOf(document, p)).filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
      const requestBody = op.requestBody === undefined ? undefined : deref<Json>(document, op.requestBody);
      operations.push({
        operationId: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: [...inherited, ...own],
        body: requestBody && {
          required: requestBody.required === true,
          content: Object.fromEntries(
            Object.entries(isObject(requestBody.content) ? requestBody.content : {}).map(([media, m]) => [media, deref<Json>(document, m).schema as JsonSchema | undefined]),
          ),
        },
        responses: Object.fromEntries(Object.entries(isObject(op.responses) ? op.responses : {}).map(([status, r]) => [status.toUpperCase(), responseOf(document, r)])),
        security: Array.isArray(op.security) ? (op.security as Record<string, string[]>[]) : globalSecurity,
        queryConstraints: queryConstraintsOf(document, op, `${method.toUpperCase()} ${path}`),
      });
    }
  }
  const components = isObject(document.components) ? document.components : {};
  const schemes = Object.fromEntries(
    Object.entries(isObject(components.securitySchemes) ? components.securitySchemes : {}).map(([name, s]) => [name, deref<SecurityScheme>(document, s)]),
  );
  const info = isObject(document.info) ? document.info : {};
  return { title: String(info.title ?? 'API'), openapi, basePath: basePathOf(document), document, operations, securitySchemes: schemes };
}

/** The response an operation declares for a status: exact, then `4XX`-style ranges, then `default`. */
export function declaredResponseOf(operation: SpecOperation, status: number): SpecResponse | undefined {
  return operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`] ?? operation.responses.DEFAULT;
}

/** Whether the operation needs a credential (no alternative of its security is empty). */
export function requiresCredentials(operation: SpecOperation): boolean {
  return operation.security.length > 0 && operation.security.every((alternative) => Object.keys(alternative).length > 0);
}

export const isJsonMedia = (media: string): boolean => /^application\/(.+\+)?json$/i.test(media.split(';')[0]!.trim());
