import { resolveBasePath, type ServerTemplate } from '../../src/framework/servers.ts';
import type { OpenApiDocument } from './openapi-types.ts';

interface RawVariable {
  default?: unknown;
  enum?: unknown[];
}

/** The first server's URL and variables (defaults and enums as text); `/` when the spec names no server. */
export function serverTemplate(document: OpenApiDocument): ServerTemplate {
  const server = (document.servers?.[0] ?? { url: '/' }) as { url: string; variables?: Record<string, RawVariable> };
  const variables = Object.fromEntries(
    Object.entries(server.variables ?? {}).map(([name, variable]) => [
      name,
      {
        default: String(variable.default ?? ''),
        ...(Array.isArray(variable.enum) ? { enum: variable.enum.map(String) } : {}),
      },
    ]),
  );
  return { url: server.url, variables };
}

/** The base path the routes are served under: the first server's path, its variables at their defaults. */
export function basePathOf(document: OpenApiDocument): string {
  const template = serverTemplate(document);
  try {
    return resolveBasePath(template);
  } catch (error) {
    throw new Error(`servers[0] ${template.url}: ${(error as Error).message}`);
  }
}
