import type { Server } from 'node:http';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import openapiGlue from 'fastify-openapi-glue';
import type { NewPet, PetStore } from '../store.ts';
import { BASE, notFound, spec } from './shared.ts';

/** fastify-openapi-glue: routes and schemas generated from the spec at start, Fastify's Ajv validates. */
export async function glueApp(store: PetStore): Promise<Server> {
  const app = Fastify({ logger: false, ajv: { customOptions: { allErrors: true } } });
  const handlers: Record<string, (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>> = {
    findPets: async (request) => {
      const query = request.query as { tags?: string[]; limit?: number };
      return store.list(query.tags, query.limit);
    },
    addPet: async (request) => store.add(request.body as NewPet),
    'find pet by id': async (request, reply) => store.find((request.params as { id: number }).id) ?? reply.code(404).send(notFound),
    deletePet: async (request, reply) => {
      store.remove((request.params as { id: number }).id);
      return reply.code(204).send();
    },
  };
  // the spec's `default` response is `{ code: integer, message }`: errors must take that shape to serialize
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode ?? 500;
    return reply.code(status).send({ code: status, message: status >= 500 ? 'An unexpected error occurred' : error.message });
  });
  await app.register(openapiGlue, {
    specification: spec(),
    prefix: BASE,
    operationResolver: (operationId: string) => handlers[operationId]!,
  });
  await app.ready();
  return app.server;
}
