import swagger, { type StaticDocumentSpec } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { typeDefs } from '../../generated/graphql/schema.ts';
import { renderGraphqlReference } from './graphql-reference.ts';
import type { SpecDocument } from './spec-documents.ts';
import { specPath } from './specs.ts';

export const DOCS_PATH = '/docs';
export const GRAPHQL_DOCS_PATH = '/docs/graphql';

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

const policyHeader = Object.entries(CONTENT_SECURITY_POLICY)
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');

export interface DocsOptions {
  specs: readonly SpecDocument[];
  /** Whether Swagger UI may send requests ("Try it out"); off in production, like GraphiQL. */
  interactive: boolean;
}

/**
 * `GET /docs`: Swagger UI over every spec, with a selector in its top bar, served from the swagger-ui-dist files
 * installed here. @fastify/swagger (static mode) is only there because @fastify/swagger-ui requires it.
 * `GET /docs/graphql`: a static reference of the GraphQL schema, rendered once at start.
 */
export async function docsPlugin(app: FastifyInstance, options: DocsOptions): Promise<void> {
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
      ...(options.interactive ? {} : { supportedSubmitMethods: [] }),
    },
  });
  const graphqlReference = renderGraphqlReference(typeDefs, { title: 'Users API: GraphQL reference', endpoint: '/graphql', restDocs: DOCS_PATH });
  app.get(GRAPHQL_DOCS_PATH, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', policyHeader).send(graphqlReference),
  );
}
