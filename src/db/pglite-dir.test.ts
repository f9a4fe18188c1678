import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.ts';
import { DatabaseInUseError } from './dir-lock.ts';
import { applyMigrations } from './migrate.ts';

const run = promisify(execFile);
const databaseModule = new URL('./database.ts', import.meta.url).pathname;

let root: string;
let dataDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pglite-dir-test-'));
  dataDir = join(root, 'data');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Opens `dir` in a child process and returns what it printed. */
async function openInChild(dir: string): Promise<string> {
  const script = `
    import { openDatabase } from ${JSON.stringify(databaseModule)};
    try { await (await openDatabase({ dataDir: ${JSON.stringify(dir)} })).close(); console.log('opened'); }
    catch (error) { console.log(error.message); }`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
  return stdout.trim();
}

describe('file-backed PGlite', () => {
  let first: Database;

  it('keeps data across close and reopen', async () => {
    first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    expect(await applyMigrations(first)).not.toEqual([]);
    await first.prisma.apiKey.create({
      data: { name: 'kept', role: 'standard', prefix: 'ak_kept0000', keyHash: 'c'.repeat(64) },
    });
    await first.close();
    await first.close();

    first = await openDatabase({ dataDir });
    expect(await applyMigrations(first)).toEqual([]);
    expect(await first.prisma.apiKey.findUnique({ where: { prefix: 'ak_kept0000' } })).toMatchObject({
      name: 'kept',
    });
  });

  it('refuses a second open of the directory in the same process', async () => {
    const error = await openDatabase({ dataDir }).then(
      () => expect.fail('opened twice'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseInUseError);
    expect((error as Error).message).toBe(
      `Database directory ${dataDir} is in use by this process (pid ${process.pid}); stop it or set DATA_DIR/DATABASE_URL`,
    );
  });

  it('refuses another process with a clear error while open, and lets it in after close', async () => {
    expect(await openInChild(dataDir)).toBe(
      `Database directory ${dataDir} is in use by another process (pid ${process.pid}); stop it or set DATA_DIR/DATABASE_URL`,
    );
    await first.close();
    expect(await openInChild(dataDir)).toBe('opened');
  });
});
