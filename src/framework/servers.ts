import type { RouteModule, ServerVariable } from './route-definition.ts';

export interface ServerTemplate {
  readonly url: string;
  readonly variables: Readonly<Record<string, ServerVariable>>;
}

/**
 * The base path of a server URL (`https://{region}.example.com/{basePath}`), its variables filled with `values`,
 * else their defaults. A value outside a variable's `enum`, or a variable the server does not declare, is an error.
 */
export function resolveBasePath(server: ServerTemplate, values: Readonly<Record<string, string>> = {}): string {
  for (const name of Object.keys(values)) {
    if (!Object.hasOwn(server.variables, name)) throw new Error(`server ${server.url} has no variable ${name}`);
  }
  const url = server.url.replace(/\{([^}]*)\}/g, (_, name: string) => {
    const variable = server.variables[name];
    const value = values[name] ?? variable?.default ?? '';
    if (variable?.enum && !variable.enum.includes(value)) {
      throw new Error(`server variable ${name} must be one of ${variable.enum.join(', ')} (got ${value})`);
    }
    return value;
  });
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? new URL(url).pathname : url.replace(/^(?!\/)/, '/');
  return path.replace(/\/+$/, '');
}

/** A module's base path with some server variables chosen at bind time (`basePathOf(v1, { basePath: 'v1beta' })`). */
export function basePathOf(module: RouteModule, values: Readonly<Record<string, string>> = {}): string {
  if (!module.server) {
    if (Object.keys(values).length > 0) throw new Error('the spec declares no server variables');
    return module.basePath;
  }
  return resolveBasePath(module.server, values);
}
