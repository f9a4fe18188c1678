import { declaredPropertiesWhere } from '../../src/framework/access-flags.ts';
import type { JsonSchema, OpenApiDocument } from './openapi-types.ts';
import { escapePointer, forEachSubschema, isObject, mapSchema, unescapePointer, type JsonObject } from './schema-walk.ts';

const COMPONENT_SCHEMA_PREFIX = '#/components/schemas/';
/** The `$id` under which component schemas are registered, so operation schemas can share them. */
export const DEFS_ID = 'defs';
const DEFINITION_PREFIX = `${DEFS_ID}#/$defs/`;
/** Suffix of a component's request view (its `readOnly` properties refused), when that differs. */
const REQUEST_SUFFIX = '@request';

export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`external reference ${ref} left after bundling`);
  let node: unknown = document;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = unescapePointer(decodeURIComponent(raw));
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

/**
 * Requests and responses see the same schema differently: `readOnly` properties are refused in a request (never
 * required), `writeOnly` ones never required in a response (and never serialized).
 */
export type SchemaView = 'request' | 'response';

const VIEWS: readonly SchemaView[] = ['request', 'response'];

export interface SchemaConverter {
  /** A copy of `schema` whose references point at `defs#/$defs/<name>` (the component, in this converter's view). */
  toShared(schema: JsonSchema): JsonSchema;
  /** The definition name `toShared` gives the component `name` in this converter's view. */
  definitionName(component: string): string;
}

export interface SchemaConverters {
  request: SchemaConverter;
  response: SchemaConverter;
  /** Every component (and request views that differ), converted, keyed by definition name: the shared `defs` schema. */
  definitions(): Record<string, JsonSchema>;
}

function hidden(property: unknown, view: SchemaView): boolean {
  return isObject(property) && property[view === 'request' ? 'readOnly' : 'writeOnly'] === true;
}

/**
 * The node as the view sees it: `required` without the properties the view hides, and in a request each `readOnly`
 * property a `false` schema, so a client that sends one is told the field is not allowed (the server owns its value).
 */
function inView(node: JsonObject, view: SchemaView): JsonObject {
  if (!isObject(node.properties)) return node;
  const properties = node.properties;
  const names = Object.keys(properties).filter((name) => hidden(properties[name], view));
  if (names.length === 0) return node;
  const out = withoutRequired(node, new Set(names));
  if (view === 'response') return out;
  return { ...out, properties: { ...properties, ...Object.fromEntries(names.map((name) => [name, false])) } };
}

function withoutRequired(node: JsonObject, names: ReadonlySet<string>): JsonObject {
  if (!Array.isArray(node.required)) return node;
  const required = node.required.filter((name) => !names.has(String(name)));
  if (required.length === node.required.length) return node;
  const { required: _all, ...rest } = node;
  return required.length > 0 ? { ...rest, required } : rest;
}

function refsOf(schema: unknown, into: Set<string>): Set<string> {
  mapSchema(schema, '', (node) => {
    if (typeof node.$ref === 'string') into.add(node.$ref);
    return node;
  });
  return into;
}

/** Converters for a document whose schemas are already JSON Schema 2020-12 (see `normalizeSchemas`). */
export function createSchemaConverters(document: OpenApiDocument): SchemaConverters {
  const components = document.components?.schemas ?? {};
  /** Schemas referenced by a pointer outside `#/components/schemas`, registered as definitions of their own. */
  const pointerDefinitions = new Map<string, string>();
  const differs = componentsWhoseViewsDiffer();

  function componentsWhoseViewsDiffer(): Set<string> {
    const names = Object.keys(components);
    const refs = new Map(names.map((name) => [name, refsOf(components[name], new Set())]));
    const found = new Set(names.filter((name) => differsByView(components[name])));
    for (let grew = true; grew; ) {
      grew = false;
      for (const name of names) {
        if (found.has(name)) continue;
        for (const ref of refs.get(name)!) {
          if (ref.startsWith(COMPONENT_SCHEMA_PREFIX) && found.has(unescapePointer(ref.slice(COMPONENT_SCHEMA_PREFIX.length).split('/')[0]!))) {
            found.add(name);
            grew = true;
            break;
          }
        }
      }
    }
    return found;
  }

  function definitionName(component: string, view: SchemaView): string {
    return view === 'request' && differs.has(component) ? `${component}${REQUEST_SUFFIX}` : component;
  }

  function rewriteRef(ref: string, view: SchemaView): string {
    if (!ref.startsWith(COMPONENT_SCHEMA_PREFIX)) {
      resolvePointer(document, ref);
      let name = pointerDefinitions.get(ref);
      if (name === undefined) pointerDefinitions.set(ref, (name = `@${pointerDefinitions.size}`));
      return `${DEFINITION_PREFIX}${escapePointer(name)}`;
    }
    const [first = '', ...rest] = ref.slice(COMPONENT_SCHEMA_PREFIX.length).split('/');
    const component = unescapePointer(decodeURIComponent(first));
    if (!(component in components)) throw new Error(`unresolvable reference ${ref}`);
    const name = definitionName(component, view);
    return `${DEFINITION_PREFIX}${escapePointer(name)}${rest.length ? `/${rest.join('/')}` : ''}`;
  }

  /** The schema a reference names: a document pointer, or a definition `rewriteRef` gave. */
  function resolveAny(ref: string): unknown {
    if (ref.startsWith('#')) return resolvePointer(document, ref);
    if (!ref.startsWith(DEFINITION_PREFIX)) return undefined;
    const [first = '', ...rest] = ref.slice(DEFINITION_PREFIX.length).split('/');
    const name = unescapePointer(first);
    const pointer = [...pointerDefinitions].find(([, definition]) => definition === name)?.[0];
    const root = pointer ?? `${COMPONENT_SCHEMA_PREFIX}${escapePointer(name.endsWith(REQUEST_SUFFIX) ? name.slice(0, -REQUEST_SUFFIX.length) : name)}`;
    return resolvePointer(document, [root, ...rest].join('/'));
  }


  /** `allOf: [{ $ref: Base }, { required: [id] }]`: a requirement on a property another branch hides is dropped too. */
  function requiredInAllOf(node: JsonObject, view: SchemaView): JsonObject {
    const branches: unknown[] | undefined = Array.isArray(node.allOf) ? node.allOf : undefined;
    if (branches === undefined) return node;
    const names = declaredPropertiesWhere(node, (property) => hidden(property, view), resolveAny);
    if (names.size === 0) return node;
    const allOf = branches.map((branch) => (isObject(branch) && branch.$ref === undefined ? withoutRequired(branch, names) : branch));
    const own = withoutRequired(node, names);
    return own === node && allOf.every((branch, index) => branch === branches[index]) ? node : { ...own, allOf };
  }

  /** Whether a schema, outside its references, reads differently in either view (a hidden property it declares or requires). */
  function differsByView(schema: unknown): boolean {
    if (!isObject(schema)) return false;
    for (const view of VIEWS) if (requiredInAllOf(inView(schema, view), view) !== schema) return true;
    let found = false;
    forEachSubschema(schema, (sub) => (found ||= differsByView(sub)));
    return found;
  }

  function convert(schema: unknown, view: SchemaView): JsonSchema {
    return mapSchema(schema, '', (node) => {
      const out = requiredInAllOf(inView(node, view), view);
      return typeof out.$ref === 'string' ? { ...out, $ref: rewriteRef(out.$ref, view) } : out;
    }) as JsonSchema;
  }

  const converter = (view: SchemaView): SchemaConverter => ({
    toShared: (schema) => convert(schema, view),
    definitionName: (component) => definitionName(component, view),
  });

  return {
    request: converter('request'),
    response: converter('response'),
    definitions() {
      const defs: Record<string, JsonSchema> = {};
      for (const [name, schema] of Object.entries(components)) {
        defs[name] = convert(schema, 'response');
        if (differs.has(name)) defs[`${name}${REQUEST_SUFFIX}`] = convert(schema, 'request');
      }
      // pointers found while converting may lead to more pointers
      for (let done = 0; done < pointerDefinitions.size; done++) {
        const [pointer, name] = [...pointerDefinitions][done]!;
        defs[name] = convert(resolvePointer(document, pointer), 'response');
      }
      return defs;
    },
  };
}
