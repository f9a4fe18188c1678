import { GraphQLError, Lexer, Source, TokenKind } from '../graphql-js.ts';
import { tooLarge } from './refusal.ts';

export interface LexicalLimits {
  maxTokens: number;
  /** How deep brackets (`{`, `[`, `(`) may nest: what bounds every recursive walk of the document. */
  maxNesting: number;
}

const OPENING: ReadonlySet<string> = new Set([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING: ReadonlySet<string> = new Set([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Counts the tokens of a document and how deep its brackets nest with graphql-js's own lexer, which takes time linear
 * in the source and no stack, before the parser, which recurses once per bracket, sees it. A source that is not
 * GraphQL passes: the parser reports where.
 */
export function checkLexicalLimits(source: string, { maxTokens, maxNesting }: LexicalLimits): void {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > maxTokens) throw tooLarge('tokens', maxTokens, `The document holds more than ${maxTokens} tokens, the limit`);
      if (CLOSING.has(token.kind)) nesting--;
      else if (OPENING.has(token.kind) && ++nesting > maxNesting) {
        throw tooLarge('nesting', maxNesting, `The document nests brackets ({, [ or () more than ${maxNesting} deep, the limit`);
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) return;
    throw error;
  }
}

/** A Mercurius `preParsing` hook. */
export const lexicalLimits =
  (limits: LexicalLimits) =>
  async (_schema: unknown, source: string): Promise<void> =>
    checkLexicalLimits(source, limits);
