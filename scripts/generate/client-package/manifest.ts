import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

interface SpecInfo {
  title: string;
  version: string;
}

async function specInfo(path: string): Promise<SpecInfo> {
  const document = parse(await readFile(path, 'utf8')) as { info?: Partial<SpecInfo> };
  const { title, version } = document.info ?? {};
  if (typeof title !== 'string' || typeof version !== 'string') throw new Error(`${path}: info.title and info.version are required`);
  return { title, version };
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * The package's name and version from the specs: `<title as a slug>-client` (the specs must share their title)
 * and the newest spec's `info.version`.
 */
export async function packageIdentity(specPaths: string[]): Promise<{ name: string; version: string }> {
  const infos = await Promise.all(specPaths.map(specInfo));
  const titles = new Set(infos.map((info) => info.title));
  if (titles.size !== 1) throw new Error(`the specs of the client package have different titles: ${[...titles].join(', ')}`);
  const slug = [...titles][0]!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const version = infos.map((info) => info.version).sort(compareVersions).at(-1)!;
  return { name: `${slug}-client`, version };
}

export interface Entry {
  /** The subpath consumers import (`.`, `./v1`). */
  subpath: string;
  /** The module in the package, without extension (`dist/index`). */
  module: string;
}

export function packageJson(identity: { name: string; version: string }, origin: string, entries: Entry[], dependencies: Record<string, string>): string {
  const exports = Object.fromEntries(entries.map((e) => [e.subpath, { types: `./${e.module}.d.ts`, default: `./${e.module}.js` }]));
  const main = entries.find((e) => e.subpath === '.');
  const manifest = {
    name: identity.name,
    version: identity.version,
    description: `Typed clients, webhook types and GraphQL operations of the ${identity.name.replace(/-client$/, '')} (generated from ${origin} - do not edit)`,
    type: 'module',
    sideEffects: false,
    exports: { ...exports, './package.json': './package.json' },
    ...(main ? { main: `./${main.module}.js`, types: `./${main.module}.d.ts` } : {}),
    files: ['dist', 'README.md'],
    engines: { node: '>=20' },
    dependencies,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
