import type { ErrorObject } from 'ajv';

/** The shape of a generated route module (`generated/<version>/routes.ts`); the framework binds any of them. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export type Serializer = (input: unknown) => string;

/** What raw text becomes: numbers and booleans are parsed strictly, anything else stays text. */
export type ScalarKind = 'string' | 'integer' | 'number' | 'boolean';

/** A value inside an object-valued parameter or a form body field. */
export type FieldShape = { readonly kind: 'scalar'; readonly scalar: ScalarKind } | { readonly kind: 'array'; readonly items: ScalarKind };

export interface ObjectShape {
  readonly kind: 'object';
  readonly properties: Readonly<Record<string, FieldShape>>;
  /** How properties the schema does not name are read; undefined when they are not allowed. */
  readonly additional?: ScalarKind | undefined;
}

/** The decoded shape of a parameter's value (`json`: a parameter declared with `content`, sent as JSON text). */
export type ValueShape = FieldShape | ObjectShape | { readonly kind: 'json' };

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export type ParameterStyle = 'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

/** How one parameter travels (OpenAPI `style` and `explode`) and what it decodes to. */
export interface ParameterPlan {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly style: ParameterStyle;
  readonly explode: boolean;
  readonly shape: ValueShape;
}

/**
 * How a request body of one media type is read: JSON as Fastify parses it, text as a string, bytes as a Buffer,
 * form and multipart fields decoded per the schema's properties (multipart `files` are the binary properties).
 */
export type BodyDecoding =
  | { readonly kind: 'json' }
  | { readonly kind: 'text' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'form'; readonly shape: ObjectShape }
  | { readonly kind: 'multipart'; readonly shape: ObjectShape; readonly files: Readonly<Record<string, 'one' | 'many'>> };

export interface BodyMedia {
  readonly decode: BodyDecoding;
  readonly validate: Validator | undefined;
  /** The most bytes a valid body of this media type takes, written compactly; absent when the schema does not bound it. */
  readonly maxBytes?: number;
}

export interface ResponseDefinition {
  readonly headers: readonly {
    readonly name: string;
    readonly required: boolean;
    readonly setByFramework: boolean;
    /** The one value the spec allows (a `const` schema): the framework sends it on every such response. */
    readonly value?: string;
  }[];
  readonly content: Readonly<Record<string, { readonly serialize: Serializer | undefined; readonly check: string | undefined }>>;
}

export interface RouteDefinition {
  readonly operationId: string;
  readonly method: string;
  /** The path as the spec writes it, relative to the base path (a `#fragment` of the key included). */
  readonly path: string;
  readonly security: readonly Readonly<Record<string, readonly string[]>>[];
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly parameters: {
    readonly params: Validator | undefined;
    readonly query: Validator | undefined;
    readonly headers: Validator | undefined;
    readonly cookies: Validator | undefined;
    readonly plans: readonly ParameterPlan[];
  };
  /** Keyed by media type or media range (`image/*`, `*\/*`), lower case, without parameters. */
  readonly body: { readonly required: boolean; readonly media: Readonly<Record<string, BodyMedia>> } | undefined;
  readonly responses: Readonly<Record<string, ResponseDefinition>>;
}

/** A server variable of the spec's first server (`{basePath}` in `https://{host}/{basePath}`). */
export interface ServerVariable {
  readonly default: string;
  readonly enum?: readonly string[];
}

export interface RouteModule {
  readonly basePath: string;
  /** The first server's URL template and variables, when it has variables (see `basePathOf`). */
  readonly server?: { readonly url: string; readonly variables: Readonly<Record<string, ServerVariable>> } | undefined;
  readonly routes: readonly RouteDefinition[];
  readonly loadResponseValidators: () => Promise<Record<string, unknown>>;
}

export type OperationIdOf<M extends RouteModule> = M['routes'][number]['operationId'];

/** The response a route declares for a status: exact, then `4XX`-style ranges, then `default`. */
export function declaredResponse(route: RouteDefinition, status: number): ResponseDefinition | undefined {
  return route.responses[String(status)] ?? route.responses[`${String(status)[0]}XX`] ?? route.responses.default;
}

const fixedHeaderCache = new WeakMap<ResponseDefinition, Readonly<Record<string, string>> | null>();

/** The headers whose value the spec fixes for a response (computed once per response definition). */
export function fixedHeaders(response: ResponseDefinition): Readonly<Record<string, string>> | null {
  let headers = fixedHeaderCache.get(response);
  if (headers === undefined) {
    const fixed = response.headers.flatMap((header) => (header.value === undefined ? [] : [[header.name, header.value] as const]));
    headers = fixed.length > 0 ? Object.fromEntries(fixed) : null;
    fixedHeaderCache.set(response, headers);
  }
  return headers;
}
