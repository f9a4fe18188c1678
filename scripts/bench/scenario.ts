/** One HTTP request, replayed by autocannon and by the pre-flight check. */
export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query, appended to a base URL: `/api/pets?limit=20`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request replayed against every server compared. */
export interface Scenario {
  name: string;
  request: BenchRequest;
  /** The status every server must give before anything is measured. */
  expectStatus: number;
}

export const jsonBody = (value: unknown): Pick<BenchRequest, 'headers' | 'body'> => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

/** petstore-expanded: every server holds the same pets; the 404 id is never created. */
export const petstoreScenarios: readonly Scenario[] = [
  { name: 'GET /api/pets/1', request: { method: 'GET', path: '/api/pets/1' }, expectStatus: 200 },
  { name: 'GET /api/pets?limit=20', request: { method: 'GET', path: '/api/pets?limit=20' }, expectStatus: 200 },
  { name: 'POST /api/pets (invalid, 400)', request: { method: 'POST', path: '/api/pets', ...jsonBody({ tag: 'dog' }) }, expectStatus: 400 },
  { name: 'GET /api/pets/99999999 (404)', request: { method: 'GET', path: '/api/pets/99999999' }, expectStatus: 404 },
  { name: 'PUT /api/pets/1 (405)', request: { method: 'PUT', path: '/api/pets/1', ...jsonBody({ name: 'rex' }) }, expectStatus: 405 },
  // last: every valid POST adds a pet, and the lookups above scan the list
  { name: 'POST /api/pets (valid)', request: { method: 'POST', path: '/api/pets', ...jsonBody({ name: 'rex', tag: 'dog' }) }, expectStatus: 200 },
];

/** What the v1 scenarios need from the seeded database. */
export interface V1Fixture {
  apiKey: string;
  /** A seeded user, in v1 form. */
  userId: string;
}

/** The invalid create: an unknown field and a malformed email, so the 400 names two fields. */
export const INVALID_NEW_USER = { name: 'Bench User', email: 'not-an-email', isAdmin: true };

export function v1Scenarios(fixture: V1Fixture): Scenario[] {
  const headers = { authorization: `Bearer ${fixture.apiKey}` };
  const body = jsonBody(INVALID_NEW_USER);
  return [
    { name: 'GET /v1/users/{id}', request: { method: 'GET', path: `/v1/users/${fixture.userId}`, headers }, expectStatus: 200 },
    { name: 'GET /v1/users?limit=20', request: { method: 'GET', path: '/v1/users?limit=20', headers }, expectStatus: 200 },
    {
      name: 'POST /v1/users (invalid, 400)',
      request: { method: 'POST', path: '/v1/users', headers: { ...headers, ...body.headers }, body: body.body! },
      expectStatus: 400,
    },
  ];
}

/** Answers compared before measuring but not measured: the plain app should be a faithful twin beyond the three. */
export function v1Checks(fixture: V1Fixture): Scenario[] {
  const headers = { authorization: `Bearer ${fixture.apiKey}` };
  const unknownId = `user_${'0'.repeat(32)}`;
  return [
    { name: 'GET /v1/users/{id} without a key (401)', request: { method: 'GET', path: `/v1/users/${fixture.userId}` }, expectStatus: 401 },
    {
      name: 'GET /v1/users/{id} with an unknown key (401)',
      request: { method: 'GET', path: `/v1/users/${fixture.userId}`, headers: { authorization: `Bearer ak_${'x'.repeat(43)}` } },
      expectStatus: 401,
    },
    { name: 'GET /v1/users/{unknown} (404)', request: { method: 'GET', path: `/v1/users/${unknownId}`, headers }, expectStatus: 404 },
    { name: 'GET /v1/users/{malformed} (404)', request: { method: 'GET', path: '/v1/users/42', headers }, expectStatus: 404 },
    {
      name: 'GET /v1/users?limit=2&offset=3&sortBy=name&sortOrder=desc',
      request: { method: 'GET', path: '/v1/users?limit=2&offset=3&sortBy=name&sortOrder=desc', headers },
      expectStatus: 200,
    },
    { name: 'GET /v1/users?limit=500 (400)', request: { method: 'GET', path: '/v1/users?limit=500', headers }, expectStatus: 400 },
    { name: 'GET /v1/users?page=2&offset=1 (400)', request: { method: 'GET', path: '/v1/users?page=2&offset=1', headers }, expectStatus: 400 },
    { name: 'GET /v1/users?color=red (400)', request: { method: 'GET', path: '/v1/users?color=red', headers }, expectStatus: 400 },
    {
      name: 'POST /v1/users {} (400)',
      request: { method: 'POST', path: '/v1/users', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' },
      expectStatus: 400,
    },
  ];
}
