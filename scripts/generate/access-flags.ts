import { ACCESS_FLAGS, hasAccessFlag } from '../../src/framework/access-flags.ts';
import type { OpenApiDocument } from './openapi-types.ts';
import { documentSchemaSlots, forEachSubschema, isObject, type JsonObject } from './schema-walk.ts';
import { resolvePointer } from './schemas.ts';

/**
 * Writes `readOnly: true` / `writeOnly: true` on every property schema that has the flag only through a `$ref` or an
 * `allOf` branch, so that whatever reads the flag on the property itself (the request and response views of the
 * validators and serializers, openapi-typescript's read/write markers) sees it. Changes `document` in place.
 */
export function markAccessFlags(document: OpenApiDocument): void {
  const resolve = (ref: string) => (ref.startsWith('#') ? resolvePointer(document, ref) : undefined);
  const visited = new Set<unknown>();
  const visit = (schema: unknown): void => {
    if (!isObject(schema) || visited.has(schema)) return;
    visited.add(schema);
    if (isObject(schema.properties)) {
      for (const property of Object.values(schema.properties)) markProperty(property, resolve);
    }
    forEachSubschema(schema, visit);
  };
  for (const { holder, key } of documentSchemaSlots(document)) visit(holder[key]);
}

function markProperty(property: unknown, resolve: (ref: string) => unknown): void {
  if (!isObject(property)) return;
  for (const flag of ACCESS_FLAGS) {
    // a property that says `readOnly: false` itself keeps it
    if (property[flag] === undefined && hasAccessFlag(property, flag, resolve)) (property as JsonObject)[flag] = true;
  }
}
