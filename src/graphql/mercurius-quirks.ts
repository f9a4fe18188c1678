import type { RouteOptions } from 'fastify';
import { graphqlError, RequestRefused } from './errors.ts';
import { Kind } from './graphql-js.ts';

/** Where Mercurius departs from GraphQL over HTTP, and the hooks that bring it back. */

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  [keyword: string]: unknown;
}

/**
 * Mercurius declares `errors[].path` as strings in its response schema, so its serializer turns list indices into
 * strings; GraphQL paths hold strings and integers. An `onRoute` hook that fixes the schema of the GraphQL routes.
 */
export function keepNumericErrorPaths(route: RouteOptions): void {
  const success = (route.schema?.response as Record<string, JsonSchema> | undefined)?.['2xx'];
  const error = success?.properties?.errors?.items;
  if (!success || !error?.properties?.path) return;
  const fixedError = { ...error, properties: { ...error.properties, path: { type: 'array', items: { type: ['string', 'integer'] } } } };
  const fixed = { ...success, properties: { ...success.properties, errors: { ...success.properties!.errors, items: fixedError } } };
  route.schema = { ...route.schema, response: { ...(route.schema!.response as object), '2xx': fixed } };
}

/**
 * Mercurius takes a query that is not GraphQL but parses as JSON for a document AST, and fails on anything else
 * (`"5"` was an internal error): a `preValidation` hook that refuses what is not a document.
 */
export async function onlyDocuments(_schema: unknown, document: unknown): Promise<void> {
  if ((document as { kind?: unknown } | null)?.kind !== Kind.DOCUMENT) {
    throw new RequestRefused(400, graphqlError('GRAPHQL_PARSE_FAILED', 'The query is not a GraphQL document'));
  }
}
