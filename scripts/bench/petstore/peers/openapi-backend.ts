import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { OpenAPIBackend, type Context } from 'openapi-backend';
import type { NewPet, PetStore } from '../store.ts';
import { BASE, notFound, spec } from './shared.ts';

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

function sendJson(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** openapi-backend behind node:http (framework-agnostic: routing and Ajv validation by the backend, coercion on). */
export async function openApiBackendApp(store: PetStore): Promise<Server> {
  type Handler = (c: Context, res: ServerResponse) => void;
  const handlers: Record<string, Handler> = {
    findPets: (c, res) => {
      const query = c.request.query as { tags?: string | string[]; limit?: number };
      const tags = query.tags === undefined ? undefined : [query.tags].flat();
      sendJson(res, 200, store.list(tags, query.limit));
    },
    addPet: (c, res) => sendJson(res, 200, store.add(c.request.requestBody as NewPet)),
    'find pet by id': (c, res) => {
      const pet = store.find(Number(c.request.params.id));
      sendJson(res, pet ? 200 : 404, pet ?? notFound);
    },
    deletePet: (c, res) => {
      store.remove(Number(c.request.params.id));
      sendJson(res, 204);
    },
    validationFail: (c, res) => sendJson(res, 400, { code: 400, message: (c.validation.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ') }),
    notFound: (_c, res) => sendJson(res, 404, { code: 404, message: 'not found' }),
    methodNotAllowed: (_c, res) => sendJson(res, 405, { code: 405, message: 'method not allowed' }),
  };
  const api = new OpenAPIBackend({ definition: spec() as never, apiRoot: BASE, coerceTypes: true, handlers });
  await api.init();
  return createServer((req, res) => {
    readBody(req)
      .then((text) => {
        const [path, query] = (req.url ?? '/').split('?') as [string, string | undefined];
        const body: unknown = text.length > 0 && (req.headers['content-type'] ?? '').startsWith('application/json') ? JSON.parse(text) : undefined;
        return api.handleRequest({ method: req.method ?? 'GET', path, query: query ?? '', headers: req.headers as Record<string, string>, body }, res);
      })
      .catch(() => sendJson(res, 400, { code: 400, message: 'malformed request' }));
  });
}
