import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot } from '../src/harness/process.ts';

/** `npm start` is `npm run build` then `npm run serve`: the compiled server must find everything it reads at run time. */
describe('the compiled server (npm run build, then node dist/src/main.js)', () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('builds, starts on the embedded database, answers both APIs and GraphQL, and stops on SIGTERM', async () => {
    await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: repoRoot });
    dataDir = await mkdtemp(join(tmpdir(), 'compiled-server-'));
    const port = await freePort();
    const { DATABASE_URL: _url, ADMIN_API_KEY: _key, ...env } = process.env;
    const server = spawn(process.execPath, [join(repoRoot, 'dist', 'src', 'main.js')], {
      cwd: tmpdir(),
      // budgets of its own in a Redis other test processes share (they spend 127.0.0.1's too)
      env: { ...env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_NAMESPACE: `test-build-${port}:` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => server.on('close', resolve));
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      const printedKey = () => /^\s+(ak_[A-Za-z0-9_-]+)\s*$/m.exec(output)?.[1];
      // /healthz may answer before the banner with the first key reaches the pipe: wait for both
      while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) || printedKey() === undefined) {
        if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the compiled server did not start and print its key:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const key = printedKey();
      const auth = { authorization: `Bearer ${key}` };
      expect((await fetch(`${base}/v1/users`, { headers: auth })).status).toBe(200);
      expect((await fetch(`${base}/api/v2/users`, { headers: auth })).status).toBe(200);
      const unauthorized = await fetch(`${base}/v1/users`);
      expect([unauthorized.status, ((await unauthorized.json()) as { error: { code: string } }).error.code]).toEqual([401, 'UNAUTHORIZED']);
      const graphql = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await fetch(`${base}/docs/graphql`)).status).toBe(200);
      server.kill('SIGTERM');
      expect(await exited, output).toBe(0);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  }, 240_000);
});
