import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES } from '../../domain/errors.ts';
import { document } from '../../../generated/v1/document.ts';
import { V1_ERROR_CODES } from './errors.ts';

/** Codes written as `new HttpError(<status>, '<CODE>'` in the code that answers v1 requests. */
async function codesRaisedIn(dirs: string[]): Promise<Set<string>> {
  const codes = new Set<string>();
  for (const dir of dirs) {
    for (const file of await readdir(dir)) {
      if (!file.endsWith('.ts') || file.includes('.test')) continue;
      const source = await readFile(join(dir, file), 'utf8');
      for (const match of source.matchAll(/new HttpError\(\s*\d+,\s*'([A-Z_]+)'/g)) codes.add(match[1]!);
    }
  }
  return codes;
}

describe('v1 error codes', () => {
  it('are exactly the codes the spec declares', () => {
    expect([...V1_ERROR_CODES].sort()).toEqual([...document.components.schemas.ErrorCode.enum].sort());
  });

  it('include every code the framework, the shared API code and v1 raise', async () => {
    const raised = await codesRaisedIn(['src/framework', 'src/api/shared', 'src/api/v1']);
    expect(raised.size).toBeGreaterThan(5);
    for (const code of raised) expect(V1_ERROR_CODES, code).toContain(code);
  });

  it('include every domain code a v1 operation can meet', () => {
    const reachable = DOMAIN_ERROR_CODES.filter((code) => code !== 'INVALID_CREDENTIALS');
    for (const code of reachable) expect(V1_ERROR_CODES, code).toContain(code);
  });
});
