import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDirectory, type MakeDirectory } from './make-directory.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'make-directory-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const failure = (code: string, path: string) => Object.assign(new Error(`${code}: mkdir '${path}'`), { code });

/** A file system mounted read-only at `mount`, which fails as Linux does: EROFS, but ENOENT from Node's recursive mkdir. */
function readOnlyBelow(mount: string): MakeDirectory {
  return async (path, options) => {
    if (path === mount || !path.startsWith(`${mount}/`)) throw failure('EEXIST', path);
    throw failure(options?.recursive ? 'ENOENT' : 'EROFS', path);
  };
}

describe('makeDirectory', () => {
  it('makes the directory and the missing ones above it', async () => {
    const dir = join(root, 'a', 'b', 'c');
    await makeDirectory(dir);
    await makeDirectory(dir);
    expect((await stat(dir)).isDirectory()).toBe(true);
  });

  it('throws what stops it, not the ENOENT of a recursive mkdir on a read-only file system', async () => {
    const error = await makeDirectory('/mnt/read-only/data/users', readOnlyBelow('/mnt/read-only')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EROFS', message: "EROFS: mkdir '/mnt/read-only/data'" });
  });

  it('names a file in the way', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, 'x');
    const error = await makeDirectory(join(file, 'data')).catch((e: unknown) => e);
    expect((error as { code?: unknown }).code).toBe('ENOTDIR');
  });
});
