import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES } from '../../domain/errors.ts';
import { document } from '../../../generated/v2/document.ts';
import { V2_ERROR_CODES } from './errors.ts';

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

describe('v2 error codes', () => {
  it('are exactly the codes the spec declares', () => {
    expect([...V2_ERROR_CODES].sort()).toEqual([...document.components.schemas.ProblemCode.enum].sort());
  });

  it('include every code the framework, the shared API code, v2 and the domain raise', async () => {
    const raised = await codesRaisedIn(['src/framework', 'src/api/shared', 'src/api/v2']);
    for (const code of [...raised, ...DOMAIN_ERROR_CODES]) expect(V2_ERROR_CODES, code).toContain(code);
  });
});
