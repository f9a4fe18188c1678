import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../domain/posts/index.ts';
import type { Role, Visibility } from '../domain/users/users.ts';
import { graphqlError } from './errors.ts';

/** Who calls: an API key, or a user through one of its tokens (acting with the user's role). */
export type Caller = { kind: 'apiKey'; id: string; admin: boolean } | { kind: 'user'; id: string; role: Role; admin: boolean };

/** The caller, or why there is none. */
export type Auth = { caller: Caller } | { caller: undefined; problem: string };

const MISSING = 'Authentication required: send `Authorization: Bearer` with an API key (ak_...) or a user token (ut_...)';

/** What `resolveCredentials` made of the Authorization header (null when it did not run). */
export function authOf(credential: FastifyRequest['credential']): Auth {
  switch (credential?.kind) {
    case 'apiKey':
      return { caller: { kind: 'apiKey', id: credential.key.id, admin: credential.key.role === 'admin' } };
    case 'userToken': {
      const { userId, role } = credential.holder;
      return { caller: { kind: 'user', id: userId, role, admin: role === 'admin' } };
    }
    case 'invalidApiKey':
      return { caller: undefined, problem: credential.reason === 'revoked' ? 'This API key has been revoked' : 'This API key is not valid' };
    case 'invalidUserToken':
      return { caller: undefined, problem: `This user token is ${credential.reason === 'unknown' ? 'not valid' : credential.reason}` };
    case 'other':
      return { caller: undefined, problem: 'This credential is not an API key or a user token' };
    default:
      return { caller: undefined, problem: MISSING };
  }
}

export function requireCaller(auth: Auth): Caller {
  if (auth.caller === undefined) throw graphqlError('UNAUTHENTICATED', auth.problem);
  return auth.caller;
}

/** Writing needs a user token: the user is the author. */
export function requireUser(auth: Auth): Extract<Caller, { kind: 'user' }> {
  const caller = requireCaller(auth);
  if (caller.kind !== 'user') throw graphqlError('FORBIDDEN', 'This operation needs a user token (ut_...), not an API key: its user is the author');
  return caller;
}

export const viewerOf = (caller: Caller): Viewer => ({ userId: caller.kind === 'user' ? caller.id : undefined, admin: caller.admin });

/** Soft-deleted users exist for admins only. */
export const visibilityOf = (caller: Caller): Visibility => ({ includeDeleted: caller.admin });
