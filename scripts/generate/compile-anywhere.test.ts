import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const GENERATED = 'src/framework/fixtures/schema-features/generated';
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Typechecks a copy of generated code in a folder whose own package.json says CommonJS; the tsc output, or ''. */
async function typecheck(options: Record<string, unknown>): Promise<string> {
  // inside the repo, so the generated code resolves the libraries it imports
  const dir = await mkdtemp(join(process.cwd(), 'node_modules/.compile-test-'));
  dirs.push(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }));
  await mkdir(join(dir, 'deep', 'out'), { recursive: true });
  await cp(GENERATED, join(dir, 'deep', 'out'), { recursive: true });
  const compilerOptions = { strict: true, noUncheckedIndexedAccess: true, target: 'es2022', noEmit: true, allowImportingTsExtensions: true, skipLibCheck: true, ...options };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['deep/out/*.ts'] }));
  const result = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.json')]).catch(
    (error: { stdout: string }) => error,
  );
  return result.stdout;
}

describe('generated TypeScript compiles wherever --out points', () => {
  it('under strict, noUncheckedIndexedAccess and moduleResolution nodenext', async () => {
    expect(await typecheck({ module: 'nodenext', moduleResolution: 'nodenext' })).toBe('');
  });

  it('under strict, noUncheckedIndexedAccess and moduleResolution bundler', async () => {
    expect(await typecheck({ module: 'esnext', moduleResolution: 'bundler' })).toBe('');
  });

  it('fails when the generated code has a type error (the check is real)', async () => {
    const dir = await mkdtemp(join(process.cwd(), 'node_modules/.compile-test-'));
    dirs.push(dir);
    await cp(GENERATED, dir, { recursive: true });
    await writeFile(join(dir, 'broken.ts'), "import type { Handlers } from './handlers.js';\nexport const h: Handlers<never> = {};\n");
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', noEmit: true, skipLibCheck: true }, include: ['*.ts'] }));
    const result = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.json')]).catch((error: { stdout: string }) => error);
    expect(result.stdout).toMatch(/broken\.ts.*error TS2740/);
  });
});
