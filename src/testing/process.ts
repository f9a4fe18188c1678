import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** tsx as a loader, by absolute URL, so the process may run in any directory. */
const tsxLoader = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;

/**
 * Runs a TypeScript entry point as `npm start` does: node with tsx as a loader, so signals reach the process itself
 * (the tsx CLI relays them, and kills a child that does not acknowledge within 30 ms, as a busy server may not).
 */
export function spawnTypeScript(script: string, args: string[], options: SpawnOptions): ChildProcess {
  return spawn(process.execPath, ['--import', tsxLoader, script, ...args], options);
}
