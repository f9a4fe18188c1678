// Runs `prisma generate` (prisma/schema.prisma -> generated/prisma) without network.
// Usage: node scripts/prisma-generate.mjs, or import { prismaGenerate } from it.
//
// The Prisma CLI insists on a native schema engine binary, which it downloads when
// missing; `generate` never runs it, so naming any existing file satisfies the check.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** @returns {string | undefined} the Prisma CLI entry, when the prisma package is installed */
export function prismaCliPath() {
  try {
    return createRequire(import.meta.url).resolve('prisma/build/index.js');
  } catch {
    return undefined;
  }
}

/**
 * @param {{ quiet?: boolean }} [options] quiet: print output only when generation fails
 * @returns {{ ok: boolean, output: string }}
 */
export function prismaGenerate(options = {}) {
  const cli = prismaCliPath();
  if (cli === undefined) return { ok: false, output: 'the prisma package is not installed' };
  const result = spawnSync(process.execPath, [cli, 'generate', '--no-hints'], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: options.quiet ? 'pipe' : 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
      PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
  return { ok: result.status === 0, output };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok } = prismaGenerate();
  process.exitCode = ok ? 0 : 1;
}
