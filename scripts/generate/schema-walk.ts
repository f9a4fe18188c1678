import type { JsonSchema, OpenApiDocument } from './openapi-types.ts';

export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keywords whose value is a map of names (data) to subschemas. */
export const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
/** Keywords whose value is one subschema. */
export const SCHEMA_KEYWORDS = [
  'items',
  'additionalProperties',
  'additionalItems',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
] as const;
/** Keywords whose value is a list of subschemas. */
export const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

const MAP = new Set<string>(SCHEMA_MAP_KEYWORDS);
const ONE = new Set<string>(SCHEMA_KEYWORDS);
const LIST = new Set<string>(SCHEMA_LIST_KEYWORDS);

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Rebuilds a schema bottom-up: `visit` gets each schema object (its subschemas already rebuilt) with its JSON pointer.
 * Property names, `enum`, `const`, `default` and examples are data and never visited.
 */
export function mapSchema(schema: unknown, pointer: string, visit: (node: JsonObject, pointer: string) => unknown): unknown {
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapePointer(key)}`;
    if (MAP.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, mapSchema(sub, `${at}/${escapePointer(name)}`, visit)]));
    } else if ((ONE.has(key) || LIST.has(key)) && Array.isArray(value)) {
      out[key] = value.map((sub, index) => mapSchema(sub, `${at}/${index}`, visit));
    } else if (ONE.has(key)) {
      out[key] = mapSchema(value, at, visit);
    } else if (key === 'dependencies' && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, Array.isArray(sub) ? sub : mapSchema(sub, `${at}/${escapePointer(name)}`, visit)]),
      );
    } else {
      out[key] = value;
    }
  }
  return visit(out, pointer);
}

/** Calls `visit` for each subschema directly under `node`. */
export function forEachSubschema(node: JsonObject, visit: (schema: unknown) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (MAP.has(key) && isObject(value)) Object.values(value).forEach(visit);
    else if ((ONE.has(key) || LIST.has(key)) && Array.isArray(value)) value.forEach(visit);
    else if (ONE.has(key)) visit(value);
  }
}

/** The node and keyword a pointer inside a schema falls under (the deepest keyword of a schema object on the way). */
export function keywordAt(schema: unknown, segments: string[]): { node: JsonObject; keyword: string; index: number } | undefined {
  let node: unknown = schema;
  let found: { node: JsonObject; keyword: string; index: number } | undefined;
  for (let i = 0; i < segments.length && isObject(node); ) {
    const keyword = segments[i]!;
    found = { node, keyword, index: i };
    const value = node[keyword];
    if (MAP.has(keyword) && isObject(value) && i + 1 < segments.length) {
      node = value[segments[i + 1]!];
      i += 2;
    } else if ((LIST.has(keyword) || ONE.has(keyword)) && Array.isArray(value) && i + 1 < segments.length) {
      node = value[Number(segments[i + 1])];
      i += 2;
    } else if (ONE.has(keyword)) {
      node = value;
      i += 1;
    } else {
      break;
    }
  }
  return found;
}

type MediaMap = Record<string, { schema?: JsonSchema }> | undefined;

/** Every place of a document that holds a schema, with its pointer: components, parameters, headers, bodies, responses. */
export function documentSchemaSlots(document: OpenApiDocument): { holder: JsonObject; key: string; pointer: string }[] {
  const slots: { holder: JsonObject; key: string; pointer: string }[] = [];
  const addSchema = (holder: unknown, pointer: string) => {
    if (isObject(holder) && holder.schema !== undefined) slots.push({ holder, key: 'schema', pointer: `${pointer}/schema` });
  };
  const addContent = (content: MediaMap, pointer: string) => {
    for (const [media, value] of Object.entries(content ?? {})) addSchema(value, `${pointer}/content/${escapePointer(media)}`);
  };
  const addParameterLike = (value: unknown, pointer: string) => {
    if (!isObject(value)) return;
    addSchema(value, pointer);
    addContent(value.content as MediaMap, pointer);
  };
  const addResponse = (value: unknown, pointer: string) => {
    if (!isObject(value)) return;
    addContent(value.content as MediaMap, pointer);
    for (const [name, header] of Object.entries((value.headers as JsonObject | undefined) ?? {})) {
      addParameterLike(header, `${pointer}/headers/${escapePointer(name)}`);
    }
  };
  const addOperation = (operation: unknown, pointer: string) => {
    if (!isObject(operation)) return;
    (operation.parameters as unknown[] | undefined)?.forEach((p, i) => addParameterLike(p, `${pointer}/parameters/${i}`));
    if (isObject(operation.requestBody)) addContent(operation.requestBody.content as MediaMap, `${pointer}/requestBody`);
    for (const [status, response] of Object.entries((operation.responses as JsonObject | undefined) ?? {})) {
      addResponse(response, `${pointer}/responses/${escapePointer(status)}`);
    }
    for (const [name, callback] of Object.entries((operation.callbacks as JsonObject | undefined) ?? {})) {
      if (isObject(callback)) {
        for (const [expression, item] of Object.entries(callback)) addPathItem(item, `${pointer}/callbacks/${escapePointer(name)}/${escapePointer(expression)}`);
      }
    }
  };
  const addPathItem = (item: unknown, pointer: string) => {
    if (!isObject(item)) return;
    (item.parameters as unknown[] | undefined)?.forEach((p, i) => addParameterLike(p, `${pointer}/parameters/${i}`));
    for (const [method, operation] of Object.entries(item)) {
      if (method !== 'parameters' && isObject(operation)) addOperation(operation, `${pointer}/${method}`);
    }
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) addPathItem(item, `#/paths/${escapePointer(path)}`);
  for (const [name, item] of Object.entries(document.webhooks ?? {})) addPathItem(item, `#/webhooks/${escapePointer(name)}`);
  const components = document.components ?? {};
  const schemas = (components.schemas ?? {}) as JsonObject;
  for (const name of Object.keys(schemas)) slots.push({ holder: schemas, key: name, pointer: `#/components/schemas/${escapePointer(name)}` });
  for (const [kind, add] of [
    ['parameters', addParameterLike],
    ['headers', addParameterLike],
    ['responses', addResponse],
    ['requestBodies', (value: unknown, pointer: string) => isObject(value) && addContent(value.content as MediaMap, pointer)],
  ] as const) {
    for (const [name, value] of Object.entries((components[kind] as JsonObject | undefined) ?? {})) {
      add(value, `#/components/${kind}/${escapePointer(name)}`);
    }
  }
  return slots;
}
