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

/** Runs a precompiled validator (which may coerce and fill defaults in place) and names each failing field. */
export function check(validator: Validator | undefined, data: unknown, location: string): FieldError[] {
  if (!validator || validator(data)) return [];
  const seen = new Set<string>();
  return (validator.errors ?? [])
    .filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
    .map((error) => describe(location, error))
    .filter((detail) => {
      const key = `${detail.field}\u0000${detail.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

function splitCommaArrays(query: Record<string, unknown>, arrays: RouteDefinition['parameters']['queryArrays']): void {
  for (const [name, style] of Object.entries(arrays)) {
    const value = query[name];
    if (style !== 'comma' || value === undefined) continue;
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
export function validateRequest(route: RouteDefinition, request: FastifyRequest): void {
  const query = (request.query ?? {}) as Record<string, unknown>;
  splitCommaArrays(query, route.parameters.queryArrays);
  const details = [
    ...check(route.parameters.params, request.params ?? {}, 'path'),
    ...check(route.parameters.query, query, 'query'),
    ...check(route.parameters.headers, request.headers, 'header'),
  ];
  const body = route.body;
  if (body) {
    if (request.body === undefined || request.body === null) {
      if (body.required) details.push({ field: 'body', message: 'is required' });
    } else {
      const mediaType = mediaTypeOf(request);
      if (!(mediaType in body.media)) {
        throw new HttpError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          `Content-Type ${mediaType || '(none)'} is not supported here; use ${Object.keys(body.media).join(' or ')}`,
        );
      }
      details.push(...check(body.media[mediaType], request.body, 'body'));
    }
  }
  if (details.length > 0) throw invalidInput(details);
}
