import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { graphqlCaller, type TypedDocument } from './graphql.ts';
import { retryingFetch } from './retry.ts';

type Answer = [number, unknown, Record<string, string>?];

function scripted(answers: Answer[]) {
  const seen: { url: string; auth: string | null; body: unknown }[] = [];
  const fetch = async (request: Request) => {
    seen.push({ url: request.url, auth: request.headers.get('authorization'), body: await request.json() });
    const [status, body, headers] = answers.shift() ?? [500, null];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  };
  return { fetch, seen };
}

const UserDocument = 'query User($id: ID!) { user(id: $id) { name } }' as unknown as TypedDocument<{ user: { name: string } | null }, { id: string }>;
const MeDocument = 'query Me { me { name } }' as unknown as TypedDocument<{ me: { name: string } | null }, { [key: string]: never }>;

async function failure(run: () => Promise<unknown>): Promise<ApiError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('client.graphql', () => {
  it('posts the document and variables to /graphql with the credential, and returns data', async () => {
    const { fetch, seen } = scripted([[200, { data: { user: { name: 'Ada' } } }], [200, { data: { me: null } }]]);
    const graphql = graphqlCaller({ baseUrl: 'http://api.test/', headers: { Authorization: 'Bearer ut_x' }, fetch });
    expect(await graphql(UserDocument, { id: 'u1' })).toEqual({ user: { name: 'Ada' } });
    expect(await graphql(MeDocument)).toEqual({ me: null });
    expect(seen).toEqual([
      { url: 'http://api.test/graphql', auth: 'Bearer ut_x', body: { query: String(UserDocument), variables: { id: 'u1' } } },
      { url: 'http://api.test/graphql', auth: 'Bearer ut_x', body: { query: String(MeDocument), variables: {} } },
    ]);
  });

  it('throws ApiError with extensions.code and the field, for errors with and without data', async () => {
    const { fetch } = scripted([
      [400, { errors: [{ message: 'Variable "$id" is invalid', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }] }],
      [200, { data: { user: null }, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] }],
      [200, { data: null, errors: [{ message: 'boom' }] }],
    ]);
    const graphql = graphqlCaller({ baseUrl: 'http://api.test', headers: {}, fetch });
    const invalid = await failure(() => graphql(UserDocument, { id: '' }));
    expect([invalid.status, invalid.code, invalid.message, invalid.details]).toEqual([400, 'BAD_USER_INPUT', 'Variable "$id" is invalid', [{ field: 'id', message: 'Variable "$id" is invalid' }]]);
    expect((await failure(() => graphql(UserDocument, { id: 'u2' }))).code).toBe('FORBIDDEN');
    expect((await failure(() => graphql(UserDocument, { id: 'u3' }))).code).toBe('UNKNOWN_ERROR');
  });

  it('throws ApiError for answers that are not GraphQL (a proxy error page, an empty body)', async () => {
    const { fetch } = scripted([[502, '<html>Bad gateway</html>'], [200, '']]);
    const graphql = graphqlCaller({ baseUrl: 'http://api.test', headers: {}, fetch });
    const gateway = await failure(() => graphql(MeDocument));
    expect([gateway.status, gateway.code]).toEqual([502, 'UNKNOWN_ERROR']);
    expect((await failure(() => graphql(MeDocument))).status).toBe(200);
  });

  it('retries a 429 through the retrying transport', async () => {
    const { fetch, seen } = scripted([[429, { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] }, { 'retry-after': '1' }], [200, { data: { me: { name: 'Ada' } } }]]);
    const delays: number[] = [];
    const graphql = graphqlCaller({ baseUrl: 'http://api.test', headers: {}, fetch: retryingFetch(fetch, { sleep: async (ms) => void delays.push(ms) }) });
    expect(await graphql(MeDocument)).toEqual({ me: { name: 'Ada' } });
    expect(delays).toEqual([1000]);
    expect(seen).toHaveLength(2);
  });
});
