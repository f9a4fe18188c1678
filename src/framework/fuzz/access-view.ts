import { declaredPropertiesWhere, hasAccessFlag, type AccessFlag } from '../access-flags.ts';
import { resolvePointer } from './openapi.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Members that hold data, not schemas: nothing under them is rewritten. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'const', 'enum']);

/**
 * The spec as one side of an exchange must write it: in requests every `readOnly` property, in responses every
 * `writeOnly` one (itself, through its `$ref` or an `allOf` branch) becomes a `false` schema and is required nowhere,
 * not even by another `allOf` branch (`allOf: [{ $ref: Base }, { required: [id] }]`). Requests are what the framework's
 * validators accept; responses are what its serializers can send (they never write a writeOnly property).
 */
export interface AccessView {
  /** A rewritten copy of the whole document, for references to resolve into. */
  readonly document: Json;
  /** A rewritten copy of a schema taken from the original document (an operation's inline body schema). */
  schema(schema: unknown): unknown;
}

export function accessView(original: Json, hidden: AccessFlag): AccessView {
  const resolve = (ref: string) => (ref.startsWith('#') ? resolvePointer(original, ref) : undefined);

  const isHidden = (property: unknown) => hasAccessFlag(property, hidden, resolve);
  const hiddenNames = (schema: unknown) => declaredPropertiesWhere(schema, isHidden, resolve);
  const withoutRequired = (node: Json, names: ReadonlySet<string>): Json =>
    Array.isArray(node.required) ? { ...node, required: node.required.filter((name) => !names.has(String(name))) } : node;

  const done = new WeakMap<object, unknown>();
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isObject(node)) return node;
    if (done.has(node)) return done.get(node);
    const out: Json = {};
    done.set(node, out);
    for (const [key, value] of Object.entries(node)) out[key] = DATA_KEYWORDS.has(key) ? value : rewrite(value);
    const own = isObject(node.properties) ? hiddenNames({ properties: node.properties }) : new Set<string>();
    if (own.size > 0) out.properties = { ...(out.properties as Json), ...Object.fromEntries([...own].map((name) => [name, false])) };
    const names = Array.isArray(node.allOf) ? hiddenNames(node) : own;
    if (names.size === 0) return out;
    Object.assign(out, withoutRequired(out, names));
    if (Array.isArray(out.allOf)) out.allOf = out.allOf.map((branch) => (isObject(branch) && branch.$ref === undefined ? withoutRequired(branch, names) : branch));
    return out;
  };
  return { document: rewrite(original) as Json, schema: rewrite };
}
