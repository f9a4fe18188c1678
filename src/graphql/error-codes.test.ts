import { describe, expect, it } from 'vitest';
import { GRAPHQL_ERROR_CODES } from '../http/error-catalogue.ts';
import { catalogueMismatches, cataloguedStatuses, graphqlErrorCodes } from '../testing/error-codes.ts';
import { typeDefs } from '../../generated/graphql/schema.ts';

const declared = graphqlErrorCodes(typeDefs);

describe('GraphQL error codes', () => {
  it('are exactly the codes the schema\'s description lists, each with the HTTP status it gives', () => {
    expect(catalogueMismatches(cataloguedStatuses(GRAPHQL_ERROR_CODES), declared)).toEqual([]);
    expect(declared.ties).not.toEqual([]);
  });
});
