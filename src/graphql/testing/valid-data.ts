import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { buildSchema, graphql, type GraphQLFieldResolver, type GraphQLScalarType } from '../graphql-js.ts';

/** The contract itself, not the server's copy of it. */
const schema = buildSchema(readFileSync(new URL('../../../spec/graphql/schema.graphql', import.meta.url), 'utf8'));

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const dateTime = schema.getType('DateTime') as GraphQLScalarType;
dateTime.serialize = (value: unknown) => {
  if (typeof value !== 'string' || !UTC_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`not an RFC 3339 UTC instant: ${JSON.stringify(value)}`);
  }
  return value;
};

/** Reads each field from the response under its response name (alias or field name). */
const fromResponse: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) =>
  (source as Record<string, unknown>)[String(info.path.key)];

/**
 * Why `data` is not what `query` may return under the SDL (an empty list when it is): the query is executed against
 * the SDL with `data` as the only source, so graphql-js checks every type, enum value, scalar and non-null position,
 * and the result must give back `data` exactly (no field more, none less).
 */
export async function dataProblems(query: string, data: unknown, variables?: Record<string, unknown>, operationName?: string): Promise<string[]> {
  if (data === null || data === undefined) return [];
  const result = await graphql({ schema, source: query, rootValue: data, variableValues: variables ?? null, operationName: operationName ?? null, fieldResolver: fromResponse });
  const problems = (result.errors ?? []).map((error) => `${error.path?.join('.') ?? '(document)'}: ${error.message}`);
  // graphql-js builds its result from null-prototype objects: compare as JSON
  if (problems.length === 0 && !isDeepStrictEqual(JSON.parse(JSON.stringify(result.data)), data)) {
    problems.push(`data does not match the selection: ${JSON.stringify(data)} vs ${JSON.stringify(result.data)}`);
  }
  return problems;
}
