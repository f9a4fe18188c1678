import { hasAccessFlag } from '../access-flags.ts';
import { resolvePointer } from './openapi.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Members that hold data, not schemas: nothing under them is rewritten. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'const', 'enum']);

/**
 * The spec as a client must write requests, as the framework's request validators see it: every `readOnly` property
 * (itself, through its `$ref` or an `allOf` branch) becomes a `false` schema and leaves `required`.
 */
export interface RequestView {
  /** A rewritten copy of the whole document, for references to resolve into. */
  readonly document: Json;
  /** A rewritten copy of a schema taken from the original document (an operation's inline body schema). */
  schema(schema: unknown): unknown;
}

export function requestView(original: Json): RequestView {
  const resolve = (ref: string) => (ref.startsWith('#') ? resolvePointer(original, ref) : undefined);
  const done = new WeakMap<object, unknown>();
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isObject(node)) return node;
    if (done.has(node)) return done.get(node);
    const out: Json = {};
    done.set(node, out);
    for (const [key, value] of Object.entries(node)) out[key] = DATA_KEYWORDS.has(key) ? value : rewrite(value);
    if (!isObject(node.properties)) return out;
    const properties = node.properties;
    const readOnly = Object.keys(properties).filter((name) => hasAccessFlag(properties[name], 'readOnly', resolve));
    if (readOnly.length === 0) return out;
    out.properties = { ...(out.properties as Json), ...Object.fromEntries(readOnly.map((name) => [name, false])) };
    if (Array.isArray(node.required)) out.required = node.required.filter((name) => !readOnly.includes(String(name)));
    return out;
  };
  return { document: rewrite(original) as Json, schema: rewrite };
}
