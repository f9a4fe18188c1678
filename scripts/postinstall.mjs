// npm postinstall: produces generated/prisma (git-ignored) with no network access.
// It never fails the install: a broken schema is reported here and again by
// `npm run generate`, `npm run typecheck` and the tests.
import { prismaGenerate } from './prisma-generate.mjs';

const { ok, output } = prismaGenerate({ quiet: true });
if (ok) {
  console.log('postinstall: Prisma Client generated in generated/prisma');
} else {
  console.warn(`postinstall: prisma generate failed; run \`node scripts/prisma-generate.mjs\` to retry.\n${output}`);
}
