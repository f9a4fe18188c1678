import type { DomainErrorCode } from '../domain/errors.ts';
import { errorRaiser, type ErrorRaiser, type FRAMEWORK_ERRORS, type FrameworkErrorCode } from '../framework/index.ts';

export type RestVersion = 'v1' | 'v2';

export interface CatalogueEntry {
  /**
   * The HTTP status the code is sent with. A GraphQL code comes with it when it ends a request before execution;
   * met while an operation runs, it comes with 200 and `data`.
   */
  readonly status: number;
  /** What the code means, in a few words (v2 sends it as the problem's `title`). */
  readonly title: string;
  /** The REST versions that answer with this code. */
  readonly rest: readonly RestVersion[];
  /**
   * The `extensions.code` GraphQL sends when this error ends a request to /graphql: the code itself when GraphQL
   * sends it as it is. (Errors a resolver meets are worded by the GraphQL API.)
   */
  readonly graphql: string;
}

/**
 * Every error code the service answers with, once: the framework's, the domain's and the APIs' own. Each API takes
 * its codes from here; its spec (or, for GraphQL, the schema's description) declares exactly those.
 */
export const ERROR_CATALOGUE = {
  INVALID_INPUT: { status: 400, title: 'Invalid input', rest: ['v1', 'v2'], graphql: 'BAD_REQUEST' },
  UNAUTHORIZED: { status: 401, title: 'Authentication required', rest: ['v1', 'v2'], graphql: 'UNAUTHENTICATED' },
  INVALID_API_KEY: { status: 401, title: 'Invalid API key', rest: ['v1', 'v2'], graphql: 'UNAUTHENTICATED' },
  INVALID_TOKEN: { status: 401, title: 'Invalid user token', rest: ['v2'], graphql: 'UNAUTHENTICATED' },
  /** A login whose email or password is wrong. */
  INVALID_CREDENTIALS: { status: 401, title: 'Invalid credentials', rest: ['v2'], graphql: 'UNAUTHENTICATED' },
  FORBIDDEN: { status: 403, title: 'Forbidden', rest: ['v1', 'v2'], graphql: 'FORBIDDEN' },
  NOT_FOUND: { status: 404, title: 'Not found', rest: ['v1', 'v2'], graphql: 'NOT_FOUND' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed', rest: ['v1', 'v2'], graphql: 'METHOD_NOT_ALLOWED' },
  REQUEST_TIMEOUT: { status: 408, title: 'Request timeout', rest: ['v1', 'v2'], graphql: 'BAD_REQUEST' },
  /** The request clashes with what exists: a taken email or username, a key that cannot be revoked or rotated. */
  CONFLICT: { status: 409, title: 'Conflict', rest: ['v1', 'v2'], graphql: 'BAD_REQUEST' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large', rest: ['v1', 'v2'], graphql: 'BAD_REQUEST' },
  URI_TOO_LONG: { status: 414, title: 'URI too long', rest: ['v1', 'v2'], graphql: 'BAD_REQUEST' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type', rest: ['v1', 'v2'], graphql: 'BAD_REQUEST' },
  RATE_LIMITED: { status: 429, title: 'Too many requests', rest: ['v1', 'v2'], graphql: 'RATE_LIMITED' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Request headers too large', rest: ['v1', 'v2'], graphql: 'BAD_REQUEST' },
  INTERNAL_ERROR: { status: 500, title: 'Internal error', rest: ['v1', 'v2'], graphql: 'INTERNAL_SERVER_ERROR' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable', rest: ['v1', 'v2'], graphql: 'SERVICE_UNAVAILABLE' },

  UNAUTHENTICATED: { status: 401, title: 'Unauthenticated', rest: [], graphql: 'UNAUTHENTICATED' },
  /** An argument or a variable that is not valid. */
  BAD_USER_INPUT: { status: 400, title: 'Bad user input', rest: [], graphql: 'BAD_USER_INPUT' },
  /** The HTTP request to /graphql is malformed (not JSON, a batch, no `query`...). */
  BAD_REQUEST: { status: 400, title: 'Bad request', rest: [], graphql: 'BAD_REQUEST' },
  GRAPHQL_PARSE_FAILED: { status: 400, title: 'Not a GraphQL document', rest: [], graphql: 'GRAPHQL_PARSE_FAILED' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, title: 'The document does not fit the schema', rest: [], graphql: 'GRAPHQL_VALIDATION_FAILED' },
  QUERY_TOO_LARGE: { status: 400, title: 'Query too large', rest: [], graphql: 'QUERY_TOO_LARGE' },
  QUERY_TOO_DEEP: { status: 400, title: 'Query too deep', rest: [], graphql: 'QUERY_TOO_DEEP' },
  QUERY_TOO_COSTLY: { status: 400, title: 'Query too costly', rest: [], graphql: 'QUERY_TOO_COSTLY' },
  INTERNAL_SERVER_ERROR: { status: 500, title: 'Internal server error', rest: [], graphql: 'INTERNAL_SERVER_ERROR' },
} as const satisfies Readonly<Record<string, CatalogueEntry>>;

type Catalogue = typeof ERROR_CATALOGUE;

export type ErrorCode = keyof Catalogue;

/** The codes a REST version answers with. */
export type CodeOf<Version extends RestVersion> = { [Code in ErrorCode]: Version extends Catalogue[Code]['rest'][number] ? Code : never }[ErrorCode];

export type RestErrorCode = CodeOf<RestVersion>;

/** The codes GraphQL sends as `extensions.code`. */
export type GraphqlErrorCode = { [Code in ErrorCode]: Catalogue[Code]['graphql'] extends Code ? Code : never }[ErrorCode];

type Expect<Condition extends true> = Condition;
type FrameworkStatuses = { readonly [Code in FrameworkErrorCode]: { readonly status: (typeof FRAMEWORK_ERRORS)[Code]['status'] } };
// Compile-time checks: the framework's codes, with its statuses, in every REST version; every domain code; GraphQL
// sends only GraphQL codes.
type _FrameworkCodesCatalogued = Expect<Catalogue extends FrameworkStatuses ? true : false>;
type _FrameworkCodesEverywhere = Expect<FrameworkErrorCode extends CodeOf<'v1'> & CodeOf<'v2'> ? true : false>;
type _DomainCodesCatalogued = Expect<DomainErrorCode extends RestErrorCode ? true : false>;
type _GraphqlSendsItsCodes = Expect<Catalogue[ErrorCode]['graphql'] extends GraphqlErrorCode ? true : false>;

const CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export const isErrorCode = (value: string): value is ErrorCode => Object.hasOwn(ERROR_CATALOGUE, value);

export function isCodeOf<Version extends RestVersion>(version: Version, code: string): code is CodeOf<Version> {
  return isErrorCode(code) && (ERROR_CATALOGUE[code].rest as readonly RestVersion[]).includes(version);
}

export const codesOf = <Version extends RestVersion>(version: Version): ReadonlyArray<CodeOf<Version>> =>
  CODES.filter((code): code is CodeOf<Version> => isCodeOf(version, code));

export const GRAPHQL_ERROR_CODES: readonly GraphqlErrorCode[] = CODES.filter((code): code is GraphqlErrorCode => ERROR_CATALOGUE[code].graphql === code);

const raise: ErrorRaiser<RestErrorCode> = errorRaiser(ERROR_CATALOGUE);

/**
 * The challenge of each 401 (RFC 9110 §11.6.1: every 401 carries `WWW-Authenticate`): `Bearer` for a request without
 * a credential, with `error="invalid_token"` for a token that was presented and refused (RFC 6750 §3).
 */
export const CHALLENGES: Readonly<Partial<Record<RestErrorCode, string>>> = {
  UNAUTHORIZED: 'Bearer',
  INVALID_API_KEY: 'Bearer error="invalid_token"',
  INVALID_TOKEN: 'Bearer error="invalid_token"',
  INVALID_CREDENTIALS: 'Bearer',
};

/** Raises a catalogued REST error with the catalogue's status: `apiError('NOT_FOUND', 'User not found')`; a 401 with its challenge. */
export const apiError: ErrorRaiser<RestErrorCode> = (code, message, details, headers) => {
  const challenge = CHALLENGES[code];
  return raise(code, message, details, challenge === undefined ? headers : { 'www-authenticate': challenge, ...headers });
};
