import type { FastifyRequest } from 'fastify';
import type { RouteDefinition } from '../route-definition.ts';
import type { Authenticator } from '../security.ts';
import { isObject, resolveRef, type MockDocument } from './document.ts';

/** Who the mock thinks is calling: only which scheme's credential was present. */
export interface MockPrincipal {
  scheme: string;
}

function present(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0;
}

function authorization(request: FastifyRequest, prefix: string | undefined): boolean {
  const header = request.headers.authorization;
  if (!present(header)) return false;
  if (prefix === undefined) return true;
  const [scheme, credential] = String(header).split(/\s+/, 2);
  return scheme?.toLowerCase() === prefix.toLowerCase() && present(credential);
}

/** Whether the request carries a credential where the scheme puts it (its value is never checked). */
function carries(scheme: unknown, request: FastifyRequest): boolean {
  if (!isObject(scheme)) return false;
  switch (scheme.type) {
    case 'http':
      return authorization(request, typeof scheme.scheme === 'string' ? scheme.scheme : undefined);
    case 'oauth2':
    case 'openIdConnect':
      return authorization(request, 'bearer');
    case 'apiKey': {
      const name = String(scheme.name ?? '');
      if (scheme.in === 'header') return present(request.headers[name.toLowerCase()]);
      if (scheme.in === 'query') return present((request.query as Record<string, unknown> | undefined)?.[name]);
      if (scheme.in === 'cookie') return new RegExp(`(?:^|;\\s*)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=[^;]+`).test(request.headers.cookie ?? '');
      return false;
    }
    default:
      // mutualTLS and unknown types cannot be seen in a request: treated as present
      return true;
  }
}

/** An authenticator per security scheme the routes use that accepts any credential that is present. */
export function presenceAuthenticators(document: MockDocument, routes: readonly RouteDefinition[]): Record<string, Authenticator<MockPrincipal>> {
  const names = new Set(routes.flatMap((route) => route.security.flatMap((requirement) => Object.keys(requirement))));
  const schemes = document.components?.securitySchemes ?? {};
  return Object.fromEntries(
    [...names].map((name) => {
      const scheme = resolveRef(document, schemes[name]);
      return [name, (request: FastifyRequest) => (carries(scheme, request) ? { scheme: name } : undefined)];
    }),
  );
}
