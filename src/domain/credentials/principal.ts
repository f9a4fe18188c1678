import type { Viewer } from '../posts/model.ts';
import type { Role, Visibility } from '../users/users.ts';
import type { ApiKeyRole, ApiKeySummary } from './api-keys.ts';
import type { TokenHolder } from './user-tokens.ts';

/** What a request's credential turned out to be once verified; every API resolves it the same way. */
export type PresentedCredential =
  | { kind: 'none' }
  | { kind: 'apiKey'; key: ApiKeySummary }
  | { kind: 'invalidApiKey'; reason: 'unknown' | 'revoked' }
  | { kind: 'userToken'; holder: TokenHolder }
  | { kind: 'invalidUserToken'; reason: 'unknown' | 'expired' | 'revoked' }
  /** Something else: another scheme, or a kind of token this API does not take. */
  | { kind: 'other'; token: string | undefined };

/** Who calls: an API key, or a user through one of its tokens (acting with the user's role). */
export type Principal = ApiKeyPrincipal | UserPrincipal;
export interface ApiKeyPrincipal {
  kind: 'apiKey';
  id: string;
  role: ApiKeyRole;
  rateLimitPerMinute: number;
}
export interface UserPrincipal {
  kind: 'user';
  id: string;
  role: Role;
  tokenId: string;
}

export const apiKeyPrincipal = ({ id, role, rateLimitPerMinute }: ApiKeySummary): ApiKeyPrincipal => ({ kind: 'apiKey', id, role, rateLimitPerMinute });

export const userPrincipal = ({ userId, role, tokenId }: TokenHolder): UserPrincipal => ({ kind: 'user', id: userId, role, tokenId });

/** The principal behind a valid credential; undefined for none or an invalid one. */
export function principalOf(credential: PresentedCredential | null | undefined): Principal | undefined {
  if (credential?.kind === 'apiKey') return apiKeyPrincipal(credential.key);
  if (credential?.kind === 'userToken') return userPrincipal(credential.holder);
  return undefined;
}

export type RefusedCredential = Extract<PresentedCredential, { kind: 'invalidApiKey' | 'invalidUserToken' }>;

/** Why a presented API key or user token was refused, in the words every API uses. */
export function refusalOf(credential: RefusedCredential): string {
  if (credential.kind === 'invalidApiKey') return credential.reason === 'revoked' ? 'This API key has been revoked' : 'This API key is not valid';
  return `This user token is ${credential.reason === 'unknown' ? 'not valid' : credential.reason}`;
}

/** "Admin": an admin API key, or the token of a user whose role is admin. */
export const isAdmin = (principal: Principal | undefined): boolean => principal?.role === 'admin';

/** The principal is the user `userId` itself, through one of its tokens. */
export const isSelf = (principal: Principal | undefined, userId: string): boolean => principal?.kind === 'user' && principal.id === userId;

/** Soft-deleted users exist for admins only. */
export const visibilityFor = (principal: Principal | undefined): Visibility => ({ includeDeleted: isAdmin(principal) });

/** For views that never show soft-deleted users, whoever asks (version 1). */
export const ACTIVE_USERS_ONLY: Visibility = { includeDeleted: false };

/** A user token reaches only its own user (others do not exist for it); API keys and admins reach everyone. */
export const mayReach = (principal: Principal | undefined, userId: string): boolean =>
  principal?.kind !== 'user' || isSelf(principal, userId) || isAdmin(principal);

/** A user is changed by itself or an admin; its role by an admin only. */
export const mayChange = (principal: Principal | undefined, userId: string): boolean => isAdmin(principal) || isSelf(principal, userId);

/** Roles are granted by admins only. */
export const mayGrantRoles = isAdmin;

/** Listing every user: API keys and admins. */
export const mayListUsers = (principal: Principal | undefined): boolean => principal?.kind === 'apiKey' || isAdmin(principal);

/** An account is never deleted through its own token. */
export const mayDelete = (principal: Principal | undefined, userId: string): boolean => !isSelf(principal, userId);

/** How posts and comments are read on the principal's behalf. */
export const viewerOf = (principal: Principal): Viewer => ({ userId: principal.kind === 'user' ? principal.id : undefined, admin: isAdmin(principal) });
