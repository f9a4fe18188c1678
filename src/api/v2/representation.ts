import type { UserDetails } from '../../domain/users/user-details.ts';
import type { User as DomainUser } from '../../domain/users/users.ts';
import type { components } from '../../../generated/v2/types.ts';

export type V2User = components['schemas']['User'];

export function toV2User(user: DomainUser, details: UserDetails = {}): V2User {
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
