import { pathToFileURL } from 'node:url';
import type { RouteModule } from './route-definition.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What is wrong with `value` as a route module, or undefined when its exports have the shape `RouteModule` declares. */
export function routeModuleProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'it is not a module';
  if (typeof value.basePath !== 'string') return 'it exports no basePath string';
  if (typeof value.loadResponseValidators !== 'function') return 'it exports no loadResponseValidators function';
  if (!Array.isArray(value.routes)) return 'it exports no routes array';
  const index = value.routes.findIndex(
    (route: unknown) =>
      !isRecord(route) ||
      typeof route.operationId !== 'string' ||
      typeof route.method !== 'string' ||
      typeof route.path !== 'string' ||
      !Array.isArray(route.security) ||
      !isRecord(route.parameters) ||
      !isRecord(route.responses),
  );
  return index === -1 ? undefined : `its route ${index} lacks operationId, method, path, security, parameters or responses`;
}

function isRouteModule(value: unknown): value is RouteModule {
  return routeModuleProblem(value) === undefined;
}

/**
 * Imports a generated route module found at run time (a spec compiled by a tool rather than imported by name). Its
 * types were checked when it was generated; this checks the exports it is bound through.
 */
export async function loadRouteModule(file: string): Promise<RouteModule> {
  const value: unknown = await import(pathToFileURL(file).href);
  if (!isRouteModule(value)) throw new Error(`${file} is not a generated route module: ${routeModuleProblem(value)}`);
  return value;
}
