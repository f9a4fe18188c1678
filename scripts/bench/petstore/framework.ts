import Fastify, { type FastifyInstance } from 'fastify';
import { openApiRoutes, type HandlerContext, type HttpError } from '../../../src/framework/index.ts';
import type { Handlers } from './generated/handlers.ts';
import * as petstore from './generated/routes.ts';
import type { PetStore } from './store.ts';

/** The petstore specs' error body is `{ code: <int>, message }`: field errors go into the message. */
const petstoreError = (error: HttpError) => ({
  contentType: 'application/json',
  body: {
    code: error.status,
    message: error.details ? error.details.map((d) => `${d.field} ${d.message}`).join('; ') : error.message,
  },
});

/** The same store as every other server under test, behind the generated `Handlers`. */
function petStoreHandlers(store: PetStore): Handlers<HandlerContext<never>> {
  return {
    findPets: ({ query }) => ({ status: 200, body: store.list(query.tags, query.limit) }),
    addPet: ({ body }) => ({ status: 200, body: store.add(body) }),
    'find pet by id': ({ params }) => {
      const pet = store.find(params.id);
      return pet ? { status: 200, body: pet } : { status: 404, body: { code: 404, message: 'pet not found' } };
    },
    deletePet: ({ params }) => {
      store.remove(params.id);
      return { status: 204 };
    },
  };
}

/** The framework binding the generated petstore-expanded module, no auth, no response checks. */
export async function frameworkPetstoreApp(store: PetStore): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(openApiRoutes({ module: petstore, handlers: petStoreHandlers(store), authenticators: {}, formatError: petstoreError }), {
    prefix: petstore.basePath,
  });
  return app;
}
