import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const drainingModule = new URL('./draining-pglite.ts', import.meta.url).pathname;

/**
 * Runs `body` in its own process: a PGlite closed under a running query spins on the event loop, which would stall
 * this test worker instead of failing the test. A hung child is killed and the test fails.
 */
async function inChild(body: string): Promise<string[]> {
  const script = `
    import { DrainingPGlite } from ${JSON.stringify(drainingModule)};
    const log = (line) => console.log(line);
    const client = await DrainingPGlite.open({ dataDir: 'memory://' });
    await client.exec('CREATE TABLE t (x int)');
    ${body}
    log('exited normally');`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000, killSignal: 'SIGKILL' });
  return stdout.trim().split('\n');
}

describe('DrainingPGlite.close', () => {
  it('lets a query, a script and a transaction asked for before it finish, then closes', async () => {
    const lines = await inChild(`
      const done = [
        client.query('INSERT INTO t VALUES (1)').then(() => log('query done')),
        client.exec('INSERT INTO t VALUES (2)').then(() => log('exec done')),
        client.transaction(async (tx) => {
          await tx.query('INSERT INTO t VALUES (3)');
          await new Promise((resolve) => setTimeout(resolve, 50));
          await tx.query('INSERT INTO t VALUES (4)');
        }).then(() => log('transaction done')),
      ];
      await client.close();
      log('closed');
      await Promise.all(done);`);
    expect(lines.slice(0, 3).sort()).toEqual(['exec done', 'query done', 'transaction done']);
    expect(lines.slice(3)).toEqual(['closed', 'exited normally']);
  }, 90_000);

  it('refuses what is asked for once closing began, with the message of a closed PGlite', async () => {
    const lines = await inChild(`
      const closing = client.close();
      await client.query('SELECT 1').then(() => log('ran'), (error) => log(error.message));
      await client.transaction(async () => {}).then(() => log('ran'), (error) => log(error.message));
      await closing;
      await client.close();
      log('closed twice');`);
    expect(lines).toEqual(['PGlite is closed', 'PGlite is closed', 'closed twice', 'exited normally']);
  }, 90_000);

  it('a database closed while an API key use is still being recorded closes and exits', async () => {
    const databaseModule = new URL('./database.ts', import.meta.url).pathname;
    const migrateModule = new URL('./migrate.ts', import.meta.url).pathname;
    const apiKeysModule = new URL('../domain/credentials/api-keys.ts', import.meta.url).pathname;
    const script = `
      import { openDatabase } from ${JSON.stringify(databaseModule)};
      import { applyMigrations } from ${JSON.stringify(migrateModule)};
      import { createApiKeyService } from ${JSON.stringify(apiKeysModule)};
      const db = await openDatabase({ dataDir: 'memory://' });
      await applyMigrations(db);
      const apiKeys = createApiKeyService(db.prisma, { defaultRateLimitPerMinute: 100 });
      const { key } = await apiKeys.createApiKey({ name: 'k', role: 'admin' });
      // verifying writes lastUsedAt in the background; closing right away races that write
      console.log((await apiKeys.verifyApiKey(key)).ok);
      await db.close();
      console.log('closed');`;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000, killSignal: 'SIGKILL' });
    expect(stdout.trim().split('\n')).toEqual(['true', 'closed']);
  }, 90_000);
});
