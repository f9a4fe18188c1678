import { describe, expect, it } from 'vitest';
import { HttpError } from '../framework/index.ts';
import { apiError } from '../http/error-catalogue.ts';
import { formatGraphqlHttpError } from './http-errors.ts';

const codeOf = (error: HttpError) => (formatGraphqlHttpError(error).body as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code;

describe('an HTTP error at /graphql', () => {
  it("answers with the catalogue's GraphQL code for the error's code", () => {
    expect(codeOf(apiError('INVALID_API_KEY', 'unknown key'))).toBe('UNAUTHENTICATED');
    expect(codeOf(apiError('PAYLOAD_TOO_LARGE', 'too large'))).toBe('BAD_REQUEST');
    expect(codeOf(apiError('RATE_LIMITED', 'slow down'))).toBe('RATE_LIMITED');
    expect(codeOf(apiError('INTERNAL_ERROR', 'oops'))).toBe('INTERNAL_SERVER_ERROR');
  });

  it('with a code the catalogue lacks, answers BAD_REQUEST below 500 and INTERNAL_SERVER_ERROR from 500', () => {
    expect(codeOf(new HttpError(418, 'TEAPOT', 'short and stout'))).toBe('BAD_REQUEST');
    expect(codeOf(new HttpError(502, 'BAD_GATEWAY', 'upstream'))).toBe('INTERNAL_SERVER_ERROR');
    expect(codeOf(new HttpError(400, 'toString', 'a prototype key is no code'))).toBe('BAD_REQUEST');
  });
});
