import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../../generated/graphql/schema.ts';
import { RequestRefused } from '../errors.ts';
import { buildSchema, parse, specifiedRules, validate, type DocumentNode } from '../graphql-js.ts';
import { GRAPHQL_LIMITS } from '../plugin.ts';
import { countReads } from '../testing/counting.ts';
import { fragmentBomb, HOSTILE_REQUESTS, sameField } from '../testing/hostile.ts';
import { documentCost } from './cost.ts';
import { depthLimit } from './depth.ts';
import { checkLexicalLimits } from './lexical.ts';
import { checkSizeLimits, documentSize } from './size.ts';

const schema = buildSchema(typeDefs);
const { maxFields, maxTokens, maxDepth } = GRAPHQL_LIMITS;

/**
 * What the server may spend on a document: reads of its nodes linear in its bytes, plus what graphql-js's
 * OverlappingFieldsCanBeMerged spends comparing fields in pairs, which the field limit bounds.
 */
const readBudget = (source: string) => 40 * source.length + 4 * maxFields ** 2;

type Outcome = { refused: { code: unknown; limit: unknown } } | { invalid: string } | { syntaxError: string } | { cost: number };

/** The document's way through the checks, in the order Mercurius runs them (preParsing, parse, preValidation, validation, preExecution). */
function check(source: string, budget: number, operationName?: string): { outcome: Outcome; reads: number } {
  let counted: ReturnType<typeof countReads> | undefined;
  const outcome = ((): Outcome => {
    try {
      checkLexicalLimits(source, GRAPHQL_LIMITS);
      let parsed: DocumentNode;
      try {
        parsed = parse(source, { maxTokens });
      } catch (error) {
        return { syntaxError: (error as Error).message };
      }
      counted = countReads(parsed, budget);
      checkSizeLimits(counted.document, GRAPHQL_LIMITS);
      const errors = validate(schema, counted.document, [...specifiedRules, depthLimit(maxDepth)]);
      if (errors.length > 0) return { invalid: errors[0]!.message };
      return { cost: documentCost(schema, counted.document, undefined, operationName) };
    } catch (error) {
      if (error instanceof RequestRefused) return { refused: { code: error.errors[0]!.extensions.code, limit: error.errors[0]!.extensions.limit } };
      throw error;
    }
  })();
  return { outcome, reads: counted?.reads() ?? 0 };
}

describe('the work a document costs, counted in reads of its nodes', () => {
  it.each(HOSTILE_REQUESTS.map((request) => [request.name, request] as const))('%s: refused or checked within a budget linear in its size', (_name, request) => {
    const { outcome, reads } = check(request.query, readBudget(request.query), request.operationName);
    expect(reads).toBeLessThanOrEqual(readBudget(request.query));
    if (request.expected.code === 'QUERY_TOO_LARGE') expect(outcome).toEqual({ refused: { code: 'QUERY_TOO_LARGE', limit: request.expected.limit } });
    if (request.expected.code === 'GRAPHQL_VALIDATION_FAILED') expect(outcome).toHaveProperty('invalid');
    if (request.expected.status === 200) expect(outcome).toHaveProperty('cost');
  });

  it('reads each fragment once in the depth, size and cost walks: a fragment bomb costs reads linear in its levels', () => {
    const readsOf = (levels: number) => {
      const document = parse(fragmentBomb(levels));
      const budget = 1_000_000;
      const size = countReads(document, budget);
      documentSize(size.document);
      const depth = countReads(document, budget);
      validate(schema, depth.document, [depthLimit(maxDepth)]);
      const cost = countReads(document, budget);
      documentCost(schema, cost.document, undefined);
      return [size.reads(), depth.reads(), cost.reads()];
    };
    const [ten, twenty, forty] = [readsOf(10), readsOf(20), readsOf(40)];
    for (const walk of [0, 1, 2]) {
      expect(twenty[walk]! / ten[walk]!).toBeLessThan(2.2);
      expect(forty[walk]! / twenty[walk]!).toBeLessThan(2.2);
    }
  });

  it('still measures what a bomb would select: 2^levels fields, its depth and its cost', () => {
    expect(documentSize(parse(fragmentBomb(40))).fields).toBe(2 * 2 ** 40 + 2);
    const bomb = fragmentBomb(30, 'Post', 'author { posts(first: 3) { id } }').replace(/\{ \.\.\.F30 \}$/, '{ posts(first: 1) { ...F30 } }');
    expect(documentCost(schema, parse(bomb), undefined)).toBe(1 + 2 ** 30 * (1 + 3));
    const [tooDeep] = validate(schema, parse(bomb), [depthLimit(3)]);
    expect(tooDeep?.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 4, maxDepth: 3 });
  });

  it(`keeps the document with the most work allowed (${maxFields} fields of one name) within the budget`, () => {
    const worst = sameField(maxFields - 1);
    const { outcome, reads } = check(worst, readBudget(worst));
    expect(outcome).toEqual({ cost: 1 });
    expect(reads).toBeGreaterThan(40 * worst.length);
  });
});
