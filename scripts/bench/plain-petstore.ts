import Fastify, { type FastifyError, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Pet } from './servers.ts';

/**
 * (b) The baseline: petstore-expanded written by hand as plain Fastify routes with inline JSON schemas, so Fastify's
 * own Ajv validates the input and fast-json-stringify serializes the output. Same data, logic and error bodies
 * (`{ code, message }`) as the framework binding. Ajv is set to reject unknown properties and report all errors,
 * as the generated validators do.
 */

const newPet = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' }, tag: { type: 'string' } },
} as const;

/** Property order as the generated serializer writes it, so both servers send the same bytes. */
const pet = {
  type: 'object',
  required: ['name', 'id'],
  properties: { name: { type: 'string' }, id: { type: 'integer', format: 'int64' }, tag: { type: 'string' } },
} as const;

const error = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'integer', format: 'int32' }, message: { type: 'string' } },
} as const;

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', format: 'int64' } },
  additionalProperties: false,
} as const;

const noQuery = { type: 'object', properties: {}, additionalProperties: false } as const;

interface FindPetsQuery {
  tags?: string[];
  limit?: number;
}

const LOCATION: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

/** Ajv's errors as the framework words them: `body.name is required`, `query.limit must be integer`. */
function validationMessage(err: FastifyError): string {
  const location = LOCATION[err.validationContext ?? ''] ?? 'request';
  return (err.validation ?? [])
    .map((v) => {
      const path = [location, ...v.instancePath.split('/').slice(1)];
      const params = v.params as Record<string, unknown>;
      if (v.keyword === 'required') return `${[...path, String(params.missingProperty)].join('.')} is required`;
      if (v.keyword === 'additionalProperties') return `${[...path, String(params.additionalProperty)].join('.')} is not allowed`;
      return `${path.join('.')} ${v.message ?? `fails ${v.keyword}`}`;
    })
    .join('; ');
}

function petRoutes(pets: Pet[]): FastifyPluginAsync {
  let nextId = pets.reduce((max, p) => Math.max(max, p.id), 0) + 1;
  return async (app) => {
    app.setErrorHandler<FastifyError>((err, _request, reply) => {
      const status = err.validation ? 400 : (err.statusCode ?? 500);
      const message = err.validation ? validationMessage(err) : status >= 500 ? 'An unexpected error occurred' : err.message;
      return reply.code(status).send({ code: status, message });
    });
    app.setNotFoundHandler((request, reply) => reply.code(404).send({ code: 404, message: `No resource at ${request.method} ${request.url}` }));

    app.get(
      '/pets',
      {
        schema: {
          querystring: {
            type: 'object',
            properties: { tags: { type: 'array', items: { type: 'string' } }, limit: { type: 'integer', format: 'int32' } },
            additionalProperties: false,
          },
          response: { 200: { type: 'array', items: pet }, default: error },
        },
      },
      async (request) => {
        const query = request.query as FindPetsQuery;
        const tagged = query.tags ? pets.filter((p) => p.tag !== undefined && query.tags!.includes(p.tag)) : pets;
        return tagged.slice(0, query.limit ?? tagged.length);
      },
    );

    app.post('/pets', { schema: { querystring: noQuery, body: newPet, response: { 200: pet, default: error } } }, async (request) => {
      const created = { ...(request.body as Omit<Pet, 'id'>), id: nextId++ };
      pets.push(created);
      return created;
    });

    app.get('/pets/:id', { schema: { params: idParams, querystring: noQuery, response: { 200: pet, default: error } } }, async (request, reply) => {
      const { id } = request.params as { id: number };
      const found = pets.find((p) => p.id === id);
      return found ?? reply.code(404).send({ code: 404, message: 'pet not found' });
    });

    app.delete('/pets/:id', { schema: { params: idParams, querystring: noQuery, response: { default: error } } }, async (request, reply) => {
      const { id } = request.params as { id: number };
      const index = pets.findIndex((p) => p.id === id);
      if (index >= 0) pets.splice(index, 1);
      return reply.code(204).send();
    });
  };
}

export async function plainPetstoreApp(pets: Pet[]): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, ajv: { customOptions: { removeAdditional: false, allErrors: true } } });
  await app.register(petRoutes(pets), { prefix: '/api' });
  return app;
}
