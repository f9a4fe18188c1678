import swagger, { type StaticDocumentSpec } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import type { SpecDocument } from './spec-documents.ts';
import { specPath } from './specs.ts';

export const DOCS_PATH = '/docs';

/** Everything from this server; no inline script, no third-party origin (the spec validator badge is off). */
const CONTENT_SECURITY_POLICY = {
  'default-src': "'self'",
  'base-uri': "'self'",
  'connect-src': "'self'",
  'font-src': "'self' data:",
  'frame-ancestors': "'self'",
  'img-src': "'self' data:",
  'object-src': "'none'",
  'script-src': "'self'",
  'script-src-attr': "'none'",
  'style-src': "'self' 'unsafe-inline'",
};

/**
 * `GET /docs`: Swagger UI over every spec, with a selector in its top bar, served from the swagger-ui-dist files
 * installed here. @fastify/swagger (static mode) is only there because @fastify/swagger-ui requires it.
 */
export async function docsPlugin(app: FastifyInstance, options: { specs: readonly SpecDocument[] }): Promise<void> {
  const specs = options.specs;
  const primary = specs.at(-1);
  if (!primary) throw new Error('the API reference needs at least one spec');
  // Static mode only stores the document (the typings predate OpenAPI 3.1).
  const document = primary.document as StaticDocumentSpec['document'];
  await app.register(swagger, { mode: 'static', specification: { document } });
  await app.register(swaggerUi, {
    routePrefix: DOCS_PATH,
    staticCSP: CONTENT_SECURITY_POLICY,
    validatorUrl: false,
    uiConfig: {
      // The newest version first: Swagger UI opens the first one.
      urls: [...specs].reverse().map((spec) => ({ name: spec.version, url: specPath(spec.version, 'json') })),
      deepLinking: true,
    },
  });
}
