import { describe, expect, it } from 'vitest';
import { retryAfterMs, retryingFetch } from './retry.ts';

function scripted(statuses: [number, Record<string, string>?][]) {
  const seen: string[] = [];
  const fetch = async (request: Request) => {
    seen.push(await request.text());
    const [status, headers] = statuses.shift() ?? [200];
    return new Response(status === 200 ? '{}' : null, { status, headers });
  };
  return { fetch, seen };
}

describe('retryingFetch', () => {
  it('retries a 429 after Retry-After seconds, resending the same body', async () => {
    const { fetch, seen } = scripted([[429, { 'retry-after': '2' }], [200]]);
    const delays: number[] = [];
    const retrying = retryingFetch(fetch, { sleep: async (ms) => void delays.push(ms) });
    const response = await retrying(new Request('http://x/users', { method: 'POST', body: '{"a":1}' }));
    expect(response.status).toBe(200);
    expect(delays).toEqual([2000]);
    expect(seen).toEqual(['{"a":1}', '{"a":1}']);
  });

  it('backs off exponentially without Retry-After, and gives up after `retries`', async () => {
    const { fetch } = scripted([[429], [429], [429]]);
    const delays: number[] = [];
    const retrying = retryingFetch(fetch, { retries: 2, baseDelayMs: 100, sleep: async (ms) => void delays.push(ms) });
    expect((await retrying(new Request('http://x/'))).status).toBe(429);
    expect(delays).toEqual([100, 200]);
  });

  it('does not wait longer than maxDelayMs, and does not retry other statuses', async () => {
    const long = scripted([[429, { 'retry-after': '120' }], [200]]);
    expect((await retryingFetch(long.fetch, { maxDelayMs: 1000, sleep: async () => {} })(new Request('http://x/'))).status).toBe(429);
    const other = scripted([[503], [200]]);
    expect((await retryingFetch(other.fetch)(new Request('http://x/'))).status).toBe(503);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 5_000)).toBe(5000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
