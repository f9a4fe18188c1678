import type { RouteDefinition } from './route-definition.ts';

/** A body may be this many times the largest compact one its schema allows: room for a client's whitespace. */
export const BODY_LIMIT_SLACK = 4;
/** Nor less than this, whatever the schema: a small body is never refused for its indentation. */
export const MIN_SCHEMA_BODY_LIMIT = 16 * 1024;

/**
 * The body limit of a route whose operations declare only bodies their schemas bound (`maxBytes`): a body larger than
 * any valid one is refused (413) before it is read, instead of being parsed and then refused. undefined (the server's
 * limit) when any media type of the route is unbounded; never more than the server's limit.
 */
export function schemaBodyLimit(routes: readonly RouteDefinition[], serverLimit: number): number | undefined {
  const media = routes.flatMap((route) => Object.values(route.body?.media ?? {}));
  if (media.length === 0 || media.some((entry) => entry.maxBytes === undefined)) return undefined;
  const largest = Math.max(...media.map((entry) => entry.maxBytes!));
  return Math.min(serverLimit, Math.max(MIN_SCHEMA_BODY_LIMIT, BODY_LIMIT_SLACK * largest));
}

/** Fastify's body limit when the server sets none. */
export const FASTIFY_DEFAULT_BODY_LIMIT = 1024 * 1024;
