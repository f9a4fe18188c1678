import { GraphQLError, GraphQLScalarType, Kind } from './graphql-js.ts';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function toInstant(value: unknown): string {
  if (typeof value === 'string' && RFC3339.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  throw new GraphQLError('A DateTime is an RFC 3339 date-time such as 2026-01-31T09:30:00Z', { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Instants out as RFC 3339 UTC with `Z`; in, any RFC 3339 date-time, normalized to UTC. */
export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue: toInstant,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A DateTime is written as a string', { nodes: [ast], extensions: { code: 'BAD_USER_INPUT' } });
    return toInstant(ast.value);
  },
});
