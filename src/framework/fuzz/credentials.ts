import type { Random } from './random.ts';

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The same credential headers with forged values: the scheme and the token's first characters kept (`Bearer ak_...`),
 * the rest random; or, one time in five, the real token under an unknown scheme.
 */
export function forgedHeaders(given: readonly (readonly [string, string])[], random: Random): Record<string, string> {
  return Object.fromEntries(
    given.map(([name, value]) => {
      const space = value.indexOf(' ');
      const [scheme, token] = space >= 0 ? [value.slice(0, space + 1), value.slice(space + 1)] : ['', value];
      const forged = token.slice(0, 3) + [...token.slice(3)].map(() => TOKEN_ALPHABET[random.int(TOKEN_ALPHABET.length)]).join('');
      return [name, random.next() < 0.8 ? `${scheme}${forged}` : `Fuzz ${token}`];
    }),
  );
}
