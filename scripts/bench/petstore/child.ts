import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import Fastify, { type FastifyInstance } from 'fastify';
import { processCpu } from '../cpu-time.ts';
import { petStore, seedPets } from './store.ts';
import type { ChildMessage, ParentMessage, ServerKind } from './servers.ts';

/**
 * One petstore server in a process of its own: `node --import tsx child.ts <kind> <pets>`. Reports its port and the
 * milliseconds from process start to listening, then answers RSS and CPU-time questions until the parent disconnects.
 */

async function ready(app: FastifyInstance): Promise<Server> {
  await app.ready();
  return app.server;
}

/** Each server loads only its own modules, so its start-up time is its own. */
const builders: Record<ServerKind, (pets: number) => Promise<Server>> = {
  framework: async (n) => ready(await (await import('./framework.ts')).frameworkPetstoreApp(petStore(seedPets(n)))),
  plain: async (n) => ready(await (await import('./plain.ts')).plainPetstoreApp(petStore(seedPets(n)))),
  glue: async (n) => (await import('./peers/glue.ts')).glueApp(petStore(seedPets(n))),
  express: async (n) => (await import('./peers/express.ts')).expressApp(petStore(seedPets(n))),
  'openapi-backend': async (n) => (await import('./peers/openapi-backend.ts')).openApiBackendApp(petStore(seedPets(n))),
  hello: async () => {
    const app = Fastify({ logger: false });
    app.get('/', async () => ({ hello: 'world' }));
    return ready(app);
  },
};

function send(message: ChildMessage): void {
  process.send!(message);
}

async function main(): Promise<void> {
  const [kind, pets] = process.argv.slice(2) as [ServerKind, string];
  const build = builders[kind];
  if (!build || !process.send) throw new Error(`usage (as a forked child): child.ts ${Object.keys(builders).join('|')} PETS`);
  const server = await build(Number(pets));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  send({ type: 'ready', port: (server.address() as AddressInfo).port, startupMs: performance.now() });
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'rss') send({ type: 'rss', bytes: process.memoryUsage().rss });
    if (message.type === 'cpu') send({ type: 'cpu', micros: processCpu() });
  });
  process.on('disconnect', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
