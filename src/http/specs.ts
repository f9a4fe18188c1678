import type { FastifyInstance } from 'fastify';
import type { SpecDocument } from './spec-documents.ts';

export const specPath = (version: string, format: 'json' | 'yaml') => `/openapi/${version}.${format}`;

/** `GET /openapi/<version>.json` and `.yaml`: the bundled specs, serialised once. */
export function registerSpecRoutes(app: FastifyInstance, specs: readonly SpecDocument[]): void {
  for (const spec of specs) {
    const json = JSON.stringify(spec.document);
    app.get(specPath(spec.version, 'json'), (_request, reply) =>
      reply.type('application/json; charset=utf-8').send(json),
    );
    app.get(specPath(spec.version, 'yaml'), (_request, reply) =>
      reply.type('application/yaml; charset=utf-8').send(spec.yaml),
    );
  }
}
