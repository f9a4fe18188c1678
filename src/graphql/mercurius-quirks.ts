import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { parseStrictJsonText } from '../framework/index.ts';
import { RequestRefused } from './errors.ts';
import { Kind, Location } from './graphql-js.ts';

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
 * Mercurius takes a query that is not GraphQL but parses as JSON for a document AST (which no limit on the source
 * sees), and fails on anything else (`"5"` was an internal error): a `preValidation` hook that refuses what the GraphQL
 * parser did not make (it gives every node a `Location`).
 */
export async function onlyDocuments(_schema: unknown, document: unknown): Promise<void> {
  const parsed = document as { kind?: unknown; loc?: unknown } | null;
  if (parsed?.kind !== Kind.DOCUMENT || !(parsed.loc instanceof Location)) {
    throw new RequestRefused('GRAPHQL_PARSE_FAILED', 'The query is not a GraphQL document');
  }
}

/** Mercurius does not hand the operation name to its hooks: it is in the request, as GraphQL over HTTP sends it. */
export function operationNameOf(request: FastifyRequest): string | undefined {
  const parameters = (request.method === 'GET' ? request.query : request.body) as { operationName?: unknown } | null | undefined;
  return typeof parameters?.operationName === 'string' ? parameters.operationName : undefined;
}

/** The members of a GET that GraphQL over HTTP sends as JSON text in the query string. */
const JSON_QUERY_PARAMETERS = ['variables', 'extensions'] as const;

/**
 * Mercurius reads a GET's `variables` and `extensions` with JSON.parse, which takes duplicate member names, escaped lone
 * surrogates and `__proto__`: a `preValidation` hook (a callback one: no promise per request) that reads them as strictly as a JSON body (400 naming the parameter).
 */
export function strictQueryJson(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  if (request.method === 'GET') {
    const query = request.query as Record<string, unknown> | null | undefined;
    try {
      for (const name of JSON_QUERY_PARAMETERS) {
        const text = query?.[name];
        if (typeof text === 'string') parseStrictJsonText(text, { field: `query.${name}`, noun: `The query parameter ${name}` });
      }
    } catch (error) {
      done(error as Error);
      return;
    }
  }
  done();
}
