import type { components as V1 } from '../../generated/v1/types.ts';
import type { components as V2 } from '../../generated/v2/types.ts';
import type { UserDetails } from '../domain/users/user-details.ts';
import type { User } from '../domain/users/users.ts';

/** A user as each API version shows it: REST responses and webhook payloads alike. */
export type V1User = V1['schemas']['User'];
export type V2User = V2['schemas']['User'];

const V1_ID = /^user_([0-9a-f]{32})$/;

/** `user_` + the UUID's 32 lower-case hex digits: the same user in version 1. */
export function toV1Id(uuid: string): string {
  return `user_${uuid.replace(/-/g, '').toLowerCase()}`;
}

/** The UUID behind a v1 id, or undefined for anything malformed. */
export function fromV1Id(id: string): string | undefined {
  const hex = V1_ID.exec(id)?.[1];
  return hex && `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function toV1User(user: User): V1User {
  return {
    id: toV1Id(user.id),
    name: user.name,
    username: user.username,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

export function toV2User(user: User, details: UserDetails = {}): V2User {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.deletedAt === null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    ...details,
  };
}
