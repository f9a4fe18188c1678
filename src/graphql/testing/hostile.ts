import { fragmentBomb, repeat, sameField, WORST_2KB } from '../../harness/graphql-bombs.ts';
import { GRAPHQL_LIMITS } from '../plugin.ts';

export { fragmentBomb, sameField, WORST_2KB } from '../../harness/graphql-bombs.ts';

/** A request built to make the server work hard, and the answer it must get instead. */
export interface HostileRequest {
  name: string;
  query: string;
  /** JSON text: some are nested too deep for `JSON.stringify`. */
  variables?: string;
  operationName?: string;
  method?: 'GET' | 'POST';
  expected: { status: number; code: string; limit?: string };
}

/** JSON of an array nested `depth` deep: `[[[...]]]`. */
export const nestedArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** JSON of an object nested `depth` deep: `{"a": {"a": ...}}`. */
export const nestedObject = (depth: number): string => `${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`;

/** The JSON body of a POST of `request`, written by hand: its variables may be nested too deep for `JSON.stringify`. */
export function postBody({ query, variables, operationName }: HostileRequest): string {
  const fields = [`"query":${JSON.stringify(query)}`, ...(variables === undefined ? [] : [`"variables":${variables}`]), ...(operationName === undefined ? [] : [`"operationName":${JSON.stringify(operationName)}`])];
  return `{${fields.join(',')}}`;
}

/** The URL of a GET of `request`. */
export function getUrl({ query, variables, operationName }: HostileRequest): string {
  const parameters = new URLSearchParams({ query, ...(variables === undefined ? {} : { variables }), ...(operationName === undefined ? {} : { operationName }) });
  return `/graphql?${parameters}`;
}

const tooLarge = (limit: string) => ({ status: 400, code: 'QUERY_TOO_LARGE', limit });
const { maxTokens, maxNesting, maxFields, maxAliases } = GRAPHQL_LIMITS;

/**
 * One request of each class built to cost the server more than time linear in its size, or to end in an internal
 * error (some at the edge of a limit, and accepted), with the answer it must get.
 */
export const HOSTILE_REQUESTS: HostileRequest[] = [
  { name: 'fragment bomb (2^40 fields in 2 KB)', query: fragmentBomb(40), expected: tooLarge('fields') },
  { name: 'fragment bomb with aliases, lists and depth', query: WORST_2KB, expected: tooLarge('fields') },
  { name: 'fragment bomb over GET', query: fragmentBomb(30), method: 'GET', expected: tooLarge('fields') },
  { name: 'alias bomb', query: `{ ${repeat(maxAliases + 1, (i) => `a${i}: me { id }`)} }`, expected: tooLarge('aliases') },
  { name: 'the same field again and again', query: sameField(maxFields), expected: tooLarge('fields') },
  { name: 'the same field, as often as the limits allow', query: sameField(maxFields - 1), expected: { status: 200, code: 'UNAUTHENTICATED' } },
  { name: 'the same fragment spread again and again', query: `fragment F on Query { me { id } } { ${'...F '.repeat(maxFields)}}`, expected: tooLarge('fields') },
  { name: 'nested selection sets', query: `${'{ me '.repeat(10_000)}${'}'.repeat(10_000)}`, expected: tooLarge('nesting') },
  { name: 'selection sets nested just past the limit', query: `${'{ me '.repeat(maxNesting + 1)}${'}'.repeat(maxNesting + 1)}`, expected: tooLarge('nesting') },
  { name: 'nested lists in an argument', query: `{ user(id: ${'['.repeat(9_000)}${']'.repeat(9_000)}) { id } }`, expected: tooLarge('nesting') },
  { name: 'nested input objects in an argument', query: `{ user(id: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}) { id } }`, expected: tooLarge('nesting') },
  { name: 'nested JSON for a document', query: nestedObject(5_000), expected: tooLarge('nesting') },
  {
    name: 'a document AST as JSON',
    query: JSON.stringify({ kind: 'Document', definitions: [{ kind: 'OperationDefinition', operation: 'query', selectionSet: { kind: 'SelectionSet', selections: [] } }] }),
    expected: { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  },
  { name: 'more tokens than the limit', query: `{ me { id ${'@include(if: true) '.repeat(maxTokens / 5)}} }`, expected: tooLarge('tokens') },
  { name: 'a directive repeated', query: `{ me { id ${'@include(if: true) '.repeat(1_400)}} }`, expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'many operations', query: repeat(maxFields + 1, (i) => `query Q${i} { __typename }`), operationName: 'Q0', expected: tooLarge('fields') },
  {
    name: 'many operations within the limits',
    query: repeat(maxFields / 2 - 1, (i) => `query Q${i} { me { id } }`),
    operationName: 'Q7',
    expected: { status: 200, code: 'UNAUTHENTICATED' },
  },
  { name: 'a long chain of fragments', query: `{ ...F0 } ${repeat(1_100, (i) => `fragment F${i} on Query { ...F${i + 1} }`)} fragment F1100 on Query { me { id } }`, expected: { status: 200, code: 'UNAUTHENTICATED' } },
  { name: 'a cycle of fragments', query: `{ ...F0 } ${repeat(1_000, (i) => `fragment F${i} on Query { ...F${(i + 1) % 1_000} }`)}`, expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'many variables declared', query: `query (${repeat(1_600, (i) => `$v${i}: Int`)}) { me { id } }`, expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  {
    // JSON nested deeper than the strict body parser takes (128) is a malformed request before GraphQL sees it
    name: 'a variable of nested lists',
    query: 'mutation ($tags: [String!]) { createPost(title: "t", content: "c", tags: $tags) { id } }',
    variables: `{"tags":${nestedArray(50_000)}}`,
    expected: { status: 400, code: 'BAD_REQUEST' },
  },
  {
    name: 'a variable of nested objects',
    query: 'query ($id: ID!) { user(id: $id) { id } }',
    variables: `{"id":${nestedObject(50_000)}}`,
    expected: { status: 400, code: 'BAD_REQUEST' },
  },
  { name: 'many variables given', query: 'query ($id: ID!) { user(id: $id) { id } }', variables: `{${repeat(20_000, (i) => `"v${i}":${i}`, ',')}}`, expected: { status: 400, code: 'BAD_USER_INPUT' } },
];
