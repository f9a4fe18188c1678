import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../generated/graphql/schema.ts';
import { buildSchema, getNamedType, isListType, isNonNullType, type GraphQLArgument, type GraphQLField } from './graphql-js.ts';
import { createGraphqlTestKit, type GraphqlTestKit } from './testing/kit.ts';

let kit: GraphqlTestKit;
let token: string;

beforeAll(async () => {
  kit = await createGraphqlTestKit();
  token = (await kit.createUser()).token;
});
afterAll(() => kit?.close());

const schema = buildSchema(typeDefs);
const TEXT_TYPES = new Set(['String', 'ID']);
const PLACEHOLDER: Record<string, string> = { String: '"x"', ID: '"00000000-0000-4000-8000-000000000000"', Int: '1', Boolean: 'true' };

interface TextArgument {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  argument: GraphQLArgument;
}

/** Every argument of every root field whose type is text (String or ID, or a list of them). */
function textArguments(): TextArgument[] {
  const found: TextArgument[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const argument of field.args) if (TEXT_TYPES.has(getNamedType(argument.type).name)) found.push({ operation, field, argument });
    }
  }
  return found;
}

const isList = (argument: GraphQLArgument) => isListType(isNonNullType(argument.type) ? argument.type.ofType : argument.type);

/** A document calling the field with `value` (GraphQL source) for the argument and placeholders for the other required ones. */
function documentFor({ operation, field, argument }: TextArgument, value: string, variables = ''): string {
  const args = field.args
    .filter((other) => other === argument || isNonNullType(other.type))
    .map((other) => `${other.name}: ${other === argument ? value : PLACEHOLDER[getNamedType(other.type).name]}`);
  return `${operation}${variables} { ${field.name}(${args.join(', ')}) { id } }`;
}

describe('GraphQL text the database cannot store (U+0000)', () => {
  const cases = textArguments();

  it('covers every text argument of the schema', () => {
    const names = cases.map(({ field, argument }) => `${field.name}.${argument.name}`);
    for (const name of ['user.id', 'createPost.title', 'createPost.content', 'createPost.tags', 'createComment.content', 'createComment.parentId']) expect(names).toContain(name);
  });

  it.each(cases.map((c) => [`${c.field.name}(${c.argument.name})`, c] as const))('%s: BAD_USER_INPUT naming the argument, as a literal and as a variable', async (_name, textArgument) => {
    const { argument } = textArgument;
    const literal = JSON.stringify('before\u0000after');
    const asLiteral = documentFor(textArgument, isList(argument) ? `[${literal}]` : literal);
    const variableType = argument.type.toString();
    const asVariable = documentFor(textArgument, '$value', `($value: ${variableType})`);
    const sent = [
      { query: asLiteral, variables: undefined, field: argument.name },
      { query: asVariable, variables: { value: isList(argument) ? ['ok', '\u0000'] : '\u0000' }, field: isList(argument) ? '$value.1' : '$value' },
    ];
    for (const { query, variables, field } of sent) {
      const { status, body } = await kit.graphql(query, { auth: token, ...(variables ? { variables } : {}) });
      expect(status, query).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([{ message: expect.stringContaining('NUL character (U+0000)'), extensions: { code: 'BAD_USER_INPUT', field } }]);
    }
  });
});
