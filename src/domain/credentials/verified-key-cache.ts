/**
 * Keys recently verified against the database, by the hash of the presented key (never the key itself), so a busy
 * client does not cost a database round trip per request. An entry lives at most `ttlMs` from the moment its
 * database read began, so a revocation made anywhere (another instance, the keys CLI) takes effect here within that
 * time; a revocation or rotation through this instance evicts at once.
 */
export interface VerifiedKeyCache<Key extends { id: string }> {
  get(keyHash: string): Key | undefined;
  /** `readStartedAt`: when the database read that found the key began (ms, same clock as `now`). */
  set(keyHash: string, key: Key, readStartedAt: number): void;
  evict(keyId: string): void;
}

/** The longest an entry may live: revocations must take effect everywhere within a second. */
export const MAX_VERIFIED_KEY_TTL_MS = 1000;
/** Beyond this many keys the oldest entries go first: memory stays bounded whatever clients present. */
const MAX_ENTRIES = 10_000;

export function createVerifiedKeyCache<Key extends { id: string }>(ttlMs: number, now: () => number): VerifiedKeyCache<Key> {
  if (!(ttlMs >= 0 && ttlMs <= MAX_VERIFIED_KEY_TTL_MS)) throw new RangeError(`the verified-key cache lifetime must be 0 to ${MAX_VERIFIED_KEY_TTL_MS} ms`);
  const entries = new Map<string, { key: Key; expiresAt: number }>();
  return {
    get(keyHash) {
      const entry = entries.get(keyHash);
      if (!entry) return undefined;
      if (now() < entry.expiresAt) return entry.key;
      entries.delete(keyHash);
      return undefined;
    },
    set(keyHash, key, readStartedAt) {
      if (ttlMs === 0) return;
      entries.delete(keyHash);
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(keyHash, { key, expiresAt: readStartedAt + ttlMs });
    },
    evict(keyId) {
      for (const [hash, entry] of entries) if (entry.key.id === keyId) entries.delete(hash);
    },
  };
}
