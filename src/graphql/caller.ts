import type { FastifyRequest } from 'fastify';
import { principalOf, refusalOf, type Principal, type UserPrincipal } from '../domain/credentials/principal.ts';
import { graphqlError } from './errors.ts';

/** The caller, or why there is none. */
export type Auth = { caller: Principal } | { caller: undefined; problem: string };

const MISSING = 'Authentication required: send `Authorization: Bearer` with an API key (ak_...) or a user token (ut_...)';

/** What `resolveCredentials` made of the Authorization header (null when it did not run). */
export function authOf(credential: FastifyRequest['credential']): Auth {
  const caller = principalOf(credential);
  if (caller) return { caller };
  switch (credential?.kind) {
    case 'invalidApiKey':
    case 'invalidUserToken':
      return { caller: undefined, problem: refusalOf(credential) };
    case 'other':
      return { caller: undefined, problem: 'This credential is not an API key or a user token' };
    default:
      return { caller: undefined, problem: MISSING };
  }
}

export function requireCaller(auth: Auth): Principal {
  if (auth.caller === undefined) throw graphqlError('UNAUTHENTICATED', auth.problem);
  return auth.caller;
}

/** Writing needs a user token: the user is the author. */
export function requireUser(auth: Auth): UserPrincipal {
  const caller = requireCaller(auth);
  if (caller.kind !== 'user') throw graphqlError('FORBIDDEN', 'This operation needs a user token (ut_...), not an API key: its user is the author');
  return caller;
}
