import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { emitClientPackage } from './client-package/index.ts';
import { generateTarget } from './generate-target.ts';
import { generateGraphql, GRAPHQL_TARGET } from './graphql.ts';
import { staleFiles, writeFiles } from './output.ts';
import { runPrismaGenerate } from './prisma.ts';
import { TARGETS, type Target } from './targets.ts';

const USAGE = `usage: npm run generate -- [--check] [--strict] [--spec FILE --out DIR]
  --check       exit 1 naming every file under generated/ that differs from what the specs give
  --strict      lint and schema findings are errors, not warnings (always so for the project's own specs)
  --spec, --out generate one (third-party) spec into DIR instead of the project's specs`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { check: { type: 'boolean' }, strict: { type: 'boolean' }, spec: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || Boolean(values.spec) !== Boolean(values.out)) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const targets: Target[] = values.spec && values.out ? [{ spec: values.spec, out: values.out }] : TARGETS;
  const started = performance.now();
  const warnings = new Set<string>();
  const stale: string[] = [];
  for (const target of targets) {
    const files = await generateTarget(target, (message) => warnings.add(message), values.strict ? { strict: true } : {});
    if (values.check) stale.push(...(await staleFiles(target.out, files)));
    else await writeFiles(target.out, files);
  }
  if (!values.spec) {
    const files = await generateGraphql(GRAPHQL_TARGET);
    if (values.check) stale.push(...(await staleFiles(GRAPHQL_TARGET.out, files)));
    else await writeFiles(GRAPHQL_TARGET.out, files);
    stale.push(...(await emitClientPackage(Boolean(values.check))));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  if (stale.length > 0) {
    console.error(`generated code is out of date with the specs; run \`npm run generate\`:\n  ${stale.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`${values.check ? 'checked' : 'generated'} ${targets.length} specs in ${seconds} s`);
  if (!values.check && !values.spec) await runPrismaGenerate();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
