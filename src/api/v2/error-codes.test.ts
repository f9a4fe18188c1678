import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES } from '../../domain/errors.ts';
import { codesRaisedIn } from '../../testing/error-codes.ts';
import { document } from '../../../generated/v2/document.ts';
import { V2_ERROR_CODES } from './errors.ts';

describe('v2 error codes', () => {
  it('are exactly the codes the spec declares', () => {
    expect([...V2_ERROR_CODES].sort()).toEqual([...(document as { components: { schemas: { ProblemCode: { enum: string[] } } } }).components.schemas.ProblemCode.enum].sort());
  });

  it('include every code the framework, the shared API code, v2 and the domain raise', async () => {
    const raised = await codesRaisedIn(['src/framework', 'src/api/shared', 'src/http', 'src/api/v2']);
    for (const code of [...raised, ...DOMAIN_ERROR_CODES]) expect(V2_ERROR_CODES, code).toContain(code);
  });
});
