import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { HOSTILE_STRINGS } from './hostile.ts';
import type { Random } from './random.ts';

export interface GraphqlDocument {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

class Enum {
  constructor(readonly name: string) {}
}

/** GraphQL literal syntax for a value (enum values bare). */
function literal(value: unknown): string {
  if (value instanceof Enum) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

const toJson = (value: unknown): unknown =>
  value instanceof Enum ? value.name : Array.isArray(value) ? value.map(toJson) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)])) : value;

export type Flavour = 'valid' | 'wrong-type' | 'hostile';

/** Random documents for a schema: selections, arguments (right, wrong-typed or hostile), aliases and fragments. */
export class DocumentGenerator {
  private fragments: string[] = [];
  private variables: { name: string; type: string; value: unknown }[] = [];
  /** Whether a wrong-typed argument was written (a document without arguments stays valid). */
  broken = false;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly ids: readonly string[],
    private readonly flavour: Flavour,
  ) {}

  document(maxDepth: number): GraphqlDocument {
    const mutation = this.schema.getMutationType();
    const root = mutation && this.random.next() < 0.2 ? mutation : this.schema.getQueryType()!;
    const body = this.selection(root, 0, maxDepth);
    const declared = this.variables.length > 0 ? `(${this.variables.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : '';
    const operation = `${root === mutation ? 'mutation' : 'query'} Fuzz${declared} ${body}`;
    const query = [operation, ...this.fragments].join('\n');
    return this.variables.length > 0 ? { query, variables: Object.fromEntries(this.variables.map((v) => [v.name, toJson(v.value)])) } : { query };
  }

  private selection(type: GraphQLObjectType, depth: number, maxDepth: number): string {
    const fields = Object.values(type.getFields()).filter((f) => depth < maxDepth || isLeafType(getNamedType(f.type)));
    const usable = fields.length > 0 ? fields : Object.values(type.getFields());
    const count = 1 + this.random.int(Math.min(4, usable.length));
    const parts: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < count; i++) {
      const field = this.random.pick(usable);
      // a repeated field gets an alias: two same-named fields with different arguments would not be valid GraphQL
      parts.push(this.field(field, depth, maxDepth, i, used.has(field.name)));
      used.add(field.name);
    }
    const inner = parts.join(' ');
    const roll = this.random.next();
    if (depth > 0 && roll < 0.15) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${inner} }`);
      return `{ ...${name} }`;
    }
    if (depth > 0 && roll < 0.3) return `{ ... on ${type.name} { ${inner} } }`;
    return `{ ${inner} }`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, maxDepth: number, index: number, mustAlias: boolean): string {
    const alias = mustAlias || this.random.next() < 0.25 ? `a${depth}_${index}: ` : '';
    const args = field.args
      .filter((a) => isNonNullType(a.type) || this.random.next() < 0.5)
      .map((a) => `${a.name}: ${this.argument(a.type)}`);
    const named = getNamedType(field.type);
    const sub = isObjectType(named) ? ` ${this.selection(named, depth + 1, maxDepth)}` : isAbstractType(named) ? ' { __typename }' : '';
    return `${alias}${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${sub}`;
  }

  private argument(type: GraphQLInputType): string {
    let value = this.value(type);
    if (this.flavour === 'wrong-type' && !this.broken) {
      this.broken = true;
      value = this.wrongValue(getNamedType(type));
      return literal(value);
    }
    if (this.random.next() < 0.3) {
      const name = `v${this.variables.length}`;
      this.variables.push({ name, type: String(type), value });
      return `$${name}`;
    }
    return literal(value);
  }

  private wrongValue(named: GraphQLNamedType): unknown {
    if (isScalarType(named) && (named.name === 'Int' || named.name === 'Float')) return this.random.pick(['abc', true, 2 ** 40, 1.5]);
    if (isScalarType(named) && named.name === 'Boolean') return this.random.pick([1, 'true']);
    if (isEnumType(named)) return this.random.pick([new Enum('not_a_value'), 'admin']);
    if (isInputObjectType(named)) return 7;
    return this.random.pick([true, { fuzz: 1 }, [1, 2]]);
  }

  value(type: GraphQLInputType): unknown {
    if (isNonNullType(type)) return this.value(type.ofType);
    if (isListType(type)) return Array.from({ length: this.random.int(3) }, () => this.value(type.ofType));
    if (isEnumType(type)) return new Enum(this.random.pick(type.getValues()).name);
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || this.random.next() < 0.5).map((f) => [f.name, this.value(f.type)]));
    }
    switch (type.name) {
      case 'Int':
        return this.random.next() < 0.9 ? this.random.int(20) + 1 : this.random.pick([0, -1, 101, 2 ** 31 - 1]);
      case 'Float':
        return this.random.next() * 100;
      case 'Boolean':
        return this.random.next() < 0.5;
      case 'ID':
        return this.ids.length > 0 && this.random.next() < 0.7 ? this.random.pick(this.ids) : this.random.pick(['1', 'not-an-id', '00000000-0000-0000-0000-000000000000']);
      default:
        if (this.flavour === 'hostile') return this.random.pick(HOSTILE_STRINGS).value;
        return this.random.pick(['fuzz', 'Hello, world', 'x', 'ünïcödé 文字', '2026-01-31T09:30:00.000Z']);
    }
  }
}

/** A document whose named fragments each spread the previous one twice: 2^levels fields once expanded. */
export function fragmentBomb(schema: GraphQLSchema, levels: number): GraphqlDocument | undefined {
  const query = schema.getQueryType();
  const field = query && Object.values(query.getFields()).find((f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  if (!field) return undefined;
  const type = getNamedType(field.type) as GraphQLObjectType;
  const leaf = Object.values(type.getFields()).find((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0);
  if (!leaf) return undefined;
  const fragments = [`fragment B0 on ${type.name} { ${leaf.name} }`];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment B${i} on ${type.name} { ...B${i - 1} a${i}: ${leaf.name} ...B${i - 1} }`);
  return { query: `query Bomb { ${field.name} { ...B${levels} } }\n${fragments.join('\n')}` };
}

/** The same field aliased `count` times. */
export function aliasFlood(schema: GraphQLSchema, count: number): GraphqlDocument | undefined {
  const query = schema.getQueryType();
  const field = query && Object.values(query.getFields()).find((f) => f.args.every((a) => !isNonNullType(a.type)));
  if (!field) return undefined;
  const named = getNamedType(field.type);
  const leaf = isObjectType(named) ? Object.values(named.getFields()).find((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0) : undefined;
  const sub = leaf ? ` { ${leaf.name} }` : '';
  return { query: `{ ${Array.from({ length: count }, (_, i) => `x${i}: ${field.name}${sub}`).join(' ')} }` };
}

/** A selection nested `depth` times through object fields that return objects, or bare braces when none cycle. */
export function deepDocument(schema: GraphQLSchema, depth: number): GraphqlDocument {
  const path: string[] = [];
  let type: GraphQLObjectType | undefined = schema.getQueryType() ?? undefined;
  while (type && path.length < depth) {
    const next: GraphQLField<unknown, unknown> | undefined = Object.values(type.getFields()).find((f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
    if (!next) break;
    path.push(next.name);
    type = getNamedType(next.type) as GraphQLObjectType;
  }
  if (path.length < depth) return { query: `${'{ a '.repeat(depth)}${'}'.repeat(depth)}` };
  return { query: `{ ${path.join(' { ')} { __typename }${' }'.repeat(path.length)} }` };
}
