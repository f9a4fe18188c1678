/** One document's generation, run in a child process by `npm run corpus` so its peak memory is its own. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundle, createConfig } from '@redocly/openapi-core';
import { generateTarget } from '../generate/generate-target.ts';
import { writeFiles } from '../generate/output.ts';

export interface GenerateReport {
  seconds: number;
  /** Processor time (user and system) the generation took: what the machine's load does not stretch. */
  cpuSeconds: number;
  peakRssMb: number;
  outputBytes: number;
  /** Bytes of the document: its entry file and every file it refers to. */
  documentBytes: number;
  warnings: number;
}

async function main(): Promise<void> {
  const [spec, out] = process.argv.slice(2);
  if (!spec || !out) throw new Error('usage: generate-one.ts SPEC OUT_DIR');
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let warnings = 0;
  const files = await generateTarget({ spec, out }, () => warnings++);
  await writeFiles(out, files);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  const { fileDependencies } = await bundle({ ref: spec, config: await createConfig({}), dereference: false });
  let documentBytes = 0;
  for (const file of new Set([resolve(spec), ...[...fileDependencies].map((f) => resolve(f))])) documentBytes += (await stat(file)).size;
  const outputBytes = [...files.values()].reduce((sum, content) => sum + Buffer.byteLength(content), 0);
  const report: GenerateReport = { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, outputBytes, documentBytes, warnings };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
