/** The OpenAPI annotations that make a property one-directional: `readOnly` (never sent by clients), `writeOnly` (never returned). */
export type AccessFlag = 'readOnly' | 'writeOnly';

export const ACCESS_FLAGS: readonly AccessFlag[] = ['readOnly', 'writeOnly'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a schema is `readOnly` (or `writeOnly`) itself, through the schema its `$ref` names, or through a branch of
 * its `allOf` (every instance must match that branch, so the branch's annotation holds for it).
 */
export function hasAccessFlag(schema: unknown, flag: AccessFlag, resolve: (ref: string) => unknown, seen = new Set<unknown>()): boolean {
  if (!isObject(schema) || seen.has(schema)) return false;
  if (schema[flag] === true) return true;
  seen.add(schema);
  if (typeof schema.$ref === 'string' && hasAccessFlag(resolve(schema.$ref), flag, resolve, seen)) return true;
  return Array.isArray(schema.allOf) && schema.allOf.some((branch) => hasAccessFlag(branch, flag, resolve, seen));
}

/**
 * The names of the properties a schema declares, itself, through its `$ref` and through its `allOf` branches, whose
 * schema `picks` accepts: the properties an object of that schema has whichever branch declares them.
 */
export function declaredPropertiesWhere(
  schema: unknown,
  picks: (property: unknown) => boolean,
  resolve: (ref: string) => unknown,
  into = new Set<string>(),
  seen = new Set<unknown>(),
): Set<string> {
  if (!isObject(schema) || seen.has(schema)) return into;
  seen.add(schema);
  const properties = schema.properties;
  if (isObject(properties)) for (const name of Object.keys(properties)) if (picks(properties[name])) into.add(name);
  if (typeof schema.$ref === 'string') declaredPropertiesWhere(resolve(schema.$ref), picks, resolve, into, seen);
  if (Array.isArray(schema.allOf)) for (const branch of schema.allOf) declaredPropertiesWhere(branch, picks, resolve, into, seen);
  return into;
}
