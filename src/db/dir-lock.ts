import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** A lock whose holder stopped refreshing it for this long is taken over. */
const STALE_MS = 15_000;
const LOCK_NAME = '.lock';
const OWNER_NAME = '.lock-owner';

/** Who holds the directory; `serves` is the address of the server it runs, once it listens. */
type Owner = { pid: number; hostname: string; since: string; serves?: string };

export class DatabaseInUseError extends Error {
  readonly code = 'DATABASE_IN_USE';
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
    /** Where the holder serves HTTP, when it is a server that said so (`DirLock.noteServing`). */
    readonly serves?: string,
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

export type DirLock = {
  /** Notes in the directory where the holder serves HTTP, so a process turned away can be pointed there. */
  noteServing(url: string): Promise<void>;
  release(): Promise<void>;
};

export type LockDirectoryOptions = {
  /** How the directory is named in messages: as the user gave it. */
  displayName?: string;
  /** After how long an unrefreshed lock counts as abandoned (at least 2 s). */
  staleMs?: number;
};

type Settings = { dir: string; displayName: string; staleMs: number };

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

function lockOptions({ dir, displayName, staleMs }: Settings) {
  return {
    lockfilePath: join(dir, LOCK_NAME),
    realpath: false,
    stale: staleMs,
    update: staleMs / 3,
    onCompromised: (error: Error) => {
      process.emitWarning(
        `Lock of database directory ${displayName} was compromised: ${error.message}`,
        { code: 'DATABASE_LOCK_COMPROMISED' },
      );
    },
  };
}

/** Waits until the lock left by a dead process goes stale, then takes it. */
async function takeOver(settings: Settings, owner: Owner) {
  process.emitWarning(
    `Database directory ${settings.displayName} was left locked by pid ${owner.pid}, which is ` +
      `gone; taking the lock over within ${Math.ceil(settings.staleMs / 1000)} s`,
    { code: 'DATABASE_LOCK_STALE' },
  );
  const retries = Math.ceil(settings.staleMs / 500) + 2;
  const retry = { retries, factor: 1, minTimeout: 500, maxTimeout: 500 };
  try {
    return await lockfile.lock(settings.dir, { ...lockOptions(settings), retries: retry });
  } catch (error) {
    throw isLocked(error) ? new DatabaseInUseError(settings.displayName, owner.pid, owner.serves) : error;
  }
}

async function acquire(settings: Settings): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(settings.dir, lockOptions(settings));
  } catch (error) {
    if (!isLocked(error)) throw error;
    const owner = await readOwner(settings.dir);
    if (owner === undefined || isRunning(owner)) {
      throw new DatabaseInUseError(settings.displayName, owner?.pid, owner?.serves);
    }
    return takeOver(settings, owner);
  }
}

/**
 * Takes the exclusive lock of an existing directory: a `.lock` directory made with
 * mkdir and kept fresh while held (proper-lockfile), and `.lock-owner` naming the
 * holder. Fails at once with DatabaseInUseError while a live process holds it; when
 * its holder died without releasing it, waits until the lock goes stale and takes it.
 */
export async function lockDirectory(
  dir: string,
  { displayName = dir, staleMs = STALE_MS }: LockDirectoryOptions = {},
): Promise<DirLock> {
  const unlock = await acquire({ dir, displayName, staleMs: Math.max(staleMs, 2_000) });
  const owner: Owner = { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
  try {
    await writeFile(join(dir, OWNER_NAME), `${JSON.stringify(owner)}\n`);
  } catch (error) {
    await unlock();
    throw error;
  }
  let released = false;
  return {
    async noteServing(url: string) {
      if (!released) await writeFile(join(dir, OWNER_NAME), `${JSON.stringify({ ...owner, serves: url })}\n`);
    },
    async release() {
      if (released) return;
      released = true;
      await rm(join(dir, OWNER_NAME), { force: true });
      await unlock();
    },
  };
}

/**
 * The address the live holder of `dir`'s lock serves HTTP on, if it noted one: how a command that cannot open the
 * directory reaches the server that has it, whatever HOST and PORT the command itself was given.
 */
export async function servingHolder(dir: string, staleMs = STALE_MS): Promise<string | undefined> {
  const owner = await readOwner(dir);
  if (owner?.serves === undefined || !isRunning(owner)) return undefined;
  const held = await lockfile.check(dir, { lockfilePath: join(dir, LOCK_NAME), realpath: false, stale: staleMs }).catch(() => false);
  return held ? owner.serves : undefined;
}
