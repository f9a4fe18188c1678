import { describe, expect, it } from 'vitest';
import { SchemaValidator } from './schema-validator.ts';

const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} };
const email = { type: 'string', format: 'email' };

describe('the fuzzer checks formats as the generated validators do', () => {
  it.each(['user@localhost', '"john doe"@example.com', 'user@[192.0.2.1]', 'user@[IPv6:2001:db8::1]'])(
    'an RFC 5321 address such as %s, which a server may hold and send back, fits format email',
    (address) => {
      for (const direction of ['request', 'response'] as const) expect(new SchemaValidator(document, direction).problems(email, address)).toEqual([]);
    },
  );

  it.each(['a..b@example.com', 'no-at-sign', 'a@-example.com'])('%s does not', (address) => {
    expect(new SchemaValidator(document, 'response').isValid(email, address)).toBe(false);
  });
});
