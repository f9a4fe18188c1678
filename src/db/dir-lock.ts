import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** A lock whose holder stopped refreshing it for this long is taken over. */
const STALE_MS = 15_000;
const UPDATE_MS = 5_000;
const LOCK_NAME = '.lock';
const OWNER_NAME = '.lock-owner';

type Owner = { pid: number; hostname: string; since: string };

export class DatabaseInUseError extends Error {
  readonly code = 'DATABASE_IN_USE';
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
  ) {
    const holder =
      pid === process.pid
        ? `this process (pid ${pid})`
        : `another process${pid === undefined ? '' : ` (pid ${pid})`}`;
    super(
      `Database directory ${dataDir} is in use by ${holder}; stop it or set DATA_DIR/DATABASE_URL`,
    );
    this.name = 'DatabaseInUseError';
  }
}

export type DirLock = { release(): Promise<void> };

async function readOwner(dir: string): Promise<Owner | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, OWNER_NAME), 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

function isRunning(owner: Owner): boolean {
  if (owner.hostname !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLocked(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ELOCKED';
}

/**
 * Takes the exclusive lock of an existing directory (a `.lock` directory made with
 * mkdir and kept fresh while held, by proper-lockfile). Fails at once with
 * DatabaseInUseError while a live process holds it; when its holder died without
 * releasing it, waits until the lock goes stale and takes it over.
 */
export async function lockDirectory(
  dir: string,
  displayName: string = dir,
): Promise<DirLock> {
  const options = {
    lockfilePath: join(dir, LOCK_NAME),
    realpath: false,
    stale: STALE_MS,
    update: UPDATE_MS,
    onCompromised: (error: Error) => {
      process.emitWarning(
        `Lock of database directory ${displayName} was compromised: ${error.message}`,
        { code: 'DATABASE_LOCK_COMPROMISED' },
      );
    },
  };
  let unlock: () => Promise<void>;
  try {
    unlock = await lockfile.lock(dir, options);
  } catch (error) {
    if (!isLocked(error)) throw error;
    const owner = await readOwner(dir);
    if (owner === undefined || isRunning(owner)) {
      throw new DatabaseInUseError(displayName, owner?.pid);
    }
    const waitForStale = { retries: STALE_MS / 500 + 2, factor: 1, minTimeout: 500, maxTimeout: 500 };
    unlock = await lockfile.lock(dir, { ...options, retries: waitForStale }).catch((retryError) => {
      throw isLocked(retryError) ? new DatabaseInUseError(displayName, owner.pid) : retryError;
    });
  }
  const owner: Owner = { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
  await writeFile(join(dir, OWNER_NAME), `${JSON.stringify(owner)}\n`).catch(async (error) => {
    await unlock();
    throw error;
  });
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await rm(join(dir, OWNER_NAME), { force: true });
      await unlock();
    },
  };
}
