import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES } from '../../domain/errors.ts';
import { codesRaisedIn } from '../../testing/error-codes.ts';
import { document } from '../../../generated/v1/document.ts';
import { V1_ERROR_CODES } from './errors.ts';

describe('v1 error codes', () => {
  it('are exactly the codes the spec declares', () => {
    expect([...V1_ERROR_CODES].sort()).toEqual([...(document as { components: { schemas: { ErrorCode: { enum: string[] } } } }).components.schemas.ErrorCode.enum].sort());
  });

  it('include every code the framework, the shared API code and v1 raise', async () => {
    const raised = await codesRaisedIn(['src/framework', 'src/api/shared', 'src/http', 'src/api/v1']);
    expect(raised.size).toBeGreaterThan(5);
    for (const code of raised) expect(V1_ERROR_CODES, code).toContain(code);
  });

  it('include every domain code a v1 operation can meet', () => {
    const reachable = DOMAIN_ERROR_CODES.filter((code) => code !== 'INVALID_CREDENTIALS');
    for (const code of reachable) expect(V1_ERROR_CODES, code).toContain(code);
  });
});
