import { describe, expectTypeOf, it } from 'vitest';
import { v1Error, type V1ErrorCode } from '../api/v1/errors.ts';
import { v2Error, type V2ErrorCode } from '../api/v2/errors.ts';
import { graphqlError } from '../graphql/errors.ts';
import { apiError, type GraphqlErrorCode } from './error-catalogue.ts';

describe('raising a code', () => {
  it('compiles for a code the API answers with', () => {
    expectTypeOf(v1Error).parameter(0).toEqualTypeOf<V1ErrorCode>();
    expectTypeOf(v2Error).parameter(0).toEqualTypeOf<V2ErrorCode>();
    expectTypeOf<'INVALID_TOKEN'>().toMatchTypeOf<V2ErrorCode>();
    expectTypeOf<'QUERY_TOO_LARGE'>().toMatchTypeOf<GraphqlErrorCode>();
  });

  it('does not compile for a code outside the catalogue, or outside the API raising it', () => {
    // @ts-expect-error no such code in the catalogue
    apiError('TEAPOT', 'short and stout');
    // @ts-expect-error user tokens are v2's: v1 has no INVALID_TOKEN
    v1Error('INVALID_TOKEN', 'no');
    // @ts-expect-error a GraphQL code is not a REST code
    v2Error('BAD_USER_INPUT', 'no');
    // @ts-expect-error GraphQL says UNAUTHENTICATED, not UNAUTHORIZED
    graphqlError('UNAUTHORIZED', 'no');
  });
});
