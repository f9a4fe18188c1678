import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** `mkdir`, as `node:fs/promises` has it (tests pass one that fails as a file system would). */
export type MakeDirectory = (path: string, options?: { recursive?: boolean }) => Promise<unknown>;

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * Makes a directory and the missing ones above it, and when that fails, throws the real cause: Node's recursive mkdir
 * reports ENOENT for a directory it may not make on a read-only file system (not EROFS), which would blame a missing
 * path. After an ENOENT the directories are made one at a time from the top, so the first that fails says why.
 */
export async function makeDirectory(dir: string, make: MakeDirectory = mkdir): Promise<void> {
  try {
    await make(dir, { recursive: true });
    return;
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
  }
  const chain: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    chain.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const path of chain) {
    try {
      await make(path);
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw error;
    }
  }
}
