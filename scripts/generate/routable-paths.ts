import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { fixedQueryOf, toFastifyPath } from '../../src/framework/method-matcher.ts';

interface RoutedOperation {
  method: string;
  path: string;
}

/** A path with its parameter names left out: two keys with the same shape are the same route. */
function shapeOf(url: string): string {
  return url.replace(/(^|[^:]):[A-Za-z_$][A-Za-z0-9_$]*(\([^)]*\))?/g, '$1:$2');
}

/**
 * Fails generation, naming both paths, when two operations would be the same route (keys differing only by a
 * `#fragment` or by parameter names, with the same method), or when a path cannot be routed at all: the bound
 * server must never fail at start. Keys differing by a fixed query (`/responses?beta=true`) are routed apart.
 */
export function assertRoutable(operations: readonly RoutedOperation[]): void {
  // Fastify's own router: what it refuses here would stop the bound server at start
  const router = FindMyWay();
  const byShape = new Map<string, string>();
  const routed = new Set<string>();
  for (const operation of operations) {
    const where = `${operation.method} ${operation.path}`;
    if (/\}\{/.test(operation.path)) {
      throw new Error(`${where}: two path parameters with nothing between them cannot be told apart`);
    }
    const { url } = toFastifyPath(operation.path);
    const fixed = new URLSearchParams(Object.entries(fixedQueryOf(operation.path)).sort()).toString();
    const key = `${operation.method} ${shapeOf(url)}${fixed ? `?${fixed}` : ''}`;
    const same = byShape.get(key);
    if (same !== undefined) {
      throw new Error(`${where} and ${operation.method} ${same} are the same route: the paths differ only by a #fragment or by parameter names`);
    }
    byShape.set(key, operation.path);
    // operations told apart by a fixed query share one route
    if (routed.has(`${operation.method} ${url}`)) continue;
    routed.add(`${operation.method} ${url}`);
    try {
      router.on(operation.method as HTTPMethod, url, () => undefined);
    } catch (error) {
      throw new Error(`${where} cannot be routed (as ${url}): ${(error as Error).message}`);
    }
  }
}
