import type { RouteOptions } from 'fastify';

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
