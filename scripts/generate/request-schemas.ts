import type { JsonSchema } from './openapi-types.ts';
import { isJsonMediaType, type OperationModel, type ParameterModel } from './operations.ts';
import type { SchemaConverter } from './schemas.ts';

export type ParameterLocation = 'params' | 'query' | 'headers';

const LOCATION_OF: Record<ParameterModel['in'], ParameterLocation> = { path: 'params', query: 'query', header: 'headers' };

/** One object schema per parameter location; unknown path and query keys are rejected, unknown headers are not. */
export function parameterSchema(
  operation: OperationModel,
  location: ParameterLocation,
  converter: SchemaConverter,
): JsonSchema | undefined {
  const parameters = operation.parameters.filter((p) => LOCATION_OF[p.in] === location);
  if (parameters.length === 0 && location === 'headers') return undefined;
  if (parameters.length === 0 && location === 'params') return undefined;
  const required = parameters.filter((p) => p.required).map((p) => p.name);
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, converter.toShared(p.schema)])),
    ...(required.length ? { required } : {}),
    additionalProperties: location === 'headers',
  };
}

export interface BodySchema {
  mediaType: string;
  exportName: string;
  schema: JsonSchema;
}

/** JSON request bodies are validated; other media types are accepted as Fastify parses them. */
export function bodySchemas(operation: OperationModel, converter: SchemaConverter): BodySchema[] {
  return (operation.requestBody?.content ?? []).flatMap((media, index) =>
    isJsonMediaType(media.mediaType)
      ? [{ mediaType: media.mediaType, exportName: `${operation.ident}__body${index}`, schema: converter.toShared(media.schema ?? {}) }]
      : [],
  );
}

export function responseExportName(operation: OperationModel, status: string, index: number): string {
  return `${operation.ident}__${status}__${index}`;
}
