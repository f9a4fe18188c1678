// The repository's own package.json exports the client package's compiled files, never TypeScript sources: a project
// that installs the repository gets what plain node and every moduleResolution can load.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLIENT_PACKAGE_OUT } from './index.ts';

type Exports = Record<string, { types: string; default: string } | string>;

const ROOT = process.cwd();
const readManifest = async (dir: string) => JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name: string; exports: Exports };

describe("the repository's package.json exports", () => {
  it('are the client package entry points, compiled JavaScript and declarations that exist, no .ts source', async () => {
    const root = await readManifest(ROOT);
    const client = await readManifest(join(ROOT, CLIENT_PACKAGE_OUT));
    const targets = Object.values(root.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default]));
    expect(targets.filter((target) => /\.ts$/.test(target) && !/\.d\.ts$/.test(target))).toEqual([]);
    expect(targets.filter((target) => !existsSync(join(ROOT, target)))).toEqual([]);
    // the same modules the client package exports, under the repository's names (its `.` is `./client`)
    const asInClient = Object.fromEntries(
      Object.entries(root.exports).map(([subpath, target]) => [
        subpath === './client' ? '.' : subpath,
        typeof target === 'string' ? target : { types: target.types.replace(`./${CLIENT_PACKAGE_OUT}/`, './'), default: target.default.replace(`./${CLIENT_PACKAGE_OUT}/`, './') },
      ]),
    );
    const { './package.json': _manifest, ...clientEntries } = client.exports;
    expect(asInClient).toEqual(clientEntries);
  });

  it('load under plain node by the package name', async () => {
    const { name } = await readManifest(ROOT);
    const script = `for (const entry of ['client', 'v1', 'v2', 'graphql']) console.log(entry, Object.keys(await import('${name}/' + entry)).length);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
    expect(stdout.trim().split('\n').map((line) => line.split(' ')[0])).toEqual(['client', 'v1', 'v2', 'graphql']);
    expect(stdout.trim().split('\n').every((line) => Number(line.split(' ')[1]) > 0)).toBe(true);
  });
});
