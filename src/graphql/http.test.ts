import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPost } from './testing/fixtures.ts';
import { createGraphqlTestKit, type GraphqlBody, type GraphqlTestKit } from './testing/kit.ts';

let kit: GraphqlTestKit;
beforeAll(async () => {
  kit = await createGraphqlTestKit();
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.dataViolations).toEqual([]);
});

const post = (payload: string | object, headers: Record<string, string> = {}) =>
  kit.app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${kit.adminKey}`, 'content-type': 'application/json', ...headers }, payload });

describe('POST and GET /graphql', () => {
  it('answers queries over GET, and refuses mutations there: 405 METHOD_NOT_ALLOWED', async () => {
    const user = await kit.createUser();
    const got = await kit.graphql(`query ($id: ID!) { user(id: $id) { id } }`, { method: 'GET', variables: { id: user.id } });
    expect(got).toMatchObject({ status: 200, body: { data: { user: { id: user.id } } } });
    const mutation = await kit.graphql('mutation { createPost(title: "x", content: "x") { id } }', { method: 'GET', auth: user.token });
    expect(mutation).toMatchObject({ status: 405, body: { errors: [{ extensions: { code: 'METHOD_NOT_ALLOWED' } }] } });
    expect(mutation.response.headers.allow).toBe('POST');
    expect(await kit.db.prisma.post.count({ where: { authorId: user.id } })).toBe(0);
  });

  it('refuses batched operations (a JSON array): 400 BAD_REQUEST', async () => {
    const response = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.statusCode).toBe(400);
    expect((response.json() as GraphqlBody).errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('tells parse, validation, variable and JSON problems apart, all 400', async () => {
    const cases: Array<[string | object, string]> = [
      [{ query: '{ me { id ' }, 'GRAPHQL_PARSE_FAILED'],
      [{ query: '5' }, 'GRAPHQL_PARSE_FAILED'],
      [{ query: '{"kind": "nope"}' }, 'GRAPHQL_PARSE_FAILED'],
      [{}, 'BAD_REQUEST'],
      [{ query: '{ me { nope } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [{ query: 'query ($n: Int) { posts(first: $n) { id } }', variables: { n: 'many' } }, 'BAD_USER_INPUT'],
      ['{"query": ', 'BAD_REQUEST'],
    ];
    for (const [payload, code] of cases) {
      const response = await post(payload);
      expect([response.statusCode, (response.json() as GraphqlBody).errors?.[0]?.extensions.code], JSON.stringify(payload)).toEqual([400, code]);
    }
    const text = await post('<query/>', { 'content-type': 'application/xml' });
    expect([text.statusCode, (text.json() as GraphqlBody).errors?.[0]?.extensions.code]).toEqual([415, 'BAD_REQUEST']);
  });

  it.each([
    ['a duplicate member name', 'variables', '{"id":"a","id":"b"}'],
    ['an escaped lone surrogate', 'variables', '{"id":"\\ud800"}'],
    ['a __proto__ member', 'variables', '{"__proto__":{"id":"a"}}'],
    ['not JSON', 'variables', '{"id":'],
    ['a duplicate member name', 'extensions', '{"a":1,"a":2}'],
  ])('reads the JSON of a GET as strictly as a JSON body: %s in %s is 400 BAD_REQUEST', async (_problem, parameter, json) => {
    const url = `/graphql?${new URLSearchParams({ query: 'query ($id: ID) { user(id: $id) { id } }', [parameter]: json })}`;
    const response = await kit.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${kit.adminKey}` } });
    const body = response.json() as GraphqlBody;
    expect([response.statusCode, body.errors?.[0]?.extensions.code, body.errors?.[0]?.message]).toEqual([400, 'BAD_REQUEST', expect.stringMatching(`^The query parameter ${parameter} `)]);
    expect('data' in body).toBe(false);
  });

  it('masks internal errors: INTERNAL_SERVER_ERROR, nothing of the cause', async () => {
    const spy = vi.spyOn(kit.db.prisma, '$queryRaw').mockRejectedValueOnce(new Error('connection to 10.0.0.7 refused: secret'));
    try {
      const { status, body } = await kit.graphql('{ posts { id } }');
      expect(status).toBe(200);
      expect(body).toEqual({ data: null, errors: [{ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['posts'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps list indices in error paths as numbers', async () => {
    const [author, reader] = [await kit.createUser(), await kit.createUser()];
    await createPost(kit, author);
    const { body } = await kit.graphql('{ posts(first: 1) { author { email } } }', { auth: reader.token });
    expect(body.errors?.[0]).toMatchObject({ path: ['posts', 0, 'author', 'email'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe('development and production', () => {
  it('serves GraphiQL and answers introspection outside production', async () => {
    expect((await kit.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(200);
    const { status, body } = await kit.graphql('{ __schema { queryType { name } } }');
    expect([status, body]).toEqual([200, { data: { __schema: { queryType: { name: 'Query' } } } }]);
  });

  it('turns both off in production', async () => {
    const production = await createGraphqlTestKit({ nodeEnv: 'production' });
    try {
      expect((await production.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
      const { status, body } = await production.graphql('{ __schema { queryType { name } } }');
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toMatch(/^Introspection is off in production \(NODE_ENV=production\).*\/docs\/graphql$/);
      expect((await production.graphql('{ __type(name: "User") { name } }')).status).toBe(400);
      expect((await production.graphql('{ me { id } }')).status).toBe(200);
    } finally {
      await production.close();
    }
  });
});
