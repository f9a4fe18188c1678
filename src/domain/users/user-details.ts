import type { PrismaClient } from '../../db/index.ts';
import type { User } from './users.ts';

export type UserDetail = 'profile' | 'settings' | 'permissions';

export interface UserDetails {
  profile?: { bio: string | null; avatarUrl: string | null; location: string | null; website: string | null };
  settings?: { theme: 'light' | 'dark' | 'system'; locale: string; timezone: string; emailNotifications: boolean };
  permissions?: string[];
}

const DEFAULT_PROFILE = { bio: null, avatarUrl: null, location: null, website: null };
const DEFAULT_SETTINGS = { theme: 'system', locale: 'en', timezone: 'UTC', emailNotifications: true } as const;

/** The related data `include` asks for, read in parallel. */
export async function loadUserDetails(prisma: PrismaClient, user: User, include: readonly UserDetail[]): Promise<UserDetails> {
  const wants = new Set(include);
  const [profile, settings, permissions] = await Promise.all([
    wants.has('profile') ? prisma.userProfile.findUnique({ where: { userId: user.id }, omit: { userId: true } }) : undefined,
    wants.has('settings') ? prisma.userSettings.findUnique({ where: { userId: user.id }, omit: { userId: true } }) : undefined,
    wants.has('permissions')
      ? prisma.rolePermission.findMany({ where: { role: user.role }, select: { permission: true }, orderBy: { permission: 'asc' } })
      : undefined,
  ]);
  return {
    ...(wants.has('profile') ? { profile: profile ?? DEFAULT_PROFILE } : {}),
    ...(wants.has('settings') ? { settings: settings ?? DEFAULT_SETTINGS } : {}),
    ...(permissions ? { permissions: permissions.map((p) => p.permission) } : {}),
  };
}
