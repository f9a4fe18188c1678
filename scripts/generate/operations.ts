import type {
  Header,
  JsonSchema,
  OpenApiDocument,
  Operation,
  Parameter,
  PathItem,
  RequestBody,
  Response,
  SecurityRequirement,
} from './openapi-types.ts';
import type { BodyDecoding, ParameterPlan } from '../../src/framework/route-definition.ts';
import { isJsonMediaType } from './media-types.ts';
import { assertRoutable } from './routable-paths.ts';
import { maxJsonBytes } from './json-size-bound.ts';
import { deref } from './schemas.ts';
import { bodyDecoding, parameterPlan, parameterSchema, validatedBodySchema } from './value-shapes.ts';

export { isJsonMediaType };

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface ParameterModel {
  /** As the spec writes it (header names too: handlers see them so; they are read case-insensitively). */
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
  /** How the value travels and what it decodes to. */
  plan: ParameterPlan;
}

export interface ResponseModel {
  status: string;
  /** `value`: the one value a `const` schema allows; the framework sends it, handlers never do. */
  headers: { name: string; required: boolean; setByFramework: boolean; value?: string; schema: JsonSchema }[];
  content: { mediaType: string; schema: JsonSchema | undefined }[];
}

export interface RequestMediaModel {
  mediaType: string;
  schema: JsonSchema | undefined;
  decode: BodyDecoding;
  /** What the decoded body is checked against; undefined when it is not checked (raw bytes). */
  validated: JsonSchema | undefined;
  /** JSON bodies: the most bytes a valid one takes (see `maxJsonBytes`); undefined when unbounded. */
  maxBytes: number | undefined;
}

export interface OperationModel {
  /** The spec's operationId, or one derived from method and path when the spec has none. */
  operationId: string;
  /** A JavaScript identifier derived from the operationId. */
  ident: string;
  method: string;
  path: string;
  parameters: ParameterModel[];
  requestBody?: { required: boolean; content: RequestMediaModel[] };
  responses: ResponseModel[];
  security: SecurityRequirement[];
  extensions: Record<string, unknown>;
  /** The `x-query-constraints` extension as written: a JSON Schema the query object as a whole must match. */
  queryConstraints?: unknown;
}

export interface WebhookModel {
  name: string;
  ident: string;
  operationId: string;
  payloads: { mediaType: string; schema: JsonSchema | undefined }[];
}

export function toIdentifier(raw: string): string {
  const words = raw.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const ident = words.map((w, i) => (i === 0 ? w[0]!.toLowerCase() + w.slice(1) : w[0]!.toUpperCase() + w.slice(1))).join('');
  return /^[0-9]/.test(ident) ? `_${ident}` : ident || '_';
}

function deriveOperationId(method: string, path: string): string {
  const parts = path.split('/').filter(Boolean).map((p) => (p.startsWith('{') ? `by ${p.slice(1, -1)}` : p));
  return toIdentifier(`${method} ${parts.join(' ')}`);
}

function parameterModel(document: OpenApiDocument, raw: Parameter, where: string): ParameterModel {
  const name = raw.name;
  return {
    name,
    in: raw.in,
    required: raw.in === 'path' ? true : raw.required === true,
    schema: parameterSchema(raw),
    plan: parameterPlan(document, raw, name, where),
  };
}

/** Header parameters OpenAPI says to ignore: the media types and credentials are described elsewhere. */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

function mergeParameters(document: OpenApiDocument, pathItem: PathItem, operation: Operation, where: string): ParameterModel[] {
  const byKey = new Map<string, Parameter>();
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = deref<Parameter>(document, raw);
    if (parameter.in === 'header' && IGNORED_HEADERS.has(parameter.name.toLowerCase())) continue;
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()].map((p) => parameterModel(document, p, where));
}

function contentModel(content: Record<string, { schema?: JsonSchema }> | undefined) {
  return Object.entries(content ?? {}).map(([mediaType, media]) => ({ mediaType, schema: media.schema }));
}

function requestContentModel(document: OpenApiDocument, body: RequestBody): RequestMediaModel[] {
  return contentModel(body.content).map(({ mediaType, schema }) => {
    const decode = bodyDecoding(document, mediaType, schema);
    const validated = validatedBodySchema(document, decode, schema);
    return { mediaType, schema, decode, validated, maxBytes: decode.kind === 'json' ? maxJsonBytes(document, validated) : undefined };
  });
}

function responseModel(document: OpenApiDocument, status: string, raw: Response): ResponseModel {
  const headers = Object.entries(raw.headers ?? {}).map(([name, value]) => {
    const header = deref<Header>(document, value);
    const schema = header.schema ?? { type: 'string' };
    const fixed = typeof schema === 'object' ? deref<{ const?: unknown }>(document, schema as { const?: unknown }).const : undefined;
    return {
      name,
      required: header.required === true,
      setByFramework: header['x-set-by'] === 'framework' || typeof fixed === 'string',
      ...(typeof fixed === 'string' ? { value: fixed } : {}),
      schema,
    };
  });
  return { status, headers, content: contentModel(raw.content) };
}

function isSetting(value: unknown): boolean {
  const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  return scalar(value) || (Array.isArray(value) && value.every(scalar));
}

/** The operation's `x-` settings (scalars and lists of them); documentation extensions stay in the bundled document. */
function extensionsOf(operation: Operation): Record<string, unknown> {
  return Object.fromEntries(Object.entries(operation).filter(([key, value]) => key.startsWith('x-') && isSetting(value)));
}

export function collectOperations(document: OpenApiDocument): OperationModel[] {
  const operations: OperationModel[] = [];
  const seen = new Set<string>();
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Operation | undefined;
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const operationId = operation.operationId ?? deriveOperationId(method, path);
      const ident = toIdentifier(operationId);
      if (seen.has(ident)) throw new Error(`${where}: operationId ${operationId} is not unique`);
      seen.add(ident);
      const body = operation.requestBody ? deref<RequestBody>(document, operation.requestBody) : undefined;
      operations.push({
        operationId,
        ident,
        method: method.toUpperCase(),
        path,
        parameters: mergeParameters(document, pathItem, operation, where),
        ...(body ? { requestBody: { required: body.required === true, content: requestContentModel(document, body) } } : {}),
        responses: Object.entries(operation.responses ?? {}).map(([status, raw]) =>
          responseModel(document, status, deref<Response>(document, raw)),
        ),
        security: operation.security ?? document.security ?? [],
        extensions: extensionsOf(operation),
        ...(operation['x-query-constraints'] !== undefined ? { queryConstraints: operation['x-query-constraints'] } : {}),
      });
    }
  }
  assertRoutable(operations);
  return operations;
}

export function collectWebhooks(document: OpenApiDocument): WebhookModel[] {
  return Object.entries(document.webhooks ?? {}).flatMap(([name, pathItem]) => {
    const item = deref<PathItem>(document, pathItem as PathItem);
    const operation = item.post as Operation | undefined;
    if (!operation) return [];
    const body = operation.requestBody ? deref<RequestBody>(document, operation.requestBody) : undefined;
    const operationId = operation.operationId ?? toIdentifier(`${name} webhook`);
    return [{ name, ident: toIdentifier(operationId), operationId, payloads: contentModel(body?.content) }];
  });
}
