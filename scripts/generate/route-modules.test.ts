import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS } from './targets.ts';

describe('the type check of generated route modules (route-modules.test-d.ts)', () => {
  it('names the route module of every generation target', async () => {
    const check = await readFile(new URL('./route-modules.test-d.ts', import.meta.url), 'utf8');
    const checked = [...check.matchAll(/^import type \* as \w+ from '(.+)\/routes\.ts';$/gm)].map((match) => posix.join('scripts/generate', match[1]!));
    expect(checked.sort()).toEqual(TARGETS.map((target) => target.out).sort());
  });
});
