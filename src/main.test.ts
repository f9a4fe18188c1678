import { execFile, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lockDirectory } from './db/dir-lock.ts';
import { openDatabase, type OpenDatabaseOptions } from './db/index.ts';
import { createApiKeyService } from './domain/credentials/api-keys.ts';
import { createPostgresDatabase } from './testing/database.ts';
import { freePort, repoRoot, spawnTypeScript } from './harness/process.ts';

const mainScript = join(repoRoot, 'src', 'main.ts');
const keysScript = join(repoRoot, 'scripts', 'keys.ts');
const KEY_LINE = /^\s+(ak_[A-Za-z0-9_-]+)\s*$/gm;

interface Started {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  /** Resolves once the process exited and all its output was read. */
  exited: Promise<number | null>;
}

/** Every process a test started; each test ends with none of them running. */
const children: Started[] = [];

/** In a scratch directory, so no .env of the repo is read. */
function start(script: string, args: string[], env: NodeJS.ProcessEnv, options: Pick<SpawnOptions, 'uid' | 'gid'> = {}): Started {
  const child = spawnTypeScript(script, args, { env, cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
  // 'close', not 'exit': output may still be in the pipes when the process exits
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const started = { child, output, exited };
  children.push(started);
  return started;
}

/** Runs a command line as a user would paste it into a POSIX shell; rejects when it exits non-zero. */
async function shell(commandLine: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)('sh', ['-c', commandLine], { env: { PATH: process.env.PATH, ...env } });
}

async function killAll(): Promise<void> {
  const running = children.splice(0);
  for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(running.map((started) => started.exited));
}

/** Waits (bounded) until the process printed what `pattern` matches on stdout or stderr. */
async function waitForOutput(server: Started, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  const since = performance.now();
  const printed = () => pattern.test(server.output.stdout) || pattern.test(server.output.stderr);
  while (!printed()) {
    if (performance.now() - since > timeoutMs) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${server.output.stderr}${server.output.stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Polls /healthz until it answers 200; returns the milliseconds since `since`. */
async function waitForHealthz(port: number, server: Started, since: number, timeoutMs = 60_000): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    if (server.child.exitCode !== null) throw new Error(`server exited with ${server.child.exitCode}:\n${server.output.stderr}${server.output.stdout}`);
    const answered = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (answered) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no /healthz answer within ${timeoutMs} ms:\n${server.output.stderr}${server.output.stdout}`);
}

async function stop(server: Started): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

afterEach(killAll);

describe('the server process (node --import tsx src/main.ts)', () => {
  let dataDir: string;
  let database: OpenDatabaseOptions;
  let dropDatabase: () => Promise<void> = async () => {};

  const env = (overrides: Record<string, string>): NodeJS.ProcessEnv => {
    const { DATABASE_URL: _url, ADMIN_API_KEY: _key, DATA_DIR: _dir, PORT: _port, HOST: _host, USERS_API_KEY: _cliKey, USERS_API_URL: _cliUrl, ...rest } = process.env;
    return {
      ...rest,
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      // budgets of its own in a Redis other test processes share (they spend 127.0.0.1's too)
      RATE_LIMIT_NAMESPACE: `test-${basename(dataDir)}:`,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
      ...overrides,
    };
  };

  async function startServer(): Promise<Started & { port: number; healthzMs: number }> {
    const port = await freePort();
    const spawnedAt = performance.now();
    const server = start(mainScript, [], env({ PORT: String(port) }));
    const healthzMs = await waitForHealthz(port, server, spawnedAt);
    return { ...server, port, healthzMs };
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'main-process-'));
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      const postgres = await createPostgresDatabase(serverUrl);
      database = { databaseUrl: postgres.url, dataDir };
      dropDatabase = postgres.drop;
    } else {
      database = { dataDir };
    }
  });
  afterAll(async () => {
    await killAll();
    await dropDatabase();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts, prints the first admin key once, stops on SIGTERM, and keeps its data across a restart', async () => {
    const first = await startServer();
    console.info(`spawn to first /healthz answer (first start, with migrations): ${Math.round(first.healthzMs)} ms`);
    expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).status).toBe(200);
    await waitForOutput(first, /"msg":"listening on http:\/\/127\.0\.0\.1:\d+ \(\d+ ms after process start\)"/);
    const printed = [...first.output.stdout.matchAll(KEY_LINE)].map((match) => match[1]!);
    expect(printed).toHaveLength(1);
    const initialKey = printed[0]!;
    expect(first.output.stdout).toContain('First start: created an admin API key. It is shown only this once');

    // The banner's command for more keys works while the server runs.
    await waitForOutput(first, /^\s+curl .*\/api\/v2\/api-keys$/m);
    const bannerCurl = /^\s+(curl .*\/api\/v2\/api-keys)$/m.exec(first.output.stdout)?.[1];
    expect(bannerCurl).toContain(`http://127.0.0.1:${first.port}/api/v2/api-keys`);
    const fromBanner = JSON.parse((await shell(bannerCurl!, {})).stdout) as { key: string; role: string };
    expect(fromBanner.role).toBe('standard');
    expect((await fetch(`http://127.0.0.1:${first.port}/api/v2/users`, { headers: { authorization: `Bearer ${fromBanner.key}` } })).status).toBe(200);
    expect(first.output.stdout).toMatch(/"msg":"listening on http:\/\/127\.0\.0\.1:\d+ \(\d+ ms after process start\)"/);
    expect(await stop(first)).toBe(0);
    expect(first.output.stdout).toContain('"msg":"stopped"');

    const second = await startServer();
    console.info(`spawn to first /healthz answer (restart): ${Math.round(second.healthzMs)} ms`);
    expect(second.output.stdout).not.toMatch(KEY_LINE);
    expect(second.output.stdout).not.toContain('First start');

    const serverEnv = env({ PORT: String(second.port) });
    // On PGlite the CLI finds the server through the directory it holds, without being told its PORT.
    const cliEnv = database.databaseUrl ? serverEnv : env({});
    if (!database.databaseUrl) {
      // Without a key the CLI cannot open the directory the server holds: it says how to go through the server.
      const cli = start(keysScript, ['create', '--role', 'standard', '--name', 'while running'], cliEnv);
      expect(await cli.exited).toBe(1);
      expect(cli.output.stdout).toBe('');
      expect(cli.output.stderr).toMatch(/Database directory .* is in use by another process \(pid \d+\)/);
      expect(cli.output.stderr).toContain("USERS_API_KEY=$ADMIN_KEY npm run keys -- create --role standard --name 'while running'");
      const suggestedCurl = /^\s+(curl .*)$/m.exec(cli.output.stderr)?.[1];
      expect(suggestedCurl).toContain(`http://127.0.0.1:${second.port}/api/v2/api-keys`);
      const created = JSON.parse((await shell(suggestedCurl!, { ADMIN_KEY: initialKey })).stdout) as { name: string; key: string };
      expect(created.name).toBe('while running');
    }
    // With an admin key the CLI goes through the running server.
    const viaServer = start(keysScript, ['create', '--role', 'admin', '--name', 'through the server'], { ...cliEnv, USERS_API_KEY: initialKey });
    expect(await viaServer.exited, viaServer.output.stderr).toBe(0);
    const keyViaServer = viaServer.output.stdout.trim();
    expect(keyViaServer).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
    const listed = start(keysScript, ['list'], { ...cliEnv, USERS_API_KEY: keyViaServer });
    expect(await listed.exited, listed.output.stderr).toBe(0);
    expect(listed.output.stdout).toMatch(/through the server\s+admin\s+ak_/);
    expect(listed.output.stdout).not.toContain(keyViaServer);
    const refused = start(keysScript, ['list'], { ...serverEnv, USERS_API_KEY: fromBanner.key });
    expect(await refused.exited).toBe(1);
    expect(refused.output.stderr).toContain('the server answered 403 FORBIDDEN');
    expect(await stop(second)).toBe(0);

    const db = await openDatabase(database);
    try {
      const apiKeys = createApiKeyService(db.prisma, { defaultRateLimitPerMinute: 100 });
      expect(await apiKeys.verifyApiKey(initialKey)).toMatchObject({ ok: true, key: { role: 'admin', name: 'initial admin key' } });
      expect((await apiKeys.listApiKeys()).map((key) => key.name)).toEqual(
        ['initial admin key', 'my app', ...(database.databaseUrl ? [] : ['while running']), 'through the server'],
      );
    } finally {
      await db.close();
    }
  }, 240_000);

  it('makes ADMIN_API_KEY an admin key and prints no key', async () => {
    const adminKey = `ak_${'Z'.repeat(40)}`;
    const port = await freePort();
    const server = start(mainScript, [], env({ PORT: String(port), ADMIN_API_KEY: adminKey }));
    await waitForHealthz(port, server, performance.now());
    await waitForOutput(server, /"msg":"listening on /);
    expect(server.output.stdout).not.toMatch(KEY_LINE);
    expect(server.output.stdout).not.toContain(adminKey);
    expect(await stop(server)).toBe(0);
    const db = await openDatabase(database);
    try {
      const apiKeys = createApiKeyService(db.prisma, { defaultRateLimitPerMinute: 100 });
      expect(await apiKeys.verifyApiKey(adminKey)).toMatchObject({ ok: true, key: { role: 'admin', name: 'ADMIN_API_KEY' } });
    } finally {
      await db.close();
    }
  }, 240_000);

  it('lets in-flight requests finish on SIGTERM, then exits 0', async () => {
    const adminKey = `ak_${'Z'.repeat(40)}`;
    const port = await freePort();
    const server = start(mainScript, [], env({ PORT: String(port), ADMIN_API_KEY: adminKey }));
    await waitForHealthz(port, server, performance.now());
    const emails = Array.from({ length: 12 }, (_, i) => `in-flight-${i}@example.com`);
    // each request sends its headers and the start of its body, and the rest only after SIGTERM: in flight for sure
    const rests: (() => void)[] = [];
    const requests = emails.map(
      (email) =>
        new Promise<number>((resolve, reject) => {
          const body = JSON.stringify({ name: 'In Flight', email, password: 'an in-flight password' });
          const request = httpRequest(
            { host: '127.0.0.1', port, path: '/v1/users', method: 'POST', headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
            (response) => response.resume().on('end', () => resolve(response.statusCode ?? 0)),
          );
          request.on('error', reject);
          request.write(body.slice(0, 8));
          rests.push(() => request.end(body.slice(8)));
        }),
    );
    const received = () =>
      server.output.stdout.split('\n').filter((line) => line.includes('"msg":"incoming request"') && line.includes('"url":"/v1/users"')).length;
    const waitingSince = performance.now();
    while (received() < emails.length) {
      if (performance.now() - waitingSince > 30_000) throw new Error(`the server logged ${received()} of ${emails.length} requests`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    server.child.kill('SIGTERM');
    await waitForOutput(server, /"msg":"shutting down: finishing in-flight requests"/);
    for (const rest of rests) rest();
    expect(await Promise.all(requests)).toEqual(emails.map(() => 201));
    const code = await server.exited;
    if (code !== 0) console.log(server.output.stdout.split('\n').filter((l) => !l.includes('incoming')).slice(-8).join('\n'));
    expect(code).toBe(0);
    const log = server.output.stdout;
    expect(log.indexOf('"msg":"shutting down: finishing in-flight requests"')).toBeLessThan(log.lastIndexOf('"msg":"request completed"'));
    const db = await openDatabase(database);
    try {
      expect(await db.prisma.user.count({ where: { email: { in: emails } } })).toBe(emails.length);
    } finally {
      await db.close();
    }
  }, 240_000);

  it('exits 1 with a message naming a bad variable', async () => {
    const server = start(mainScript, [], env({ PORT: 'eighty', LOG_LEVEL: 'chatty' }));
    expect(await server.exited).toBe(1);
    expect(server.output.stderr).toContain('Invalid configuration:');
    expect(server.output.stderr).toContain('PORT must be an integer from 0 to 65535 (got "eighty")');
    expect(server.output.stderr).toContain('LOG_LEVEL must be one of');
  }, 120_000);
});

describe('start-up failures name their cause and the setting to change', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'main-startup-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const baseEnv = (overrides: Record<string, string>): NodeJS.ProcessEnv => {
    const { DATABASE_URL: _url, ADMIN_API_KEY: _key, DATA_DIR: _dir, PORT: _port, REDIS_URL: _redis, ...rest } = process.env;
    return { ...rest, LOG_LEVEL: 'info', PORT: '0', ...overrides };
  };

  /** Runs the server until it exits (bounded); returns its exit code and everything it printed. */
  async function failedStart(overrides: Record<string, string>, options: Pick<SpawnOptions, 'uid' | 'gid'> = {}) {
    const server = start(mainScript, [], baseEnv(overrides), options);
    const timeout = setTimeout(() => server.child.kill('SIGKILL'), 60_000);
    const code = await server.exited.finally(() => clearTimeout(timeout));
    const printed = `${server.output.stderr}\n${server.output.stdout}`;
    expect(printed).not.toContain('[object Object]');
    return { code, stderr: server.output.stderr, printed };
  }

  const aFile = async () => {
    const file = join(root, `file-${Math.random().toString(36).slice(2)}`);
    await writeFile(file, 'not a directory');
    return file;
  };

  it('DATA_DIR that is a file, or under a file', async () => {
    const file = await aFile();
    for (const dataDir of [file, join(file, 'data')]) {
      const { code, stderr } = await failedStart({ DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`cannot start: DATA_DIR \\(${dataDir}\\) is not a directory: it, or a directory above it, is a file \\((EEXIST|ENOTDIR)\\); set DATA_DIR to a directory`));
    }
  }, 240_000);

  it.runIf(existsSync('/dev/full'))('a full disk under DATA_DIR (a write into it goes to /dev/full: ENOSPC)', async () => {
    const dataDir = join(root, 'full');
    await mkdir(dataDir);
    // the lock owner file is the first thing start-up writes into DATA_DIR
    await symlink('/dev/full', join(dataDir, '.lock-owner'));
    const { code, stderr } = await failedStart({ DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot start: the disk of DATA_DIR (${dataDir}) is full (ENOSPC): free some space, or set DATA_DIR to a directory on another disk`);
  }, 120_000);

  it('a DATA_DIR this user may not write', async () => {
    const dataDir = join(root, 'read-only');
    await mkdir(dataDir);
    await chmod(dataDir, 0o555);
    // root writes anywhere: run the server as nobody, for whom the directory is read-only
    const asRoot = process.getuid?.() === 0;
    if (asRoot) await chmod(root, 0o755);
    const { code, stderr } = await failedStart({ DATA_DIR: dataDir }, asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot start: DATA_DIR (${dataDir}) is not writable by this user (EACCES): give it write access, or set DATA_DIR to a writable directory`);
  }, 120_000);

  it('a DATA_DIR locked by another process', async () => {
    const dataDir = join(root, 'locked');
    await mkdir(dataDir);
    const lock = await lockDirectory(dataDir);
    try {
      const { code, stderr } = await failedStart({ DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(stderr).toContain(`cannot start: Database directory ${dataDir} is in use by another process (pid ${process.pid}); stop it or set DATA_DIR/DATABASE_URL`);
    } finally {
      await lock.release();
    }
  }, 120_000);

  it('an unreachable DATABASE_URL, without its password', async () => {
    const port = await freePort();
    const { code, stderr, printed } = await failedStart({ DATABASE_URL: `postgres://someone:s3cret-pw@127.0.0.1:${port}/users` });
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`cannot start: cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/users \\(DATABASE_URL\\): .+; start the server, or set DATABASE_URL to one that runs`));
    expect(printed).not.toContain('s3cret-pw');
  }, 120_000);

  it('a DATABASE_URL where something other than PostgreSQL answers: the driver\'s cause, not the schema engine\'s "External error"', async () => {
    const sockets = new Set<Socket>();
    const impostor: Server = createServer((socket) => {
      sockets.add(socket);
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    const port = (impostor.address() as { port: number }).port;
    try {
      const { code, stderr } = await failedStart({ DATABASE_URL: `postgres://someone@127.0.0.1:${port}/users` });
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`cannot start: cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/users \\(DATABASE_URL\\): Connection terminated[^;]*; start the server, or set DATABASE_URL to one that runs`));
      expect(stderr).not.toContain('External error');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => impostor.close(() => resolve()));
    }
  }, 120_000);

  it('a REDIS_URL that is not a Redis URL stops the process; an unreachable one is named in a warning and served without limits', async () => {
    const malformed = await failedStart({ DATA_DIR: join(root, 'redis-1'), REDIS_URL: '127.0.0.1:6379' });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('REDIS_URL must be a URL starting with redis:// or rediss://');

    const port = await freePort();
    const httpPort = await freePort();
    const server = start(mainScript, [], baseEnv({ DATA_DIR: join(root, 'redis-2'), REDIS_URL: `redis://127.0.0.1:${port}`, PORT: String(httpPort) }));
    await waitForHealthz(httpPort, server, performance.now());
    await waitForOutput(server, new RegExp(`Redis at 127\\.0\\.0\\.1:${port} \\(REDIS_URL\\) cannot be used: connect ECONNREFUSED [^;]+; rate limits are not enforced until it is back \\(check REDIS_URL\\)`));
    expect(await stop(server)).toBe(0);
  }, 240_000);

  it('a PORT in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stderr } = await failedStart({ DATA_DIR: join(root, 'port'), PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`cannot start: port ${port} on 127.0.0.1 is already in use (EADDRINUSE): stop what listens there, or set PORT to a free port`);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  }, 120_000);
});
