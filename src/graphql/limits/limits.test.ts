import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse } from '../graphql-js.ts';
import { typeDefs } from '../../../generated/graphql/schema.ts';
import { GRAPHQL_LIMITS } from '../plugin.ts';
import { createGraphqlTestKit, type GraphqlTestKit } from '../testing/kit.ts';
import { documentCost } from './cost.ts';

const schema = buildSchema(typeDefs);
const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) => documentCost(schema, parse(query), variables, operationName);

describe('cost: the objects a query can return, lists counted at their `first`', () => {
  it('counts objects, not scalars, and multiplies down the lists', () => {
    expect(cost('{ me { id name } }')).toBe(1);
    expect(cost('{ posts(first: 50) { title author { name } } }')).toBe(100);
    expect(cost('{ posts(first: 50) { author { name } comments { author { name } replies { content } } } }')).toBe(50 + 50 + 500 + 500 + 5000);
  });

  it('takes `first` from variables, their defaults and the schema default, within 0..100', () => {
    const query = 'query ($n: Int = 3) { posts(first: $n) { author { id } } }';
    expect(cost(query, { n: 7 })).toBe(14);
    expect(cost(query)).toBe(6);
    expect(cost('{ posts { id } }')).toBe(10);
    expect(cost('{ posts(first: 100000) { id } }')).toBe(100);
  });

  it('follows fragments, and counts the operation that runs', () => {
    const query = 'fragment P on Post { comments(first: 5) { id } } query A { posts(first: 2) { ...P ... on Post { author { id } } } } query B { me { id } }';
    expect(cost(query, undefined, 'A')).toBe(2 + 10 + 2);
    expect(cost(query, undefined, 'B')).toBe(1);
    expect(cost(query, undefined, 'C')).toBe(0);
    expect(cost(query)).toBe(0);
  });

  it('takes a fragment\'s `first: $n` default from the operation that runs', () => {
    const query = 'fragment P on Query { posts(first: $n) { id } } query A($n: Int = 2) { ...P } query B($n: Int = 7) { ...P }';
    expect([cost(query, undefined, 'A'), cost(query, undefined, 'B'), cost(query, { n: 3 }, 'B')]).toEqual([2, 7, 3]);
  });
});

let kit: GraphqlTestKit;
beforeAll(async () => {
  kit = await createGraphqlTestKit();
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.dataViolations).toEqual([]);
});

/** `{ me { posts { comments { post { ... } } } } }` with `levels` fields in all. */
const nested = (levels: number) => {
  const fields = ['me', 'posts(first: 1)', 'comments(first: 1)', 'post', 'comments(first: 1)', 'post', 'comments(first: 1)', 'post', 'comments(first: 1)'].slice(0, levels - 1);
  return `{ ${fields.map((f) => `${f} {`).join(' ')} id ${'}'.repeat(fields.length)} }`;
};

describe('limits through the API', () => {
  it(`refuses a query nested deeper than ${GRAPHQL_LIMITS.maxDepth}: 400 QUERY_TOO_DEEP, and runs one at the limit`, async () => {
    const atLimit = await kit.graphql(nested(GRAPHQL_LIMITS.maxDepth));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body).toEqual({ data: { me: null } });
    const tooDeep = await kit.graphql(nested(GRAPHQL_LIMITS.maxDepth + 1));
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body).toEqual({
      errors: [{ message: expect.stringContaining('limit is 8'), locations: [{ line: 1, column: 1 }], extensions: { code: 'QUERY_TOO_DEEP', depth: 9, maxDepth: 8 } }],
    });
  });

  it('counts fragments in the depth, and not introspection', async () => {
    const viaFragment = await kit.graphql(`fragment Deep on Comment { post { comments { post { comments { post { id } } } } } } { me { posts { comments { ...Deep } } } }`);
    expect(viaFragment.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 9 });
    const introspection = await kit.graphql('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }');
    expect(introspection.status).toBe(200);
  });

  it(`refuses a document of more than ${GRAPHQL_LIMITS.maxTokens} tokens: 400 QUERY_TOO_LARGE, and takes one at the limit`, async () => {
    // 19 tokens around the list (commas are not tokens); an API key may not write: FORBIDDEN once the document runs
    const ofTokens = (n: number) => `mutation { createPost(title: "t", content: "c", tags: [${'"a", '.repeat(n - 19)}]) { id } }`;
    const atLimit = await kit.graphql(ofTokens(GRAPHQL_LIMITS.maxTokens));
    expect([atLimit.status, atLimit.body.errors?.[0]?.extensions.code]).toEqual([200, 'FORBIDDEN']);
    const huge = await kit.graphql(ofTokens(GRAPHQL_LIMITS.maxTokens + 1));
    expect(huge.status).toBe(400);
    expect(huge.body.errors).toEqual([{ message: expect.stringContaining('more than 10000 tokens'), extensions: { code: 'QUERY_TOO_LARGE', limit: 'tokens', max: 10_000 } }]);
  });

  it(`refuses a query that may cost more than ${GRAPHQL_LIMITS.maxCost}: 400 QUERY_TOO_COSTLY, variables included`, async () => {
    const query = 'query ($n: Int) { posts(first: $n) { comments(first: $n) { id } } }';
    const costly = await kit.graphql(query, { variables: { n: 100 } });
    expect(costly.status).toBe(400);
    expect(costly.body).toEqual({ errors: [{ message: expect.stringContaining('limit is 10000'), extensions: { code: 'QUERY_TOO_COSTLY', cost: 10_100, maxCost: 10_000 } }] });
    expect((await kit.graphql(query, { variables: { n: 99 } })).status).toBe(200);
  });
});
