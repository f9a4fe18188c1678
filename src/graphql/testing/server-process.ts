import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createPostgresDatabase } from '../../testing/database.ts';
import { repoRoot, spawnTypeScript } from '../../harness/process.ts';

export interface ServerProcess {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Everything the process wrote so far. */
  output(): string;
  /** SIGKILL (it may be busy), then removes its data. */
  stop(): Promise<void>;
}

const LISTENING = /"address":"(http:\/\/127\.0\.0\.1:\d+)"/;

/**
 * The server as `npm start` runs it, in a process of its own on a free port, with a scratch database (PGlite in a
 * temporary directory, or a fresh database on TEST_DATABASE_URL): a test can watch it from outside while it works.
 */
export async function startServerProcess(env: Record<string, string> = {}, startTimeoutMs = 60_000): Promise<ServerProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'graphql-server-'));
  const postgres = process.env.TEST_DATABASE_URL ? await createPostgresDatabase(process.env.TEST_DATABASE_URL) : undefined;
  const { DATABASE_URL: _url, ADMIN_API_KEY: _key, PORT: _port, ...inherited } = process.env;
  const child: ChildProcess = spawnTypeScript(join(repoRoot, 'src', 'main.ts'), [], {
    cwd: dataDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      // budgets of its own in a Redis other test processes share (they spend 127.0.0.1's too)
      RATE_LIMIT_NAMESPACE: `test-${basename(dataDir)}:`,
      ...(postgres ? { DATABASE_URL: postgres.url } : {}),
      ...env,
    },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    await postgres?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  const origin = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not listen within ${startTimeoutMs} ms:\n${output}`)), startTimeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const address = LISTENING.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  try {
    return { origin: await origin, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
