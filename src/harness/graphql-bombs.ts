/**
 * GraphQL documents of at most 2 KB built to make a server work far more than their size: what the GraphQL limits
 * tests send, and what `npm run bench -- graphql-hostile` times. They are written for the project's schema
 * (`Query.me`, `Query.posts`, `Post.comments`, `Comment.post`).
 */

/** `make(0)` to `make(count - 1)`, joined. */
export const repeat = (count: number, make: (i: number) => string, separator = ' '): string => Array.from({ length: count }, (_, i) => make(i)).join(separator);

/** Fragments that spread the one before twice: `levels` of them select 2^levels fields; `levels` ≈ bytes / 45. */
export function fragmentBomb(levels: number, on = 'Query', leaf = 'me { id }'): string {
  const fragments = repeat(levels, (i) => `fragment F${i + 1} on ${on} { ...F${i} ...F${i} }`, '\n');
  return `fragment F0 on ${on} { ${leaf} }\n${fragments}\n{ ...F${levels} }`;
}

/** `count` copies of the same field in one selection set: what graphql-js's OverlappingFieldsCanBeMerged compares in pairs. */
export const sameField = (count: number): string => `{ me { ${'id '.repeat(count)}} }`;

/** A fragment bomb that also aliases, nests and multiplies lists: every level doubles lists of 100 comments. */
const listBomb = (levels: number): string =>
  fragmentBomb(levels, 'Post', 'a: comments(first: 100) { b: post { c: comments(first: 100) { id } } }').replace(/\{ \.\.\.F\d+ \}$/, `{ posts(first: 100) { ...F${levels} } }`);

/** The worst of these at 2 KB. */
export const WORST_2KB = listBomb(40);

/** The largest `make(n)` that is at most 2,048 bytes long. */
function within2KB(make: (n: number) => string): string {
  let n = 1;
  while (make(n + 1).length <= 2048) n++;
  return make(n);
}

/** One 2 KB document of each kind, by name. */
export const BOMBS_2KB: ReadonlyArray<{ name: string; query: string }> = [
  { name: 'fragments spreading the one before twice', query: within2KB(fragmentBomb) },
  { name: 'the same, with aliases, lists of 100 and depth', query: within2KB(listBomb) },
  { name: 'aliases of one field', query: within2KB((n) => `{ ${repeat(n, (i) => `a${i}: me { id }`)} }`) },
  { name: 'one field repeated', query: within2KB(sameField) },
  { name: 'one fragment spread again and again', query: within2KB((n) => `fragment F on Query { me { id } } { ${'...F '.repeat(n)}}`) },
  { name: 'nested selection sets', query: within2KB((n) => `${'{ me '.repeat(n)}${'}'.repeat(n)}`) },
  { name: 'nested lists in an argument', query: within2KB((n) => `{ user(id: ${'['.repeat(n)}${']'.repeat(n)}) { id } }`) },
  { name: 'a directive repeated', query: within2KB((n) => `{ me { id ${'@include(if: true) '.repeat(n)}} }`) },
  { name: 'a cycle of fragments', query: within2KB((n) => `{ ...F0 } ${repeat(n, (i) => `fragment F${i} on Query { ...F${(i + 1) % n} }`)}`) },
];
