import Fastify, { type FastifyError, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { document } from './generated/document.ts';
import { routeSchemas, type OpenApiDocument } from '../spec-schemas.ts';
import type { NewPet, PetStore } from './store.ts';

/**
 * The baseline: petstore-expanded as hand-written plain Fastify routes whose schemas come from the bundled spec, so
 * Fastify's own Ajv validates the input and fast-json-stringify serializes the output. Same data, logic, error bodies
 * (`{ code, message }`), 404 and 405 answers as the framework binding. Ajv rejects unknown properties and reports all
 * errors, as the generated validators do.
 */

const spec = document as unknown as OpenApiDocument;
const schemaOf = (path: string, method: string) => routeSchemas(spec, path, method);

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

/** Methods the spec declares per path, for the 405 answer and its Allow header. */
const ALLOW: Record<string, string> = { '/pets': 'GET, HEAD, POST', '/pets/:id': 'DELETE, GET, HEAD' };
const OTHER_METHODS: Record<string, ('PUT' | 'PATCH' | 'POST' | 'DELETE')[]> = { '/pets': ['PUT', 'PATCH', 'DELETE'], '/pets/:id': ['PUT', 'PATCH', 'POST'] };

function petRoutes(store: PetStore): FastifyPluginAsync {
  return async (app) => {
    app.setErrorHandler<FastifyError>((err, _request, reply) => {
      const status = err.validation ? 400 : (err.statusCode ?? 500);
      const message = err.validation ? validationMessage(err) : status >= 500 ? 'An unexpected error occurred' : err.message;
      return reply.code(status).send({ code: status, message });
    });
    app.setNotFoundHandler((_request, reply) => reply.code(404).send({ code: 404, message: 'No resource at this path' }));

    app.get('/pets', { schema: schemaOf('/pets', 'get') }, async (request) => {
      const query = request.query as FindPetsQuery;
      return store.list(query.tags, query.limit);
    });
    app.post('/pets', { schema: schemaOf('/pets', 'post') }, async (request) => store.add(request.body as NewPet));
    app.get('/pets/:id', { schema: schemaOf('/pets/{id}', 'get') }, async (request, reply) => {
      const { id } = request.params as { id: number };
      return store.find(id) ?? reply.code(404).send({ code: 404, message: 'pet not found' });
    });
    app.delete('/pets/:id', { schema: schemaOf('/pets/{id}', 'delete') }, async (request, reply) => {
      store.remove((request.params as { id: number }).id);
      return reply.code(204).send();
    });
    for (const [url, methods] of Object.entries(OTHER_METHODS)) {
      app.route({
        method: methods,
        url,
        handler: async (_request, reply) =>
          reply
            .code(405)
            .header('allow', ALLOW[url]!)
            .send({ code: 405, message: `This method is not allowed here; allowed: ${ALLOW[url]}` }),
      });
    }
  };
}

export async function plainPetstoreApp(store: PetStore): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, ajv: { customOptions: { removeAdditional: false, allErrors: true } } });
  await app.register(petRoutes(store), { prefix: '/api' });
  return app;
}
