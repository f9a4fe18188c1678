/** One HTTP request, replayed by autocannon and by the pre-flight check. */
export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query, appended to a base URL: `/api/pets?limit=20`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * The same request against two servers: `framework` binds a generated route module, `plain` is a hand-written
 * Fastify app with the same data and logic. A scenario for the Users API is one more entry with its own URLs.
 */
export interface Scenario {
  name: string;
  request: BenchRequest;
  /** The status both servers must give before anything is measured. */
  expectStatus: number;
  baseUrls: { framework: string; plain: string };
}

export const jsonBody = (value: unknown): Pick<BenchRequest, 'headers' | 'body'> => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

export function petstoreScenarios(baseUrls: Scenario['baseUrls']): Scenario[] {
  return [
    { name: 'GET /api/pets/1', request: { method: 'GET', path: '/api/pets/1' }, expectStatus: 200, baseUrls },
    { name: 'GET /api/pets?limit=20', request: { method: 'GET', path: '/api/pets?limit=20' }, expectStatus: 200, baseUrls },
    {
      name: 'POST /api/pets (invalid, 400)',
      request: { method: 'POST', path: '/api/pets', ...jsonBody({ tag: 'dog' }) },
      expectStatus: 400,
      baseUrls,
    },
  ];
}
