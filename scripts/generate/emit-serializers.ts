import type { EmittedModule } from './emit-validators.ts';
import type { JsonSchema } from './openapi-types.ts';
import { isObject, unescapePointer, type JsonObject } from './schema-walk.ts';
import { DEFS_ID } from './schemas.ts';

const DEF_PREFIX = `${DEFS_ID}#/$defs/`;
const BRANCH_KEYWORDS = ['allOf', 'anyOf', 'oneOf'] as const;

/** What a schema lets a serializer write, all its branches (`allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`) together. */
interface Shape {
  /** Declared properties (each with every schema a branch gives it); `writeOnly` ones are left out. */
  properties: Map<string, JsonSchema[]>;
  /** Undeclared properties: dropped, written as they are, or through the given schemas. */
  extra: 'drop' | 'keep' | JsonSchema[];
  items: JsonSchema[];
  /** Some branch says nothing about structure: any value is written as it is. */
  free: boolean;
}

const RUNTIME = [
  'const $s = JSON.stringify;',
  '/** Needs escaping in a JSON string: quote, backslash, control characters, and surrogates (lone ones are escaped). */',
  'const $e = /["\\\\\\u0000-\\u001f\\ud800-\\udfff]/;',
  '/** A value written exactly as JSON.stringify writes it (undefined for what JSON leaves out), strings and numbers without calling it. */',
  'function $v(x) {',
  '  if (x === undefined) return x;',
  '  if (typeof x === "string") {',
  '    if (x.length < 42) {',
  '      for (let i = 0; i < x.length; i++) {',
  '        const c = x.charCodeAt(i);',
  '        if (c < 32 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return $s(x);',
  '      }',
  '      return \'"\' + x + \'"\';',
  '    }',
  '    return $e.test(x) ? $s(x) : \'"\' + x + \'"\';',
  '  }',
  '  if (typeof x === "number") return Number.isFinite(x) ? "" + x : "null";',
  '  if (typeof x === "boolean") return x ? "true" : "false";',
  '  return $s(x);',
  '}',
  '/** The properties of `v` not in `known`, each written by `write`, appended to `s` (`c` is the separator due). */',
  'function $o(v, known, write, s, c) {',
  '  for (const k in v) {',
  '    if (known.has(k) || !Object.hasOwn(v, k) || v[k] === undefined) continue;',
  '    const w = write(v[k]);',
  '    if (w !== undefined) { s += c + $v(k) + ":" + w; c = ","; }',
  '  }',
  '  return s;',
  '}',
];

/** Whether values of a schema without structural keywords may be objects or arrays (written as they are). */
function mayHoldStructure(schema: JsonObject): boolean {
  if ('enum' in schema || 'const' in schema) return false;
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as unknown[]) : undefined;
  return types === undefined || types.includes('object') || types.includes('array');
}

/**
 * Serializers for response bodies, one function per component shared by every operation (recursion included), each
 * returning undefined for a value JSON leaves out (so a property holding one is left out and an array item is null):
 * a declared property is written through its own schema's function, and a property no branch of the schema declares
 * never leaves the process. Scalars are written as JSON.stringify writes them (strings without an escape and finite
 * numbers without calling it).
 */
export function emitSerializers(schemas: Record<string, JsonSchema>, definitions: Record<string, JsonSchema>): EmittedModule {
  const functions: string[] = [];
  const nameOfKey = new Map<string, string>();

  function resolve(ref: string): JsonSchema | undefined {
    if (!ref.startsWith(DEF_PREFIX)) return undefined;
    const [name = '', ...rest] = ref.slice(DEF_PREFIX.length).split('/');
    let node: unknown = definitions[unescapePointer(name)];
    for (const segment of rest) node = isObject(node) || Array.isArray(node) ? (node as JsonObject)[unescapePointer(segment)] : undefined;
    return node as JsonSchema | undefined;
  }

  function shapeOf(schema: JsonSchema, into: Shape, seen: Set<unknown>): void {
    if (schema === true) into.free = true;
    if (!isObject(schema) || seen.has(schema)) return;
    seen.add(schema);
    let structural = false;
    if (typeof schema.$ref === 'string') {
      const target = resolve(schema.$ref);
      if (target === undefined) into.free = true;
      else shapeOf(target, into, seen);
      structural = true;
    }
    for (const keyword of BRANCH_KEYWORDS) {
      if (!Array.isArray(schema[keyword])) continue;
      for (const branch of schema[keyword] as JsonSchema[]) shapeOf(branch, into, seen);
      structural = true;
    }
    for (const keyword of ['then', 'else'] as const) {
      if (schema[keyword] !== undefined) {
        shapeOf(schema[keyword] as JsonSchema, into, seen);
        structural = true;
      }
    }
    if (isObject(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties)) {
        if (isObject(property) && property.writeOnly === true) continue;
        into.properties.set(name, [...(into.properties.get(name) ?? []), property as JsonSchema]);
      }
      structural = true;
    }
    const additional = schema.additionalProperties;
    if (schema.patternProperties !== undefined || additional === true || (isObject(additional) && Object.keys(additional).length === 0)) {
      into.extra = 'keep';
      structural = true;
    } else if (isObject(additional)) {
      if (into.extra !== 'keep') into.extra = [...(into.extra === 'drop' ? [] : into.extra), additional];
      structural = true;
    } else if (additional === false) {
      structural = true;
    }
    if (schema.items !== undefined) {
      into.items.push(schema.items as JsonSchema);
      structural = true;
    }
    if (!structural && mayHoldStructure(schema)) into.free = true;
  }

  /** The name of a function writing values of `schema`, or undefined when JSON.stringify writes them right. */
  function functionFor(schemas: JsonSchema[]): string | undefined {
    const schema: JsonSchema = schemas.length === 1 ? schemas[0]! : { anyOf: schemas };
    const key = JSON.stringify(schema);
    const known = nameOfKey.get(key);
    if (known !== undefined) return known === '' ? undefined : known;
    const shape: Shape = { properties: new Map(), extra: 'drop', items: [], free: false };
    shapeOf(schema, shape, new Set());
    if (shape.free || (shape.properties.size === 0 && shape.extra === 'keep' && shape.items.length === 0) || isFreeObject(shape)) {
      nameOfKey.set(key, '');
      return undefined;
    }
    const name = `s${functions.length}`;
    nameOfKey.set(key, name);
    const index = functions.length;
    functions.push('');
    functions[index] = body(name, shape);
    return name;
  }

  function isFreeObject(shape: Shape): boolean {
    return shape.properties.size === 0 && shape.extra === 'drop' && shape.items.length === 0;
  }

  function write(fn: string | undefined, value: string): string {
    return fn === undefined ? `$v(${value})` : `${fn}(${value})`;
  }

  function body(name: string, shape: Shape): string {
    const items = shape.items.length > 0 ? functionFor(shape.items) : undefined;
    // compact: a large document has thousands of these lines
    const lines = [
      `function ${name}(v){`,
      'if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);',
      // the loop is written out per function, so each call site of an item writer sees one function only
      items === undefined
        ? 'if(Array.isArray(v))return $s(v);'
        : `if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(${items}(v[i])??"null");return s+"]"}`,
    ];
    if (shape.properties.size === 0 && shape.extra === 'drop') return [...lines, 'return "{}"', '}'].join('\n');
    lines.push('let s="{",c="",x;');
    for (const [property, schemas] of shape.properties) {
      const read = property === '__proto__' ? 'Object.hasOwn(v,"__proto__")?v["__proto__"]:undefined' : `v[${JSON.stringify(property)}]`;
      const label = JSON.stringify(`${JSON.stringify(property)}:`);
      // a value JSON leaves out (undefined, a function, a symbol) is written as undefined: the property is left out
      lines.push(`x=${write(functionFor(schemas), read)};if(x!==undefined){s+=c+${label}+x;c=","}`);
    }
    if (shape.extra !== 'drop') {
      const extra = shape.extra === 'keep' ? '$v' : (functionFor(shape.extra) ?? '$v');
      lines.push(`s=$o(v,${name}.known??=new Set(${JSON.stringify([...shape.properties.keys()])}),${extra},s,c);`);
    }
    return [...lines, 'return s+"}"', '}'].join('\n');
  }

  const names = Object.keys(schemas).sort();
  const exports = names.map((name) => `export const ${name} = ${functionFor([schemas[name]!]) ?? '$v'};`);
  const js = [...RUNTIME, '', ...functions, '', ...exports, ''].join('\n');
  const dts = ['export type Serializer = (input: unknown) => string;', '', ...names.map((n) => `export declare const ${n}: Serializer;`), ''].join('\n');
  return { js, dts };
}
