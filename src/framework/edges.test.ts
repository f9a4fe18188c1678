import fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { EdgeErrors } from './edges.ts';
import { problemDetails } from './errors.ts';

describe('a request that arrives while the server closes', () => {
  it('is refused with 503 and Retry-After in the path\'s error format, with the protective headers (not Fastify\'s default body)', async () => {
    const edges = new EdgeErrors({ fallback: problemDetails, headers: { 'x-content-type-options': 'nosniff' } });
    const app = fastify({ logger: false, ...edges.serverOptions() });
    edges.register(app);
    app.get('/things', async () => ({ ok: true }));
    let answer: { status: number; headers: Headers; body: string } | undefined;
    // preClose hooks run once closing has begun, while the server still takes connections
    app.addHook('preClose', async () => {
      const response = await fetch(`http://127.0.0.1:${(app.server.address() as { port: number }).port}/things`, { headers: { connection: 'close' } });
      answer = { status: response.status, headers: response.headers, body: await response.text() };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    expect((await app.inject({ method: 'GET', url: '/things' })).statusCode).toBe(200);
    await app.close();
    expect(answer?.status).toBe(503);
    expect(answer?.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(answer?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer?.headers.get('retry-after')).toBe('1');
    expect(JSON.parse(answer?.body ?? '{}')).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });
});
