import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePackage, type PackageModule } from './compile.ts';
import { packageIdentity } from './manifest.ts';

const root = process.cwd();
const at = (path: string) => join(root, path);

function compile(files: Record<string, string>, modules: PackageModule[], dependencies: string[] = []) {
  return compilePackage({ root, modules, virtualFiles: new Map(Object.entries(files).map(([path, text]) => [at(path), text])), dependencies });
}

const module = (source: string, target: string): PackageModule => ({ source, target, origin: source });

describe('compilePackage', { timeout: 120_000 }, () => {
  it('emits JavaScript and declarations at their package paths, with imports rewritten to them', () => {
    const files = compile(
      {
        'virtual/sdk/index.ts': "import { helper } from '../common/helper.ts';\nexport const answer = (): number => helper() + 1;\n",
        'virtual/common/helper.ts': 'export function helper(): number {\n  return 41;\n}\n',
      },
      [module('virtual/sdk/index.ts', 'dist/index'), module('virtual/common/helper.ts', 'dist/lib/helper')],
    );
    expect([...files.keys()]).toEqual(['dist/index.d.ts', 'dist/index.js', 'dist/lib/helper.d.ts', 'dist/lib/helper.js']);
    expect(files.get('dist/index.js')).toBe(
      '// generated from virtual/sdk/index.ts - do not edit\nimport { helper } from "./lib/helper.js";\nexport const answer = () => helper() + 1;\n',
    );
    expect(files.get('dist/lib/helper.d.ts')).toContain('export declare function helper(): number;');
  });

  it('refuses a module that imports code outside the package, or a package that is not a dependency', () => {
    const outside = { 'virtual/index.ts': "export { helper } from './server-only.ts';\n", 'virtual/server-only.ts': 'export const helper = 1;\n' };
    expect(() => compile(outside, [module('virtual/index.ts', 'dist/index')])).toThrow(/virtual\/index\.ts imports \.\/server-only\.ts, which is not part of the client package|emitted .* from outside/);
    const foreign = { 'virtual/index.ts': "import { parse } from 'yaml';\nexport const read = (text: string): unknown => parse(text);\n" };
    expect(() => compile(foreign, [module('virtual/index.ts', 'dist/index')])).toThrow('virtual/index.ts imports yaml, which is not a dependency of the client package');
    expect(() => compile(foreign, [module('virtual/index.ts', 'dist/index')], ['yaml'])).not.toThrow();
  });

  it('refuses code that does not typecheck, or that needs Node types', () => {
    expect(() => compile({ 'virtual/index.ts': 'export const n: number = "one";\n' }, [module('virtual/index.ts', 'dist/index')])).toThrow(
      /does not compile[\s\S]*Type 'string' is not assignable to type 'number'/,
    );
    expect(() => compile({ 'virtual/index.ts': 'export const b = Buffer.from("x");\n' }, [module('virtual/index.ts', 'dist/index')])).toThrow(/Cannot find name 'Buffer'/);
  });
});

describe('packageIdentity', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'client-package-identity-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const spec = async (name: string, title: string, version: string) => {
    await writeFile(join(dir, name), `openapi: 3.1.0\ninfo:\n  title: ${title}\n  version: ${version}\npaths: {}\n`);
    return join(dir, name);
  };

  it('names the package after the shared title, versioned by the newest spec', async () => {
    const specs = [await spec('a.yaml', 'Users API', '1.10.0'), await spec('b.yaml', 'Users API', '1.9.3')];
    expect(await packageIdentity(specs)).toEqual({ name: 'users-api-client', version: '1.10.0' });
  });

  it('refuses specs with different titles or without a version', async () => {
    await expect(packageIdentity([await spec('c.yaml', 'Users API', '1.0.0'), await spec('d.yaml', 'Orders API', '1.0.0')])).rejects.toThrow('different titles');
    await writeFile(join(dir, 'e.yaml'), 'openapi: 3.1.0\ninfo:\n  title: X\npaths: {}\n');
    await expect(packageIdentity([join(dir, 'e.yaml')])).rejects.toThrow('info.title and info.version are required');
  });
});
