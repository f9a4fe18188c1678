import type { User as DomainUser } from '../../domain/users/users.ts';
import type { components } from '../../../generated/v1/types.ts';

export type V1User = components['schemas']['User'];

const V1_ID = /^user_([0-9a-f]{32})$/;

/** `user_` + the UUID's 32 hex digits. */
export function toV1Id(uuid: string): string {
  return `user_${uuid.replace(/-/g, '').toLowerCase()}`;
}

/** The UUID behind a v1 id, or undefined for anything malformed (which v1 answers with 404). */
export function fromV1Id(id: string): string | undefined {
  const hex = V1_ID.exec(id)?.[1];
  return hex && `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function toV1User(user: DomainUser): V1User {
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
