import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
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

/** A TCP port nothing listens on now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
