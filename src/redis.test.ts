import { createServer, type Server, type Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRedis } from './redis.ts';

const servers: { server: Server; sockets: Set<Socket> }[] = [];
afterEach(async () => {
  for (const { server, sockets } of servers.splice(0)) {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** A TCP server that is not Redis: `answer` is what it does with each connection. */
async function impostor(answer: (socket: Socket) => void): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    answer(socket);
  });
  servers.push({ server, sockets });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** The first warning connectRedis logs for `url`, waited for (bounded). */
async function firstWarning(url: string): Promise<string> {
  const warnings: string[] = [];
  const log = { warn: (_fields: unknown, message: string) => warnings.push(message), info: () => {} } as unknown as FastifyBaseLogger;
  const redis = await connectRedis(url, log);
  try {
    for (let waited = 0; warnings.length === 0 && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    return warnings[0] ?? 'no warning';
  } finally {
    redis.disconnect();
  }
}

describe('a REDIS_URL where something other than Redis answers is named, with the cause in plain words', () => {
  it('a server that answers in another protocol', async () => {
    const port = await impostor((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    expect(await firstWarning(`redis://127.0.0.1:${port}`)).toMatch(
      new RegExp(`^Redis at 127\\.0\\.0\\.1:${port} \\(REDIS_URL\\) cannot be used: what answers there does not speak Redis's protocol: is REDIS_URL the address of a Redis server\\?; rate limits are not enforced`),
    );
  });

  it('a server that closes the connection without a word', async () => {
    const port = await impostor((socket) => socket.destroy());
    expect(await firstWarning(`redis://127.0.0.1:${port}`)).toContain(
      `Redis at 127.0.0.1:${port} (REDIS_URL) cannot be used: the connection closed before Redis answered: is REDIS_URL the address of a Redis server?; rate limits`,
    );
  });
});
