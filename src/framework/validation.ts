import type { ErrorObject } from 'ajv';
import type { FastifyRequest } from 'fastify';
import { invalidInput, type FieldError } from './http-error.ts';
import { decodeCookies, decodeHeaders, decodePath, decodeQuery, planParameters, type ParameterPlans } from './parameters.ts';
import { bodyMediaSelector, decodeFields, selectBodyMedia, type BodyMediaSelector } from './request-body.ts';
import type { BodyMedia, RouteDefinition, Validator } from './route-definition.ts';

function pointerToPath(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describe(location: string, error: ErrorObject): FieldError {
  const path = [location, ...pointerToPath(error.instancePath)];
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    return { field: [...path, String(params.missingProperty)].join('.'), message: 'is required' };
  }
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const name = String(params.additionalProperty ?? params.unevaluatedProperty);
    return { field: [...path, name].join('.'), message: 'is not allowed' };
  }
  if (error.keyword === 'dependentRequired') {
    return { field: [...path, String(params.missingProperty)].join('.'), message: `is required with ${String(params.property)}` };
  }
  if (error.keyword === 'false schema') {
    // a property a rule forbids, such as `dependentSchemas: { a: { properties: { b: false } } }`
    const rule = /\/dependentSchemas\/([^/]+)\//.exec(error.schemaPath);
    return { field: path.join('.'), message: rule ? `cannot be combined with ${rule[1]!.replace(/~1/g, '/').replace(/~0/g, '~')}` : 'is not allowed' };
  }
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return { field: path.join('.'), message: `must be one of: ${params.allowedValues.map(String).join(', ')}` };
  }
  return { field: path.join('.'), message: error.message ?? `fails ${error.keyword}` };
}

/**
 * The most failing fields one answer names: a body of 80,000 unknown members would otherwise be answered with 80,000
 * entries (4 MB, and most of a second of work), an answer many times the size of the request.
 */
export const MAX_FIELD_ERRORS = 100;

/** The failing fields of a precompiled validator's last run (at most `MAX_FIELD_ERRORS`). */
function fieldErrors(validator: Validator, location: string): FieldError[] {
  const seen = new Set<string>();
  const details: FieldError[] = [];
  for (const error of validator.errors ?? []) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const detail = describe(location, error);
    const key = `${detail.field}\u0000${detail.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    details.push(detail);
    if (details.length === MAX_FIELD_ERRORS) break;
  }
  return details;
}

/** What the framework works out once per route, at start, to read its requests. */
export interface RequestPlan {
  readonly parameters: ParameterPlans;
  readonly body: BodyMediaSelector | undefined;
}

export function planRequest(route: RouteDefinition): RequestPlan {
  return { parameters: planParameters(route), body: bodyMediaSelector(route) };
}

/** What a handler receives: every part decoded and validated per the spec. */
export interface RequestInput {
  params: unknown;
  query: unknown;
  headers: unknown;
  cookies: unknown;
  body: unknown;
  mediaType: string | undefined;
}

const NO_VALUES: Readonly<Record<string, never>> = Object.freeze({});

/** Whether the request carries a body: Fastify parsed one, or it is multipart (read later, as it streams). */
function sentBody(request: FastifyRequest, mediaType: string): boolean {
  return (request.body !== undefined && request.body !== null) || mediaType === 'multipart/form-data';
}

/**
 * The declaration the request's body is read by; undefined without a body. A media type the operation does not declare
 * is a 415. `mediaType` is the request's (`mediaTypeOf`), read once by the caller.
 */
export function bodyMediaOf(plan: RequestPlan, request: FastifyRequest, mediaType: string): BodyMedia | undefined {
  if (!plan.body || !sentBody(request, mediaType)) return undefined;
  return selectBodyMedia(plan.body, mediaType);
}

function decodeBody(media: BodyMedia, body: unknown): unknown {
  switch (media.decode.kind) {
    case 'text':
      return Buffer.isBuffer(body) ? body.toString('utf8') : body;
    case 'form':
      return typeof body === 'object' && body !== null ? decodeFields(media.decode.shape, body as Record<string, unknown>) : body;
    default:
      return body;
  }
}

/** `found` added to the failures so far (none yet: undefined), up to `MAX_FIELD_ERRORS` in all. */
function withFailures(details: FieldError[] | undefined, found: FieldError[]): FieldError[] | undefined {
  if (found.length === 0) return details;
  if (!details) return found;
  details.push(...found.slice(0, MAX_FIELD_ERRORS - details.length));
  return details;
}

/**
 * Decodes (strictly, per each parameter's style) and validates path, query, headers, cookies and body, per the spec.
 * All failures are reported at once. `body` is the request body as read for `media` (multipart bodies are read first),
 * `mediaType` the request's media type.
 */
export function validateRequest(
  route: RouteDefinition,
  plan: RequestPlan,
  request: FastifyRequest,
  media: BodyMedia | undefined,
  rawBody: unknown,
  mediaType: string,
): RequestInput {
  const { params, query, headers, cookies } = route.parameters;
  const plans = plan.parameters;
  const pathObject = (request.params ?? {}) as Record<string, unknown>;
  const queryObject = (request.query ?? {}) as Record<string, unknown>;
  if (plans.path.length > 0) decodePath(plans.path, pathObject);
  if (plans.query.length > 0) decodeQuery(plans, queryObject);
  const headerObject = plans.header.length > 0 ? decodeHeaders(plans.header, request.headers) : NO_VALUES;
  const cookieObject = plans.cookie.length > 0 ? decodeCookies(plans.cookie, request.headers.cookie) : NO_VALUES;
  let details: FieldError[] | undefined;
  if (params && !params(pathObject)) details = withFailures(details, fieldErrors(params, 'path'));
  if (query && !query(queryObject)) details = withFailures(details, fieldErrors(query, 'query'));
  if (headers && !headers(headerObject)) details = withFailures(details, fieldErrors(headers, 'header'));
  if (cookies && !cookies(cookieObject)) details = withFailures(details, fieldErrors(cookies, 'cookie'));
  let body: unknown;
  if (media) {
    body = decodeBody(media, rawBody);
    if (media.validate && !media.validate(body)) details = withFailures(details, fieldErrors(media.validate, 'body'));
  } else if (route.body?.required) {
    details = withFailures(details, [{ field: 'body', message: 'is required' }]);
  }
  if (details) throw invalidInput(details);
  return { params: pathObject, query: queryObject, headers: headerObject, cookies: cookieObject, body, mediaType: media ? mediaType : undefined };
}
