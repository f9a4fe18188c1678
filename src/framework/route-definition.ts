import type { ErrorObject } from 'ajv';

/** The shape of a generated route module (`generated/<version>/routes.ts`); the framework binds any of them. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export type Serializer = (input: unknown) => string;

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
  readonly path: string;
  readonly security: readonly Readonly<Record<string, readonly string[]>>[];
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly parameters: {
    readonly params: Validator | undefined;
    readonly query: Validator | undefined;
    readonly headers: Validator | undefined;
    readonly queryArrays: Readonly<Record<string, 'repeat' | 'comma'>>;
  };
  readonly body: { readonly required: boolean; readonly media: Readonly<Record<string, Validator | undefined>> } | undefined;
  readonly responses: Readonly<Record<string, ResponseDefinition>>;
}

export interface RouteModule {
  readonly basePath: string;
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
