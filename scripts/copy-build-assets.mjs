// After `tsc -p tsconfig.build.json`: the files compiled code reads beside itself at run time that tsc does not
// emit (each generated API's bundled openapi.yaml and response schemas, its package.json).
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

const outDir = process.argv[2] ?? 'dist';
const COMPILED = new Set(['.ts', '.mts', '.js', '.mjs', '.map']);
for (const api of readdirSync('generated', { withFileTypes: true })) {
  const target = join(outDir, 'generated', api.name);
  if (!api.isDirectory() || !existsSync(target)) continue;
  for (const file of readdirSync(join('generated', api.name), { withFileTypes: true })) {
    if (file.isFile() && !COMPILED.has(extname(file.name))) copyFileSync(join('generated', api.name, file.name), join(target, file.name));
  }
}
