import type { JsonSchema, OpenApiDocument } from './openapi-types.ts';

const COMPONENT_SCHEMA_PREFIX = '#/components/schemas/';
/** The `$id` under which component schemas are registered, so operation schemas can share them. */
export const DEFS_ID = 'defs';

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unescapePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`external reference ${ref} left after bundling`);
  let node: unknown = document;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = unescapePointer(raw);
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
    if (node === undefined) throw new Error(`unresolvable reference ${ref}`);
  }
  return node;
}

/** Follows `$ref`s of non-schema objects (parameters, responses, headers, request bodies). */
export function deref<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  let current: unknown = value;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`circular reference ${current.$ref}`);
    seen.add(current.$ref);
    current = resolvePointer(document, current.$ref);
  }
  return current as T;
}

/** OpenAPI 3.0 schema dialect to JSON Schema 2020-12: `nullable` and boolean exclusive bounds. */
function upgradeOpenApi30(schema: JsonObject): void {
  if (schema.nullable === true) {
    if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  }
  delete schema.nullable;
  for (const [bound, limit] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof schema[bound] === 'boolean') {
      if (schema[bound] === true) schema[bound] = schema[limit];
      else delete schema[bound];
      if (schema[bound] !== undefined) delete schema[limit];
    }
  }
}

export interface SchemaConverter {
  /** A copy of `schema` in JSON Schema 2020-12 whose component references point at `defs#/$defs/<name>`. */
  toShared(schema: JsonSchema): JsonSchema;
  /** A self-contained copy of `schema`: its component references point at its own `$defs`, which holds only what it uses. */
  toStandalone(schema: JsonSchema): JsonSchema;
  /** Every component schema, converted, keyed by component name (for the shared `defs` schema). */
  sharedDefinitions(): Record<string, JsonSchema>;
}

export function createSchemaConverter(document: OpenApiDocument): SchemaConverter {
  const is30 = document.openapi.startsWith('3.0');
  const components = document.components?.schemas ?? {};

  function convert(node: unknown, refBase: string, used: Set<string>): unknown {
    if (Array.isArray(node)) return node.map((item) => convert(item, refBase, used));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        out.$ref = rewriteRef(value, refBase, used);
      } else if (key === 'example' || key === 'examples' || key === 'xml' || key === 'externalDocs' || key.startsWith('x-')) {
        // annotations only: they never change validation or serialization
      } else {
        out[key] = convert(value, refBase, used);
      }
    }
    if (is30) upgradeOpenApi30(out);
    return out;
  }

  function rewriteRef(ref: string, refBase: string, used: Set<string>): string {
    if (!ref.startsWith(COMPONENT_SCHEMA_PREFIX)) {
      throw new Error(`schema reference ${ref} must point into #/components/schemas`);
    }
    const [name = '', ...rest] = ref.slice(COMPONENT_SCHEMA_PREFIX.length).split('/');
    const componentName = unescapePointer(name);
    if (!(componentName in components)) throw new Error(`unresolvable reference ${ref}`);
    used.add(componentName);
    return `${refBase}#/$defs/${escapePointer(componentName)}${rest.length ? `/${rest.join('/')}` : ''}`;
  }

  return {
    toShared(schema) {
      return convert(schema, DEFS_ID, new Set()) as JsonSchema;
    },
    toStandalone(schema) {
      const used = new Set<string>();
      const root = convert(schema, '', used) as JsonSchema;
      const defs: Record<string, unknown> = {};
      const pending = [...used];
      while (pending.length > 0) {
        const name = pending.pop() as string;
        if (name in defs) continue;
        const before = new Set(used);
        defs[name] = convert(components[name], '', used);
        for (const added of used) if (!before.has(added)) pending.push(added);
      }
      if (Object.keys(defs).length === 0 || typeof root === 'boolean') return root;
      const sorted = Object.fromEntries(Object.keys(defs).sort().map((name) => [name, defs[name]]));
      return { ...root, $defs: { ...(isObject(root.$defs) ? root.$defs : {}), ...sorted } };
    },
    sharedDefinitions() {
      const used = new Set<string>();
      return Object.fromEntries(
        Object.entries(components).map(([name, schema]) => [name, convert(schema, DEFS_ID, used) as JsonSchema]),
      );
    },
  };
}
