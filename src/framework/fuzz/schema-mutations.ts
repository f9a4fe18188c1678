import type { JsonSchema } from './openapi.ts';
import { forbiddenCompanions, mergeSchemas, type SchemaArbitraries } from './schema-arbitrary.ts';

type Schema = { [keyword: string]: unknown };
export type ValuePath = readonly (string | number)[];

/** One broken constraint at one place of a value: replace the value there, remove it, or add an unknown member. */
export interface Mutation {
  readonly keyword: string;
  readonly path: ValuePath;
  /** The name an error answer must mention: the property, parameter or unknown member concerned. */
  readonly field: string;
  readonly change: { readonly kind: 'set'; readonly value: unknown } | { readonly kind: 'delete' } | { readonly kind: 'add'; readonly name: string; readonly value: unknown };
  /** For a `type` mutation: the types the schema at `path` allows (a parameter's wire text may still fit a string). */
  readonly allowedTypes?: readonly string[];
}

/** Keywords of rules between members of one object; breaking one changes the object, not one member's value. */
export const RULE_KEYWORDS: ReadonlySet<string> = new Set(['dependentSchemas', 'dependentRequired', 'not']);

/** The seed of the values a rule-breaking mutation adds: fixed, so the same input always breaks the same way. */
const RULE_VALUE_SEED = 7;

export const UNKNOWN_MEMBER = 'fuzzUnknownField';

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

const WRONG_FORMAT: Record<string, string> = {
  email: 'not-an-email',
  uuid: 'not-a-uuid',
  'date-time': '2021-13-45T25:61:00Z',
  date: '2021-02-30x',
  time: '25:61:00',
  uri: 'not a uri',
  url: 'not a url',
  'uri-reference': 'http://[bad',
  ipv4: '999.1.1.1',
  ipv6: 'not:an:ipv6',
  hostname: '-bad-.host-',
};

/** A value of a JSON type other than every type in `types`. */
function wrongTypeValue(types: string[]): unknown {
  const candidates: [string, unknown][] = [['string', 'fuzz'], ['integer', 7], ['object', { fuzz: 1 }], ['boolean', true], ['array', [1]], ['null', null]];
  if (types.includes('integer') && !types.includes('number')) return 1.5;
  return candidates.find(([type]) => !types.includes(type) && !(type === 'integer' && types.includes('number')))?.[1];
}

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === 'string') return [schema.type];
  return [];
}

function last(path: ValuePath, fallback: string): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return fallback;
}

function stringMutations(schema: Schema, value: string, path: ValuePath, field: string): Mutation[] {
  const out: Mutation[] = [];
  const set = (keyword: string, replacement: unknown) => out.push({ keyword, path, field, change: { kind: 'set', value: replacement } });
  const chars = [...value];
  const filler = chars.at(-1) ?? 'a';
  const minLength = num(schema.minLength);
  const maxLength = num(schema.maxLength);
  if (minLength !== undefined && minLength > 0) set('minLength', chars.slice(0, minLength - 1).join(''));
  if (maxLength !== undefined) set('maxLength', value + filler.repeat(Math.max(1, maxLength + 1 - chars.length)));
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern, 'u');
    const breaking = [`${value}!`, `!${value}`, `${value} `, ' ', '!', '\u00e9', value.toUpperCase(), value.toLowerCase()].find((c) => !pattern.test(c));
    if (breaking !== undefined) set('pattern', breaking);
  }
  if (typeof schema.format === 'string' && WRONG_FORMAT[schema.format]) set('format', WRONG_FORMAT[schema.format]);
  return out;
}

function numberMutations(schema: Schema, path: ValuePath, field: string): Mutation[] {
  const out: Mutation[] = [];
  const set = (keyword: string, replacement: number) => out.push({ keyword, path, field, change: { kind: 'set', value: replacement } });
  const integer = typesOf(schema).includes('integer');
  const step = integer ? 1 : 0.5;
  if (num(schema.minimum) !== undefined) set('minimum', num(schema.minimum)! - step);
  if (num(schema.maximum) !== undefined) set('maximum', num(schema.maximum)! + step);
  if (num(schema.exclusiveMinimum) !== undefined) set('exclusiveMinimum', num(schema.exclusiveMinimum)!);
  if (num(schema.exclusiveMaximum) !== undefined) set('exclusiveMaximum', num(schema.exclusiveMaximum)!);
  return out;
}

/**
 * Every single-constraint violation reachable in `value` (valid for `schema`): type, format, pattern, bounds, lengths,
 * item counts, enum, required members and unknown members. The caller confirms each with the validator.
 */
export function mutationsOf(arbitraries: SchemaArbitraries, raw: JsonSchema, value: unknown, path: ValuePath = [], field = 'body'): Mutation[] {
  const schema = arbitraries.flatten(raw);
  const here = last(path, field);
  const out: Mutation[] = [];
  const types = typesOf(schema);
  const wrong = types.length > 0 ? wrongTypeValue(types) : undefined;
  if (wrong !== undefined) out.push({ keyword: 'type', path, field: here, change: { kind: 'set', value: wrong }, allowedTypes: types });
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) {
    out.push({ keyword: 'enum', path, field: here, change: { kind: 'set', value: `${String(schema.enum[0])}_fuzz` } });
  }
  if (typeof value === 'string') out.push(...stringMutations(schema, value, path, here));
  if (typeof value === 'number') out.push(...numberMutations(schema, path, here));
  if (Array.isArray(value)) {
    if (num(schema.minItems) !== undefined && num(schema.minItems)! > 0) {
      out.push({ keyword: 'minItems', path, field: here, change: { kind: 'set', value: value.slice(0, num(schema.minItems)! - 1) } });
    }
    if (num(schema.maxItems) !== undefined && value.length > 0) {
      out.push({ keyword: 'maxItems', path, field: here, change: { kind: 'set', value: [...value, ...Array(num(schema.maxItems)! + 1 - value.length).fill(value[0])] } });
    }
    if (schema.items !== undefined && value.length > 0) out.push(...mutationsOf(arbitraries, schema.items as JsonSchema, value[0], [...path, 0], here));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const record = value as Record<string, unknown>;
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      if (name in record) out.push({ keyword: 'required', path: [...path, name], field: name, change: { kind: 'delete' } });
    }
    if (schema.additionalProperties === false || schema.unevaluatedProperties === false) {
      out.push({ keyword: 'additionalProperties', path, field: UNKNOWN_MEMBER, change: { kind: 'add', name: UNKNOWN_MEMBER, value: 'fuzz' } });
    }
    for (const [name, member] of Object.entries(properties)) {
      // a member the request may not hold (readOnly), sent anyway
      if (member === false && !(name in record)) out.push({ keyword: 'false schema', path, field: name, change: { kind: 'add', name, value: 'fuzz' } });
    }
    for (const [name, member] of Object.entries(record)) {
      if (properties[name] !== undefined) out.push(...mutationsOf(arbitraries, properties[name]!, member, [...path, name], name));
    }
    out.push(...ruleMutations(arbitraries, schema, record, path, here));
  }
  return out;
}

/**
 * Breaks a rule between members: a member a present one rules out (`dependentSchemas` with `false`) added beside it,
 * a member another requires (`dependentRequired`) removed, or the object replaced by one matching what `not` refuses.
 */
function ruleMutations(arbitraries: SchemaArbitraries, schema: Schema, record: Record<string, unknown>, path: ValuePath, here: string): Mutation[] {
  const out: Mutation[] = [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  // an empty list does not show in a query string: the member would not be there to break the rule
  const shows = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);
  const valueOf = (name: string) => arbitraries.sampleValid(properties[name] ?? {}, RULE_VALUE_SEED, 24, shows);
  for (const { trigger, forbidden } of forbiddenCompanions(schema)) {
    const members: Record<string, unknown> = {};
    for (const name of [trigger, forbidden]) if (!shows(record[name])) members[name] = valueOf(name);
    if (Object.values(members).some((v) => v === undefined)) continue;
    out.push({ keyword: 'dependentSchemas', path, field: forbidden, change: { kind: 'set', value: { ...record, ...members } } });
  }
  const dependentRequired = (schema.dependentRequired ?? {}) as Record<string, unknown>;
  for (const [trigger, needed] of Object.entries(dependentRequired)) {
    if (!(trigger in record) || !Array.isArray(needed)) continue;
    for (const name of needed) if (typeof name === 'string' && name in record) out.push({ keyword: 'dependentRequired', path: [...path, name], field: name, change: { kind: 'delete' } });
  }
  if (schema.not !== undefined) {
    const { not, ...rest } = schema;
    const refused = arbitraries.sampleValid({ allOf: [rest, not as JsonSchema] }, RULE_VALUE_SEED, 40) ?? arbitraries.sampleValid(mergeSchemas(rest, arbitraries.flatten(not as JsonSchema)), RULE_VALUE_SEED, 40);
    if (refused !== undefined) out.push({ keyword: 'not', path, field: here, change: { kind: 'set', value: refused } });
  }
  return out;
}

/** A deep copy of `root` with the mutation applied. */
export function applyMutation(root: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(root);
  if (mutation.path.length === 0 && mutation.change.kind === 'set') return mutation.change.value;
  const parentPath = mutation.change.kind === 'add' ? mutation.path : mutation.path.slice(0, -1);
  let parent = copy as Record<string | number, unknown>;
  for (const key of parentPath) parent = parent[key] as Record<string | number, unknown>;
  const key = mutation.path.at(-1)!;
  if (mutation.change.kind === 'add') parent[mutation.change.name] = mutation.change.value;
  else if (mutation.change.kind === 'delete') delete parent[key];
  else parent[key] = mutation.change.value;
  return copy;
}
