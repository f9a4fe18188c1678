import { spawnSync } from 'node:child_process';

/** `prisma generate` into generated/prisma (git-ignored; also produced on install). */
export async function runPrismaGenerate(): Promise<void> {
  const result = spawnSync(process.execPath, ['scripts/prisma-generate.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('prisma generate failed');
}
