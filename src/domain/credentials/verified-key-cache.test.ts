import { describe, expect, it } from 'vitest';
import { createVerifiedKeyCache, MAX_VERIFIED_KEY_TTL_MS } from './verified-key-cache.ts';

describe('the verified-key cache', () => {
  it('trusts an entry for its lifetime counted from when the database read began, then forgets it', () => {
    let clock = 10_000;
    const cache = createVerifiedKeyCache<{ id: string }>(1000, () => clock);
    cache.set('hash-a', { id: 'a' }, 9_500);
    expect(cache.get('hash-a')).toEqual({ id: 'a' });
    clock = 10_499;
    expect(cache.get('hash-a')).toEqual({ id: 'a' });
    clock = 10_500;
    expect(cache.get('hash-a')).toBeUndefined();
    clock = 10_000;
    expect(cache.get('hash-a')).toBeUndefined();
  });

  it('evicts every entry of a key at once', () => {
    const cache = createVerifiedKeyCache<{ id: string }>(1000, () => 0);
    cache.set('old secret', { id: 'a' }, 0);
    cache.set('new secret', { id: 'a' }, 0);
    cache.set('other key', { id: 'b' }, 0);
    cache.evict('a');
    expect([cache.get('old secret'), cache.get('new secret'), cache.get('other key')]).toEqual([undefined, undefined, { id: 'b' }]);
  });

  it('keeps nothing with a lifetime of 0', () => {
    const cache = createVerifiedKeyCache<{ id: string }>(0, () => 0);
    cache.set('hash-a', { id: 'a' }, 0);
    expect(cache.get('hash-a')).toBeUndefined();
  });

  it.each([-1, MAX_VERIFIED_KEY_TTL_MS + 1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a lifetime of %s ms', (ttl) => {
    expect(() => createVerifiedKeyCache(ttl, () => 0)).toThrow(RangeError);
  });

  it('stays bounded: beyond 10,000 keys the oldest entry goes first', () => {
    const cache = createVerifiedKeyCache<{ id: string }>(1000, () => 0);
    for (let i = 0; i <= 10_000; i++) cache.set(`hash-${i}`, { id: String(i) }, 0);
    expect(cache.get('hash-0')).toBeUndefined();
    expect(cache.get('hash-1')).toEqual({ id: '1' });
    expect(cache.get('hash-10000')).toEqual({ id: '10000' });
  });
});
