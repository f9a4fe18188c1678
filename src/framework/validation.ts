import type { ErrorObject } from 'ajv';
import type { FastifyRequest } from 'fastify';
import { HttpError, invalidInput, type FieldError } from './http-error.js';
import type { RouteDefinition, Validator } from './route-definition.js';

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
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return { field: path.join('.'), message: `must be one of: ${params.allowedValues.map(String).join(', ')}` };
  }
  return { field: path.join('.'), message: error.message ?? `fails ${error.keyword}` };
}

/** The failing fields of a precompiled validator's last run. */
function fieldErrors(validator: Validator, location: string): FieldError[] {
  const seen = new Set<string>();
  return (validator.errors ?? [])
    .filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
    .map((error) => describe(location, error))
    .filter((detail) => {
      const key = `${detail.field}\u0000${detail.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

/** Names of the query parameters sent as one comma-separated value (`style: form, explode: false`). */
export function commaSeparatedParameters(route: RouteDefinition): string[] {
  return Object.entries(route.parameters.queryArrays)
    .filter(([, style]) => style === 'comma')
    .map(([name]) => name);
}

function splitCommaArrays(query: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    const value = query[name];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    query[name] = values.flatMap((v) => String(v).split(',')).filter((v) => v !== '');
  }
}

function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Validates and coerces path, query, headers and body in place, per the spec. All failures are reported at once.
 * A body in a media type the operation does not declare is a 415.
 */
export function validateRequest(route: RouteDefinition, commaSeparated: readonly string[], request: FastifyRequest): void {
  const { params, query, headers } = route.parameters;
  const queryObject = (request.query ?? {}) as Record<string, unknown>;
  if (commaSeparated.length > 0) splitCommaArrays(queryObject, commaSeparated);
  let details: FieldError[] | undefined;
  const add = (found: FieldError[]) => {
    if (found.length > 0) (details ??= []).push(...found);
  };
  if (params && !params(request.params ?? {})) add(fieldErrors(params, 'path'));
  if (query && !query(queryObject)) add(fieldErrors(query, 'query'));
  if (headers && !headers(request.headers)) add(fieldErrors(headers, 'header'));
  const body = route.body;
  if (body) {
    if (request.body === undefined || request.body === null) {
      if (body.required) add([{ field: 'body', message: 'is required' }]);
    } else {
      const mediaType = mediaTypeOf(request);
      if (!(mediaType in body.media)) {
        throw new HttpError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          `Content-Type ${mediaType || '(none)'} is not supported here; use ${Object.keys(body.media).join(' or ')}`,
        );
      }
      const validator = body.media[mediaType];
      if (validator && !validator(request.body)) add(fieldErrors(validator, 'body'));
    }
  }
  if (details) throw invalidInput(details);
}
