/**
 * `npm run corpus -- DIR...`: every OpenAPI document in the folders (a sub-folder holds one document spread over
 * files: its entry is the top-level file with an `openapi` key) is generated, typechecked, bound and served, each
 * step in a child process with a time limit. Prints one table row per document; exits 1 when anything failed.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { ServeReport } from './serve.ts';
import type { GenerateReport } from './generate-one.ts';
import { routeModuleCheck } from './route-module-check.ts';

const SCRATCH = 'node_modules/.corpus';
const DOCUMENT_FILE = /\.(ya?ml|json)$/i;
const LIMITS = { generate: 180_000, typecheck: 600_000, serve: 300_000 };
/** Generated output may be at most this many times the size of a document above LARGE_DOCUMENT_BYTES. */
const MAX_OUTPUT_RATIO = 3;
const LARGE_DOCUMENT_BYTES = 1_000_000;

interface Row {
  document: string;
  version: string;
  operations: number | undefined;
  generate: GenerateReport | undefined;
  typeErrors: number | undefined;
  serve: ServeReport | undefined;
  /** Start-up of the bound server once its TypeScript is compiled. */
  startupMs?: number | undefined;
  problems: string[];
}

async function isOpenApi(path: string): Promise<{ version: string } | undefined> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const match = /^openapi\s*:\s*["']?([\d.]+)/m.exec(text) ?? /"openapi"\s*:\s*"([\d.]+)"/.exec(text);
  return match ? { version: match[1]! } : undefined;
}

async function findDocuments(target: string): Promise<string[]> {
  if ((await stat(target)).isFile()) return [target];
  const found: string[] = [];
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(target, entry.name);
    if (entry.isFile() && DOCUMENT_FILE.test(entry.name) && (await isOpenApi(path))) found.push(path);
    if (!entry.isDirectory()) continue;
    for (const inner of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const innerPath = join(path, inner.name);
      if (inner.isFile() && DOCUMENT_FILE.test(inner.name) && (await isOpenApi(innerPath))) found.push(innerPath);
    }
  }
  return found;
}

function runChild(args: string[], timeout: number, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { timeout, maxBuffer: 256 * 1024 * 1024, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      const timedOut = error?.killed ? `\n(stopped after ${timeout / 1000} s)` : '';
      resolve({ code, stdout, stderr: `${stderr}${timedOut}` });
    });
  });
}

function lastJsonLine<T>(stdout: string): T | undefined {
  const line = stdout.trim().split('\n').pop();
  try {
    return line ? (JSON.parse(line) as T) : undefined;
  } catch {
    return undefined;
  }
}

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noUncheckedIndexedAccess: true,
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    skipLibCheck: true,
    noEmit: true,
    allowImportingTsExtensions: true,
  },
  include: ['*.ts'],
};

async function checkDocument(entry: string, keep: boolean): Promise<Row> {
  const name = relative(process.cwd(), entry);
  const version = (await isOpenApi(entry))?.version ?? '?';
  const out = join(SCRATCH, basename(entry).replace(/[^A-Za-z0-9.-]+/g, '_'));
  const row: Row = { document: name, version, operations: undefined, generate: undefined, typeErrors: undefined, serve: undefined, problems: [] };
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  try {
    const generated = await runChild(['--import', 'tsx', 'scripts/corpus/generate-one.ts', entry, out], LIMITS.generate);
    row.generate = lastJsonLine<GenerateReport>(generated.stdout);
    if (generated.code !== 0 || !row.generate) {
      row.problems.push(`generation failed: ${generated.stderr.trim().split('\n').slice(-5).join(' | ')}`);
      return row;
    }
    const ratio = row.generate.outputBytes / row.generate.documentBytes;
    if (row.generate.documentBytes > LARGE_DOCUMENT_BYTES && ratio > MAX_OUTPUT_RATIO) {
      row.problems.push(`output is ${ratio.toFixed(2)}× the document (at most ${MAX_OUTPUT_RATIO}× for documents above ${LARGE_DOCUMENT_BYTES / 1e6} MB)`);
    }
    await writeFile(join(out, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    await writeFile(join(out, 'route-module-check.ts'), routeModuleCheck(out));
    const tsc = await runChild(['node_modules/typescript/bin/tsc', '-p', join(out, 'tsconfig.json')], LIMITS.typecheck, {
      ...process.env,
      NODE_OPTIONS: '--max-old-space-size=3072',
    });
    const errors = tsc.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    row.typeErrors = errors.length;
    if (errors.length > 0) row.problems.push(...errors.slice(0, 5).map((line) => `type error: ${line}`));
    else if (tsc.code !== 0) row.problems.push(`typecheck failed: ${(tsc.stderr || tsc.stdout).trim().slice(0, 300)}`);

    const served = await runChild(['--import', 'tsx', 'scripts/corpus/serve.ts', entry, out], LIMITS.serve);
    row.serve = lastJsonLine<ServeReport>(served.stdout);
    if (served.code !== 0 || !row.serve) row.problems.push(`serving failed: ${served.stderr.trim().split('\n').slice(0, 6).join(' | ')}`);
    else {
      // start-up again, now that the first run has compiled the generated TypeScript (as a deployment would have)
      const again = await runChild(['--import', 'tsx', 'scripts/corpus/serve.ts', entry, out, '--startup-only'], LIMITS.serve);
      row.startupMs = lastJsonLine<{ startupMs: number }>(again.stdout)?.startupMs;
      row.operations = row.serve.operations;
      row.problems.push(...row.serve.failures.slice(0, 10));
      if (row.serve.failures.length > 10) row.problems.push(`... and ${row.serve.failures.length - 10} more`);
    }
    return row;
  } finally {
    if (!keep) await rm(out, { recursive: true, force: true });
  }
}

function table(rows: Row[]): string {
  const header = ['document', 'OpenAPI', 'operations', 'generation', 'peak RSS', 'output ÷ document', 'type errors', 'reached', 'malformed → 400', 'start-up'];
  const lines = rows.map((row) => [
    basename(row.document),
    row.version,
    String(row.operations ?? '-'),
    row.generate ? `${row.generate.seconds.toFixed(1)} s (CPU ${row.generate.cpuSeconds.toFixed(1)} s)` : '-',
    row.generate ? `${Math.round(row.generate.peakRssMb)} MB` : '-',
    row.generate ? `${(row.generate.outputBytes / row.generate.documentBytes).toFixed(2)} (${(row.generate.outputBytes / 1e6).toFixed(2)} MB ÷ ${(row.generate.documentBytes / 1e6).toFixed(2)} MB)` : '-',
    String(row.typeErrors ?? '-'),
    row.serve ? `${row.serve.reached}/${row.serve.operations}` : '-',
    row.serve ? `${row.serve.malformedNamed}/${row.serve.malformedSent}` : '-',
    row.startupMs !== undefined ? `${Math.round(row.startupMs)} ms` : '-',
  ]);
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...lines.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { keep: { type: 'boolean' } } });
  if (positionals.length === 0) {
    console.log('usage: npm run corpus -- [--keep] DIR_OR_FILE...');
    process.exitCode = 2;
    return;
  }
  const documents = (await Promise.all(positionals.map(findDocuments))).flat();
  const rows: Row[] = [];
  for (const entry of documents) {
    console.error(`corpus: ${entry}`);
    rows.push(await checkDocument(entry, values.keep === true));
  }
  console.log(table(rows));
  const failed = rows.filter((row) => row.problems.length > 0);
  for (const row of failed) console.log(`\n${row.document}:\n  ${row.problems.join('\n  ')}`);
  console.log(`\n${documents.length} documents, ${failed.length} with problems`);
  if (failed.length > 0 || documents.length === 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
