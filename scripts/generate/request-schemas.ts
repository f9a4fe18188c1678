import type { JsonSchema } from './openapi-types.ts';
import type { OperationModel, ParameterModel } from './operations.ts';
import type { SchemaConverter } from './schemas.ts';

export const PARAMETER_LOCATIONS = ['params', 'query', 'headers', 'cookies'] as const;

export type ParameterLocation = (typeof PARAMETER_LOCATIONS)[number];

const LOCATION_OF: Record<ParameterModel['in'], ParameterLocation> = { path: 'params', query: 'query', header: 'headers', cookie: 'cookies' };

/**
 * The operation extension holding a JSON Schema the query object as a whole must match: rules between query
 * parameters (`dependentSchemas`, `not`), visible to any reader of the spec.
 */
export const QUERY_CONSTRAINTS_EXTENSION = 'x-query-constraints';

function queryConstraints(operation: OperationModel, converter: SchemaConverter): JsonSchema[] {
  const rule = operation.queryConstraints;
  if (rule === undefined) return [];
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    throw new Error(`${operation.method} ${operation.path}: ${QUERY_CONSTRAINTS_EXTENSION} must be a JSON Schema object`);
  }
  return [converter.toShared(rule as JsonSchema)];
}

/** One object schema per parameter location; unknown path and query keys are rejected, unknown headers and cookies are not. */
export function parameterSchema(
  operation: OperationModel,
  location: ParameterLocation,
  converter: SchemaConverter,
): JsonSchema | undefined {
  const parameters = operation.parameters.filter((p) => LOCATION_OF[p.in] === location);
  const constraints = location === 'query' ? queryConstraints(operation, converter) : [];
  if (parameters.length === 0 && location !== 'query') return undefined;
  const required = parameters.filter((p) => p.required).map((p) => p.name);
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, converter.toShared(p.schema)])),
    ...(required.length ? { required } : {}),
    additionalProperties: location === 'headers' || location === 'cookies',
    ...(constraints.length ? { allOf: constraints } : {}),
  };
}

export interface BodySchema {
  mediaType: string;
  exportName: string;
  schema: JsonSchema;
}

/** Every request body with a schema is validated once decoded, except raw bytes (binary media types). */
export function bodySchemas(operation: OperationModel, converter: SchemaConverter): BodySchema[] {
  return (operation.requestBody?.content ?? []).flatMap((media, index) =>
    media.validated === undefined
      ? []
      : [{ mediaType: media.mediaType, exportName: bodyExportName(operation, index), schema: converter.toShared(media.validated) }],
  );
}

export function bodyExportName(operation: OperationModel, index: number): string {
  return `${operation.ident}__body${index}`;
}

export function responseExportName(operation: OperationModel, status: string, index: number): string {
  return `${operation.ident}__${status}__${index}`;
}
