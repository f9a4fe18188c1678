import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Codes written as `new HttpError(<status>, '<CODE>'` in the (non-test) sources of `dirs`. */
export async function codesRaisedIn(dirs: string[]): Promise<Set<string>> {
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
