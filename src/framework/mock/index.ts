import type { FastifyPluginAsync } from 'fastify';
import { openApiRoutes, type HandlerContext } from '../bind.ts';
import type { ResponseCheckOptions } from '../response-check.ts';
import type { RouteDefinition, RouteModule } from '../route-definition.ts';
import { presenceAuthenticators, type MockPrincipal } from './credentials.ts';
import { documentOperations, type MockDocument } from './document.ts';
import { specErrorFormatter } from './error-format.ts';
import { parsePrefer } from './prefer.ts';
import { mockAnswer, mockHeaders } from './responses.ts';

export type { MockDocument } from './document.ts';
export { parsePrefer, type MockPreference } from './prefer.ts';

export interface MockOptions {
  /** The spec's generated route module: its validators check every request. */
  module: RouteModule;
  /** The bundled spec the module was generated from: responses, examples, schemas, security schemes. */
  document: MockDocument;
  /** Seeds the data generated for responses without examples (default 1): the same seed gives the same data. */
  seed?: number;
  responseCheck?: ResponseCheckOptions;
}

/**
 * A Fastify plugin that serves every operation of a spec from the spec alone: requests are validated as the real
 * server validates them (errors in the spec's error format), credentials are checked for presence only, and each
 * answer is the spec's example or data generated from its schema. `Prefer: code=404` and `Prefer: example=NAME`
 * pick the response. Register it with the module's base path as prefix.
 */
export function mockRoutes(options: MockOptions): FastifyPluginAsync {
  const { module, document } = options;
  const seed = options.seed ?? 1;
  const operations = new Map(documentOperations(document).map((op) => [op.operationId, op.operation]));
  const handlers = Object.fromEntries(
    module.routes.map((route) => {
      const operation = operations.get(route.operationId);
      if (operation === undefined) throw new Error(`the document has no operation ${route.operationId}`);
      const handler = (_input: unknown, context: HandlerContext<MockPrincipal>) => mockAnswer(document, operation, parsePrefer(context.request.headers.prefer), seed);
      return [route.operationId, handler];
    }),
  );
  const routes = openApiRoutes({
    module,
    handlers,
    authenticators: presenceAuthenticators(document, module.routes),
    formatError: specErrorFormatter(document, seed),
    ...(options.responseCheck ? { responseCheck: options.responseCheck } : {}),
  });
  return async (app) => {
    // every answer, errors included, carries the headers its operation declares for that status
    app.addHook('onSend', async (request, reply, payload) => {
      const route = (request.routeOptions.config as { route?: RouteDefinition } | undefined)?.route;
      const operation = route ? operations.get(route.operationId) : undefined;
      if (operation === undefined) return payload;
      for (const [name, value] of Object.entries(mockHeaders(document, operation, reply.statusCode, seed))) {
        if (!reply.hasHeader(name)) reply.header(name, value);
      }
      return payload;
    });
    await app.register(routes);
  };
}
