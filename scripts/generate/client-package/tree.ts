import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it with `/` separators. */
async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

const readIfExists = (path: string) => readFile(path, 'utf8').catch(() => undefined);

/** Names the files under `out` (subfolders included) that differ from `files`, are missing, or should not be there. */
export async function staleTree(out: string, files: Map<string, string>): Promise<string[]> {
  const stale: string[] = [];
  for (const [name, content] of files) {
    const current = await readIfExists(join(out, name));
    if (current === undefined) stale.push(`${join(out, name)} (missing)`);
    else if (current !== content) stale.push(join(out, name));
  }
  for (const name of await listTree(out)) if (!files.has(name)) stale.push(`${join(out, name)} (not generated any more)`);
  return stale;
}

/** Makes `out` hold exactly `files`, leaving unchanged files untouched. */
export async function writeTree(out: string, files: Map<string, string>): Promise<void> {
  for (const name of await listTree(out)) if (!files.has(name)) await rm(join(out, name));
  for (const [name, content] of files) {
    const path = join(out, name);
    if ((await readIfExists(path)) === content) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}
