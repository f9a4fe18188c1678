import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseInUseError, lockDirectory, servingHolder } from './dir-lock.ts';

/** Above the largest pid Linux hands out, so no process has it. */
const DEAD_PID = 2 ** 22 + 1;

let root: string;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dir-lock-test-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A directory whose lock was left by `pid`, last refreshed `ageMs` ago. */
async function leftLocked(pid: number, ageMs: number, host = hostname()): Promise<string> {
  const dir = join(root, `dir-${++seq}`);
  await mkdir(join(dir, '.lock'), { recursive: true });
  await writeFile(join(dir, '.lock-owner'), JSON.stringify({ pid, hostname: host, since: '' }));
  const refreshed = new Date(Date.now() - ageMs);
  await utimes(join(dir, '.lock'), refreshed, refreshed);
  return dir;
}

describe('lockDirectory', () => {
  it('names this process as owner while held and cleans up on release', async () => {
    const dir = join(root, 'plain');
    await mkdir(dir);
    const lock = await lockDirectory(dir);
    expect(JSON.parse(await readFile(join(dir, '.lock-owner'), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    await lock.release();
    await lock.release();
    await expect(readFile(join(dir, '.lock-owner'))).rejects.toThrow(/ENOENT/);
    await (await lockDirectory(dir)).release();
  });

  it('fails at once while a live process holds the lock, on this host or another', async () => {
    const live = await leftLocked(process.ppid, 0);
    await expect(lockDirectory(live, { displayName: './data' })).rejects.toThrow(
      new DatabaseInUseError('./data', process.ppid),
    );
    const remote = await leftLocked(DEAD_PID, 0, 'another-host');
    await expect(lockDirectory(remote)).rejects.toBeInstanceOf(DatabaseInUseError);
  });

  it('tells a process it turns away where the holder serves, once the holder noted it; a dead holder\'s note is ignored', async () => {
    const dir = join(root, 'serving');
    await mkdir(dir);
    const lock = await lockDirectory(dir);
    try {
      expect(await servingHolder(dir)).toBeUndefined();
      await lock.noteServing('http://127.0.0.1:4321');
      expect(await servingHolder(dir)).toBe('http://127.0.0.1:4321');
      const refused = await lockDirectory(dir).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(DatabaseInUseError);
      expect((refused as DatabaseInUseError).serves).toBe('http://127.0.0.1:4321');
    } finally {
      await lock.release();
    }
    expect(await servingHolder(dir)).toBeUndefined();
    const abandoned = await leftLocked(DEAD_PID, 0);
    await writeFile(join(abandoned, '.lock-owner'), JSON.stringify({ pid: DEAD_PID, hostname: hostname(), since: '', serves: 'http://127.0.0.1:1' }));
    expect(await servingHolder(abandoned)).toBeUndefined();
  });

  it('takes over at once a lock abandoned long ago', async () => {
    const dir = await leftLocked(DEAD_PID, 60_000);
    await (await lockDirectory(dir)).release();
  });

  it('takes over a fresh lock of a dead process once it goes stale', async () => {
    const dir = await leftLocked(DEAD_PID, 0);
    const started = Date.now();
    const lock = await lockDirectory(dir, { staleMs: 2_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    await lock.release();
  });
});
