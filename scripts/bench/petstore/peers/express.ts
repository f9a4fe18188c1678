import { createServer, type Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { NewPet, PetStore } from '../store.ts';
import { BASE, notFound, spec } from './shared.ts';

/** Express 5 with express-openapi-validator (request validation; routes written by hand, as it expects). */
export async function expressApp(store: PetStore): Promise<Server> {
  const app = express();
  app.use(express.json());
  app.use(
    OpenApiValidator.middleware({
      apiSpec: spec() as unknown as Parameters<typeof OpenApiValidator.middleware>[0]['apiSpec'],
      validateRequests: { allErrors: true },
      validateResponses: false,
    }),
  );
  app.get(`${BASE}/pets`, (req, res) => {
    const query = req.query as { tags?: string[]; limit?: number };
    res.json(store.list(query.tags, query.limit === undefined ? undefined : Number(query.limit)));
  });
  app.post(`${BASE}/pets`, (req, res) => {
    res.json(store.add(req.body as NewPet));
  });
  app.get(`${BASE}/pets/:id`, (req, res) => {
    const pet = store.find(Number(req.params.id));
    if (pet) res.json(pet);
    else res.status(404).json(notFound);
  });
  app.delete(`${BASE}/pets/:id`, (req, res) => {
    store.remove(Number(req.params.id));
    res.status(204).end();
  });
  app.use((error: { status?: number; message?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? 500;
    res.status(status).json({ code: status, message: status >= 500 ? 'An unexpected error occurred' : (error.message ?? 'error') });
  });
  return createServer(app);
}
