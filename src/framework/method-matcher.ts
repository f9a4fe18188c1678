import type { RouteDefinition } from './route-definition.ts';

/** The path part of a spec's path key: a `?query` or `#fragment` in a key tells apart keys that share a path. */
export function pathOfKey(key: string): string {
  const end = key.search(/[?#]/);
  return end < 0 ? key : key.slice(0, end);
}

/** The query a path key fixes (`/responses?beta=true`): the operation is the one for requests carrying it. */
export function fixedQueryOf(key: string): Readonly<Record<string, string>> {
  const start = key.indexOf('?');
  if (start < 0) return {};
  const hash = key.indexOf('#', start);
  return Object.fromEntries(new URLSearchParams(key.slice(start + 1, hash < 0 ? undefined : hash)));
}

/**
 * Which methods the spec declares for a concrete path, as the `Allow` header of a 405 (`DELETE, GET, HEAD`), or
 * undefined when no path matches. Worked out per path at start: a request tests one pattern per path.
 */
export function createMethodMatcher(routes: readonly RouteDefinition[]): (path: string) => string | undefined {
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of routes) {
    const path = pathOfKey(route.path);
    const methods = methodsByPath.get(path) ?? new Set<string>();
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
    methodsByPath.set(path, methods);
  }
  const patterns = [...methodsByPath].map(([path, methods]) => ({
    regex: new RegExp(
      `^${path
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}/?$`,
    ),
    methods: [...methods],
    allow: [...methods].sort().join(', '),
  }));
  return (path) => {
    const matching = patterns.filter((p) => p.regex.test(path));
    if (matching.length <= 1) return matching[0]?.allow;
    // paths whose templates overlap (`/a/{x}` and `/a/b`): the union of their methods
    return [...new Set(matching.flatMap((p) => p.methods))].sort().join(', ');
  };
}

export interface FastifyPath {
  url: string;
  /** Fastify's parameter name to the spec's, for names Fastify's router cannot spell; empty for most paths. */
  renamed: Record<string, string>;
}

const ROUTER_SAFE_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A spec path in Fastify's router syntax: `{id}` is `:id`, a literal `:` is `::`, a parameter followed by a literal
 * `:` (`{name}:cancel`) matches lazily up to it, and names the router cannot spell (`{user-id}`) are renamed.
 */
export function toFastifyPath(key: string): FastifyPath {
  const renamed: Record<string, string> = {};
  const path = pathOfKey(key);
  let url = '';
  let last = 0;
  let index = 0;
  for (const match of path.matchAll(/\{([^}]+)\}/g)) {
    url += path.slice(last, match.index).replace(/:/g, '::');
    const name = match[1]!;
    const routerName = ROUTER_SAFE_NAME.test(name) ? name : `p${index}_`;
    if (routerName !== name) renamed[routerName] = name;
    last = match.index + match[0].length;
    url += path[last] === ':' ? `:${routerName}(^[^/]+?)` : `:${routerName}`;
    index += 1;
  }
  url += path.slice(last).replace(/:/g, '::');
  return { url, renamed };
}

/** The spec's names for parameters Fastify's router held under other names, in place. */
export function renameParameters(params: Record<string, unknown>, renamed: Readonly<Record<string, string>>): void {
  for (const [routerName, name] of Object.entries(renamed)) {
    params[name] = params[routerName];
    delete params[routerName];
  }
}
