import type { FastifyRequest } from 'fastify';
import { frameworkError } from './http-error.ts';
import type { RouteDefinition } from './route-definition.ts';

/**
 * Checks one security scheme of the spec. Returns the principal when the request carries a valid credential of
 * this scheme, `undefined` when it carries none of this scheme, and throws an HttpError (401) when it carries
 * one that is not valid (unknown, revoked, expired).
 */
export type Authenticator<Principal> = (request: FastifyRequest) => Promise<Principal | undefined> | Principal | undefined;

export interface Authentication<Principal> {
  /** The principal of the first scheme of the satisfied requirement; undefined when the route allows anonymous calls. */
  principal: Principal | undefined;
  /** Every principal of the satisfied requirement, by scheme name. */
  credentials: Record<string, Principal>;
}

export function assertAuthenticators(routes: readonly RouteDefinition[], authenticators: Record<string, unknown>): void {
  const missing = new Set<string>();
  for (const route of routes) {
    for (const requirement of route.security) {
      for (const scheme of Object.keys(requirement)) if (!(scheme in authenticators)) missing.add(scheme);
    }
  }
  if (missing.size > 0) throw new Error(`no authenticator for security scheme(s): ${[...missing].join(', ')}`);
}

/**
 * The message of the 401 when no requirement is satisfied, given the schemes the operation accepts: for instance to tell
 * a caller with a valid credential of another scheme that it is the wrong kind. undefined keeps the generic message.
 */
export type MissingCredentialExplainer = (request: FastifyRequest, acceptedSchemes: readonly string[]) => string | undefined;

const acceptedSchemes = (route: RouteDefinition) => [...new Set(route.security.flatMap((requirement) => Object.keys(requirement)))];

/** Security requirements are alternatives; the schemes within one requirement must all be satisfied. */
export async function authenticate<Principal>(
  route: RouteDefinition,
  request: FastifyRequest,
  authenticators: Record<string, Authenticator<Principal>>,
  explainMissing?: MissingCredentialExplainer,
): Promise<Authentication<Principal>> {
  if (route.security.length === 0) return { principal: undefined, credentials: {} };
  for (const requirement of route.security) {
    const schemes = Object.keys(requirement);
    if (schemes.length === 0) return { principal: undefined, credentials: {} };
    const credentials: Record<string, Principal> = {};
    for (const scheme of schemes) {
      const principal = await authenticators[scheme]!(request);
      if (principal === undefined) break;
      credentials[scheme] = principal;
    }
    if (Object.keys(credentials).length === schemes.length) {
      return { principal: credentials[schemes[0]!], credentials };
    }
  }
  const message = explainMissing?.(request, acceptedSchemes(route)) ?? 'Authentication is required: send a valid credential in the Authorization header';
  throw frameworkError('UNAUTHORIZED', message, undefined, {
    'www-authenticate': 'Bearer',
  });
}
