import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '../../db/index.ts';
import { DomainError } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { createVerifiedKeyCache, MAX_VERIFIED_KEY_TTL_MS } from './verified-key-cache.ts';
import { characters } from '../text-length.ts';

export const API_KEY_ROLES = ['admin', 'standard'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

const KEY_MARK = 'ak_';
/** 32 random bytes: 43 base64url characters after the mark. */
const RANDOM_BYTES = 32;
/** `ak_` and 9 more characters: enough to tell keys apart, far too little to guess the rest. */
const PREFIX_LENGTH = 12;
const KEY_PATTERN = /^ak_[A-Za-z0-9_-]{32,200}$/;
/** `lastUsedAt` is written at most this often per key, so verifying is a read on the hot path. */
const LAST_USED_RESOLUTION_MS = 60_000;
/** Serialises start-up key work between instances sharing one PostgreSQL database. */
const KEY_SETUP_LOCK = 0x61_6b_5f_31;
const MAX_NAME_LENGTH = 100;
const MAX_RATE_LIMIT = 1_000_000;

export const INITIAL_ADMIN_KEY_NAME = 'initial admin key';
export const ENV_ADMIN_KEY_NAME = 'ADMIN_API_KEY';

/** What may be shown about a key: never the key nor its hash. */
export interface ApiKeySummary {
  id: string;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  rateLimitPerMinute: number;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

export interface NewApiKey {
  name: string;
  role: ApiKeyRole;
  /** Defaults to the service's configured limit. */
  rateLimitPerMinute?: number | undefined;
}

export interface CreatedApiKey {
  /** The key itself: shown once, stored only as a hash. */
  key: string;
  record: ApiKeySummary;
}

export type ApiKeyRotation =
  | { outcome: 'rotated'; created: CreatedApiKey }
  | { outcome: 'revoked' }
  | { outcome: 'unknown' };

export interface ApiKeyPage {
  apiKeys: ApiKeySummary[];
  /** Every key, revoked ones included. */
  total: number;
}

export type ApiKeyVerification =
  | { ok: true; key: ApiKeySummary }
  | { ok: false; reason: 'unknown' | 'revoked' };

export type EnsureAdminKeyOutcome =
  /** The key did not exist and was added. */
  | 'created'
  /** The key existed as an active admin key. */
  | 'unchanged'
  /** The key existed but was revoked or not admin; it is an active admin key again. */
  | 'restored';

export class InvalidApiKeyInputError extends DomainError {
  constructor(message: string, field?: 'name' | 'role' | 'rateLimitPerMinute') {
    super('INVALID_INPUT', message, field ? [field] : []);
    this.name = 'InvalidApiKeyInputError';
  }
}

const summaryFields = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  rateLimitPerMinute: true,
  revokedAt: true,
  lastUsedAt: true,
  createdAt: true,
} as const;

export function isApiKeyFormat(candidate: string): boolean {
  return KEY_PATTERN.test(candidate);
}

export function generateApiKey(): string {
  return KEY_MARK + randomBytes(RANDOM_BYTES).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

function sameHash(hexA: string, hexB: string): boolean {
  const a = Buffer.from(hexA, 'hex');
  const b = Buffer.from(hexB, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Compared against when no key has the presented prefix, so both outcomes cost the same. */
const NO_MATCH_HASH = hashApiKey(`${KEY_MARK}no-such-key`);

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || characters(trimmed) > MAX_NAME_LENGTH) {
    throw new InvalidApiKeyInputError(`An API key name must have 1 to ${MAX_NAME_LENGTH} characters`, 'name');
  }
  return trimmed;
}

function checkedRateLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RATE_LIMIT) {
    throw new InvalidApiKeyInputError(`A rate limit must be an integer from 1 to ${MAX_RATE_LIMIT} requests per minute`, 'rateLimitPerMinute');
  }
  return limit;
}

function checkedRole(role: string): ApiKeyRole {
  if (!(API_KEY_ROLES as readonly string[]).includes(role)) {
    throw new InvalidApiKeyInputError(`An API key role must be one of ${API_KEY_ROLES.join(', ')}`, 'role');
  }
  return role as ApiKeyRole;
}

export interface ApiKeyServiceOptions {
  defaultRateLimitPerMinute: number;
  now?: () => Date;
  /**
   * How long a verified key is trusted without asking the database again (0 to 1000 ms; default 1000): a revocation
   * elsewhere takes effect here within this time, one through this service at once.
   */
  verifiedKeyTtlMs?: number;
}

/** API keys: created, listed, revoked, rotated and verified; the key itself is shown once and stored as a hash. */
export interface ApiKeyService {
  createApiKey(input: NewApiKey): Promise<CreatedApiKey>;
  listApiKeys(): Promise<ApiKeySummary[]>;
  listApiKeyPage(page: { page: number; limit: number }): Promise<ApiKeyPage>;
  getApiKey(id: string): Promise<ApiKeySummary | undefined>;
  revokeApiKey(id: string): Promise<ApiKeySummary | undefined>;
  rotateApiKey(id: string): Promise<ApiKeyRotation>;
  verifyApiKey(presented: string): Promise<ApiKeyVerification>;
  ensureAdminKey(adminKey: string): Promise<{ outcome: EnsureAdminKeyOutcome; record: ApiKeySummary }>;
  createInitialAdminKeyIfEmpty(): Promise<CreatedApiKey | undefined>;
}

export function createApiKeyService(prisma: PrismaClient, options: ApiKeyServiceOptions): ApiKeyService {
  const now = options.now ?? (() => new Date());
  const defaultRateLimit = checkedRateLimit(options.defaultRateLimitPerMinute);
  const verified = createVerifiedKeyCache<ApiKeySummary>(options.verifiedKeyTtlMs ?? MAX_VERIFIED_KEY_TTL_MS, () => now().getTime());
  /** When this service last wrote each key's lastUsedAt: concurrent first uses write once. */
  const lastUsedWritten = new Map<string, number>();

  type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

  async function insert(store: Transaction | PrismaClient, key: string, input: NewApiKey): Promise<ApiKeySummary> {
    return store.apiKey.create({
      data: {
        name: checkedName(input.name),
        role: checkedRole(input.role),
        rateLimitPerMinute: checkedRateLimit(input.rateLimitPerMinute ?? defaultRateLimit),
        prefix: apiKeyPrefix(key),
        keyHash: hashApiKey(key),
      },
      select: summaryFields,
    });
  }

  /** Stores a fresh key with `store`; a key whose random prefix is taken (about 1 in 2^54 per key) is simply drawn again. */
  async function withFreshKey<T>(store: (key: string) => Promise<T>): Promise<{ key: string; stored: T }> {
    for (let attempt = 1; ; attempt++) {
      const key = generateApiKey();
      try {
        return { key, stored: await store(key) };
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  async function createWith(store: Transaction | PrismaClient, input: NewApiKey): Promise<CreatedApiKey> {
    const { key, stored } = await withFreshKey((candidate) => insert(store, candidate, input));
    return { key, record: stored };
  }

  const findSummary = async (id: string): Promise<ApiKeySummary | undefined> =>
    isUuid(id) ? ((await prisma.apiKey.findUnique({ where: { id }, select: summaryFields })) ?? undefined) : undefined;

  function withKeySetupLock<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${KEY_SETUP_LOCK})`);
      return work(tx);
    });
  }

  /** Writes `lastUsedAt` when the stored one is a minute old or more, without waiting for it; the record shows the new time. */
  function noteUse(key: ApiKeySummary): void {
    const usedAt = now();
    const lastKnown = Math.max(key.lastUsedAt?.getTime() ?? -Infinity, lastUsedWritten.get(key.id) ?? -Infinity);
    if (usedAt.getTime() - lastKnown < LAST_USED_RESOLUTION_MS) return;
    lastUsedWritten.set(key.id, usedAt.getTime());
    key.lastUsedAt = usedAt;
    // a lost write only leaves an older "last used" time behind; the next use a minute later writes again
    prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: usedAt }, select: { id: true } }).catch(() => lastUsedWritten.delete(key.id));
  }

  return {
    /** Creates a key and returns it with its record; the key is not stored and cannot be shown again. */
    createApiKey(input: NewApiKey): Promise<CreatedApiKey> {
      return createWith(prisma, input);
    },

    /** Every key, oldest first, revoked ones included. */
    listApiKeys(): Promise<ApiKeySummary[]> {
      return prisma.apiKey.findMany({ select: summaryFields, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    },

    /** One page of keys, oldest first, revoked ones included. */
    async listApiKeyPage(page: { page: number; limit: number }): Promise<ApiKeyPage> {
      const [apiKeys, total] = await Promise.all([
        prisma.apiKey.findMany({
          select: summaryFields,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          skip: (page.page - 1) * page.limit,
          take: page.limit,
        }),
        prisma.apiKey.count(),
      ]);
      return { apiKeys, total };
    },

    /** undefined when no key has this id (or it is not a UUID). */
    getApiKey: findSummary,

    /** Revokes a key; revoking a revoked key keeps its first revocation time. undefined when no key has this id. */
    async revokeApiKey(id: string): Promise<ApiKeySummary | undefined> {
      if (!isUuid(id)) return undefined;
      await prisma.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now() } });
      verified.evict(id);
      return findSummary(id);
    },

    /**
     * Gives an active key a new secret (and so a new prefix); the old secret stops working at once. The record keeps its
     * id, name, role and rate limit. A revoked key stays revoked.
     */
    async rotateApiKey(id: string): Promise<ApiKeyRotation> {
      if (!isUuid(id)) return { outcome: 'unknown' };
      const { key, stored: rotated } = await withFreshKey(async (candidate) => {
        const { count } = await prisma.apiKey.updateMany({
          where: { id, revokedAt: null },
          data: { prefix: apiKeyPrefix(candidate), keyHash: hashApiKey(candidate) },
        });
        return count === 1;
      });
      verified.evict(id);
      const record = await findSummary(id);
      if (!record) return { outcome: 'unknown' };
      return rotated ? { outcome: 'rotated', created: { key, record } } : { outcome: 'revoked' };
    },

    /**
     * Checks a presented key (the part after `Bearer `) in constant time with respect to its secret part. A key found
     * valid is trusted for up to a second without another database read (see `verifiedKeyTtlMs`). `lastUsedAt` is
     * written at most once a minute per key, off the request path.
     */
    async verifyApiKey(presented: string): Promise<ApiKeyVerification> {
      if (!isApiKeyFormat(presented)) return { ok: false, reason: 'unknown' };
      const presentedHash = hashApiKey(presented);
      const cached = verified.get(presentedHash);
      if (cached) return { ok: true, key: cached };
      const readStartedAt = now().getTime();
      const stored = await prisma.apiKey.findUnique({
        where: { prefix: apiKeyPrefix(presented) },
        select: { ...summaryFields, keyHash: true },
      });
      const matches = sameHash(presentedHash, stored?.keyHash ?? NO_MATCH_HASH);
      if (!stored || !matches) return { ok: false, reason: 'unknown' };
      const { keyHash: _hash, ...key } = stored;
      if (key.revokedAt !== null) return { ok: false, reason: 'revoked' };
      noteUse(key);
      verified.set(presentedHash, key, readStartedAt);
      return { ok: true, key };
    },

    /**
     * Makes `adminKey` (ADMIN_API_KEY) an active admin key: adds it when missing, reinstates it when it was revoked
     * or demoted, since the environment says it must work. Idempotent.
     */
    async ensureAdminKey(adminKey: string): Promise<{ outcome: EnsureAdminKeyOutcome; record: ApiKeySummary }> {
      if (!isApiKeyFormat(adminKey)) {
        throw new InvalidApiKeyInputError('ADMIN_API_KEY must be "ak_" followed by at least 32 characters of A-Z, a-z, 0-9, "_" or "-"');
      }
      return withKeySetupLock(async (tx) => {
        const keyHash = hashApiKey(adminKey);
        const existing = await tx.apiKey.findUnique({ where: { keyHash }, select: summaryFields });
        if (!existing) {
          const taken = await tx.apiKey.findUnique({ where: { prefix: apiKeyPrefix(adminKey) }, select: { id: true } });
          if (taken) {
            throw new InvalidApiKeyInputError(
              `ADMIN_API_KEY starts with the same ${PREFIX_LENGTH} characters as another API key (${taken.id}); choose a different key`,
            );
          }
          return { outcome: 'created', record: await insert(tx, adminKey, { name: ENV_ADMIN_KEY_NAME, role: 'admin' }) };
        }
        if (existing.role === 'admin' && existing.revokedAt === null) return { outcome: 'unchanged', record: existing };
        const record = await tx.apiKey.update({
          where: { id: existing.id },
          data: { role: 'admin', revokedAt: null },
          select: summaryFields,
        });
        verified.evict(existing.id);
        return { outcome: 'restored', record };
      });
    },

    /**
     * On the first start (no key at all, revoked ones included) creates an admin key and returns it, so it can be
     * shown once; afterwards returns undefined.
     */
    createInitialAdminKeyIfEmpty(): Promise<CreatedApiKey | undefined> {
      return withKeySetupLock(async (tx) => {
        if ((await tx.apiKey.count()) > 0) return undefined;
        return createWith(tx, { name: INITIAL_ADMIN_KEY_NAME, role: 'admin' });
      });
    },
  };
}
