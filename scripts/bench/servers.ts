import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { openApiRoutes } from '../../src/framework/index.ts';
import * as petstore from '../../src/framework/fixtures/petstore-expanded/generated/routes.ts';
import { petStoreHandlers, type Pet } from '../../src/framework/fixtures/petstore-expanded/handlers.ts';
import { petstoreError } from '../../src/framework/fixtures/test-app.ts';

export type { Pet };

export function seedPets(count: number): Pet[] {
  const tags = ['dog', 'cat', 'bird', 'fish'];
  return Array.from({ length: count }, (_, i) => ({ id: i + 1, name: `pet-${i + 1}`, tag: tags[i % tags.length]! }));
}

/** The fixture handlers log every request into an array; a benchmark keeps none of it. */
function discard(): unknown[] {
  const sink: unknown[] = [];
  sink.push = () => 0;
  return sink;
}

/** (a) The framework binding the generated petstore-expanded module, no auth, no response checks. */
export async function frameworkPetstoreApp(pets: Pet[]): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(
    openApiRoutes({ module: petstore, handlers: petStoreHandlers(pets, discard()), authenticators: {}, formatError: petstoreError }),
    { prefix: petstore.basePath },
  );
  return app;
}

/** Fastify hello world, for scale. */
export function helloWorldApp(): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  return app;
}

/** Listens on a random loopback port and returns the base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
