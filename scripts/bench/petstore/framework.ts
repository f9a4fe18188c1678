import Fastify, { type FastifyInstance } from 'fastify';
import { openApiRoutes } from '../../../src/framework/index.ts';
import * as petstore from '../../../src/framework/fixtures/petstore-expanded/generated/routes.ts';
import { petStoreHandlers, type Pet } from '../../../src/framework/fixtures/petstore-expanded/handlers.ts';
import { petstoreError } from '../../../src/framework/fixtures/test-app.ts';

/** The fixture handlers log every request into an array; a benchmark keeps none of it. */
function discard(): unknown[] {
  const sink: unknown[] = [];
  sink.push = () => 0;
  return sink;
}

/** The framework binding the generated petstore-expanded module, no auth, no response checks. */
export async function frameworkPetstoreApp(pets: Pet[]): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(
    openApiRoutes({ module: petstore, handlers: petStoreHandlers(pets, discard()), authenticators: {}, formatError: petstoreError }),
    { prefix: petstore.basePath },
  );
  return app;
}
