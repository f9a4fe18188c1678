import type { Role } from '../../domain/users/users.ts';
import type { HandlerContext } from '../../framework/index.ts';

/** Who calls v2: an API key, or a user through one of its tokens (acting with the user's role). */
export type V2Principal =
  | { kind: 'apiKey'; id: string; role: 'admin' | 'standard'; rateLimitPerMinute: number }
  | { kind: 'user'; id: string; role: Role; tokenId: string };

export type V2Context = HandlerContext<V2Principal>;

/** "Admin" in v2: an admin API key, or the token of a user whose role is admin. */
export function isAdmin(principal: V2Principal | undefined): boolean {
  return principal?.role === 'admin';
}
