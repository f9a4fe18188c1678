import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../db/index.ts';
import { DomainError } from '../errors.ts';
import { decoyPasswordHash, verifyPassword } from '../users/passwords.ts';
import type { Role } from '../users/users.ts';

const TOKEN_MARK = 'ut_';
const TOKEN_PATTERN = /^ut_[A-Za-z0-9_-]{43}$/;
/** `lastUsedAt` is written at most this often per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface IssuedToken {
  token: string;
  tokenId: string;
  userId: string;
  expiresAt: Date;
}

/** The user a valid token acts for. */
export interface TokenHolder {
  tokenId: string;
  userId: string;
  role: Role;
}

export type TokenVerification = { ok: true; holder: TokenHolder } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export interface UserTokenOptions {
  /** How long a token lives (default 24 hours). */
  ttlMs?: number;
  now?: () => Date;
}

/** Opaque random bearer tokens for users, stored as SHA-256 hashes; they die with expiry, revocation or the user. */
export interface UserTokenService {
  issue(userId: string): Promise<IssuedToken>;
  /** The same refusal, in about the same time, for an unknown email and a wrong password. */
  login(email: string, password: string): Promise<IssuedToken>;
  verify(token: string): Promise<TokenVerification>;
  revoke(tokenId: string): Promise<void>;
}

export function createUserTokenService(prisma: PrismaClient, options: UserTokenOptions = {}): UserTokenService {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const now = options.now ?? (() => new Date());

  async function issue(userId: string): Promise<IssuedToken> {
    const token = TOKEN_MARK + randomBytes(32).toString('base64url');
    const expiresAt = new Date(now().getTime() + ttlMs);
    const row = await prisma.userToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt }, select: { id: true } });
    return { token, tokenId: row.id, userId, expiresAt };
  }

  return {
    issue,

    /**
     * Email and password to a new token. An unknown email, a deactivated user and a wrong password fail alike,
     * and take as long: a password is verified against a decoy hash when there is no user.
     */
    async login(email: string, password: string): Promise<IssuedToken> {
      const user = await prisma.user.findUnique({
        where: { emailNormalized: email.trim().toLowerCase() },
        select: { id: true, passwordHash: true, deletedAt: true },
      });
      const hash = user && user.deletedAt === null ? user.passwordHash : await decoyPasswordHash();
      const valid = await verifyPassword(hash, password);
      if (!valid || !user || user.deletedAt !== null) throw new DomainError('INVALID_CREDENTIALS', 'The email or the password is wrong');
      return issue(user.id);
    },

    async verify(token: string): Promise<TokenVerification> {
      if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: 'unknown' };
      const row = await prisma.userToken.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { id: true, userId: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { role: true, deletedAt: true } } },
      });
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.revokedAt !== null || row.user.deletedAt !== null) return { ok: false, reason: 'revoked' };
      const at = now();
      if (row.expiresAt <= at) return { ok: false, reason: 'expired' };
      if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
        await prisma.userToken.update({ where: { id: row.id }, data: { lastUsedAt: at } });
      }
      return { ok: true, holder: { tokenId: row.id, userId: row.userId, role: row.user.role } };
    },

    async revoke(tokenId: string): Promise<void> {
      await prisma.userToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: now() } });
    },
  };
}
