import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratedFiles } from './generate-target.ts';

async function readIfExists(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

async function listFiles(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Names the files under `out` that differ from `files`, are missing, or should not be there. */
export async function staleFiles(out: string, files: GeneratedFiles): Promise<string[]> {
  const stale: string[] = [];
  for (const [name, content] of files) {
    const current = await readIfExists(join(out, name));
    if (current === undefined) stale.push(`${join(out, name)} (missing)`);
    else if (current !== content) stale.push(join(out, name));
  }
  for (const name of await listFiles(out)) {
    if (!files.has(name)) stale.push(`${join(out, name)} (not generated any more)`);
  }
  return stale;
}

/** Writes `files` into `out`, leaving unchanged files untouched and removing ones no longer generated. */
export async function writeFiles(out: string, files: GeneratedFiles): Promise<void> {
  await mkdir(out, { recursive: true });
  for (const name of await listFiles(out)) {
    if (!files.has(name)) await rm(join(out, name), { recursive: true });
  }
  for (const [name, content] of files) {
    if ((await readIfExists(join(out, name))) !== content) await writeFile(join(out, name), content);
  }
}
