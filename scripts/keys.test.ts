import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/index.ts';
import { createApiKeyService } from '../src/domain/credentials/api-keys.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.ts';
import { formatKeyTable, parseCreateArguments, runKeysCli, type KeysCliContext } from './keys.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const keysScript = join(repoRoot, 'scripts', 'keys.ts');

describe('parseCreateArguments', () => {
  it('reads role, name and rate limit', () => {
    expect(parseCreateArguments(['--role', 'admin', '--name', 'deploy bot', '--rate-limit', '250'])).toEqual({
      role: 'admin',
      name: 'deploy bot',
      rateLimitPerMinute: 250,
    });
    expect(parseCreateArguments(['--name=ci', '--role=standard'])).toEqual({ role: 'standard', name: 'ci', rateLimitPerMinute: undefined });
  });

  it.each([
    [['--name', 'x'], /--role is required/],
    [['--role', 'root', '--name', 'x'], /--role must be admin or standard/],
    [['--role', 'admin'], /--name is required/],
    [['--role', 'admin', '--name', 'x', '--rate-limit', 'fast'], /--rate-limit must be a whole number/],
    [['--role', 'admin', '--name', 'x', '--colour', 'blue'], /Unknown option '--colour'/],
  ])('refuses %j', (args, message) => {
    expect(() => parseCreateArguments(args)).toThrow(message);
  });
});

describe('runKeysCli', () => {
  let testDb: TestDatabase;
  let out: string[];
  let err: string[];
  let opened: number;
  let context: Partial<KeysCliContext>;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.cleanup());
  beforeEach(async () => {
    await testDb.db.prisma.apiKey.deleteMany();
    out = [];
    err = [];
    opened = 0;
    context = {
      env: { RATE_LIMIT_PER_MINUTE: '120' },
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      // The shared test database stays open for the next test.
      openDatabase: async () => {
        opened++;
        return { ...testDb.db, close: async () => {} };
      },
    };
  });

  const apiKeys = () => createApiKeyService(testDb.db.prisma, { defaultRateLimitPerMinute: 120 });

  it('create prints only the key on stdout and the rest on stderr', async () => {
    expect(await runKeysCli(['create', '--role', 'admin', '--name', 'deploy'], context)).toBe(0);
    expect(out).toHaveLength(1);
    const key = out[0]!;
    expect(key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
    expect(err.join('\n')).toMatch(/Created admin key "deploy" .*120 requests\/min.*shown only this once/);
    expect(err.join('\n')).not.toContain(key);
    expect(await apiKeys().verifyApiKey(key)).toMatchObject({ ok: true, key: { name: 'deploy', role: 'admin', rateLimitPerMinute: 120 } });
  });

  it('list prints a table without keys or hashes', async () => {
    await runKeysCli(['create', '--role', 'standard', '--name', 'ci', '--rate-limit', '30'], context);
    const key = out[0]!;
    out = [];
    expect(await runKeysCli(['list'], context)).toBe(0);
    const table = out.join('\n');
    expect(table.split('\n')[0]).toMatch(/^ID\s+NAME\s+ROLE\s+PREFIX\s+RATE LIMIT\s+CREATED\s+REVOKED$/);
    expect(table).toMatch(/ci\s+standard\s+ak_\S{9}\s+30\/min\s+\S+Z\s+-/);
    expect(table).toContain(key.slice(0, 12));
    expect(table).not.toContain(key);
  });

  it('list says so when there are no keys', async () => {
    expect(await runKeysCli(['list'], context)).toBe(0);
    expect(out).toEqual([]);
    expect(err).toEqual(['No API keys.']);
  });

  it('revoke revokes, and says so for an unknown id', async () => {
    const { key, record } = await apiKeys().createApiKey({ name: 'old', role: 'standard' });
    expect(await runKeysCli(['revoke', record.id], context)).toBe(0);
    expect(err.join('\n')).toMatch(new RegExp(`Revoked key "old" \\(id ${record.id}`));
    expect(await apiKeys().verifyApiKey(key)).toEqual({ ok: false, reason: 'revoked' });
    expect(await runKeysCli(['revoke', '00000000-0000-4000-8000-000000000000'], context)).toBe(1);
    expect(err.at(-1)).toMatch(/No API key has the id/);
  });

  it('rotate prints the new key only on stdout; the old key stops working; unknown and revoked ids exit 1', async () => {
    const { key: oldKey, record } = await apiKeys().createApiKey({ name: 'rotating', role: 'standard' });
    expect(await runKeysCli(['rotate', record.id], context)).toBe(0);
    expect(out).toHaveLength(1);
    const key = out[0]!;
    expect(key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
    expect(err.join('\n')).toMatch(new RegExp(`Rotated key "rotating" \\(id ${record.id}, new prefix ${key.slice(0, 12)}\\)`));
    expect(await apiKeys().verifyApiKey(oldKey)).toEqual({ ok: false, reason: 'unknown' });
    expect(await apiKeys().verifyApiKey(key)).toMatchObject({ ok: true, key: { id: record.id } });
    expect(await runKeysCli(['rotate', '00000000-0000-4000-8000-000000000000'], context)).toBe(1);
    expect(err.at(-1)).toMatch(/No API key has the id/);
    await apiKeys().revokeApiKey(record.id);
    expect(await runKeysCli(['rotate', record.id], context)).toBe(1);
    expect(err.at(-1)).toMatch(/is revoked; create a new one instead/);
  });

  it.each([[[]], [['rotate']], [['create', '--role', 'admin']], [['revoke']], [['list', 'extra']]])(
    'exits 2 with usage for %j',
    async (args) => {
      expect(await runKeysCli(args, context)).toBe(2);
      expect(err.join('\n')).toContain('usage: npm run keys');
      expect(out).toEqual([]);
    },
  );

  it('opens no database for a mistyped create', async () => {
    await runKeysCli(['create', '--role', 'boss', '--name', 'x'], context);
    expect(opened).toBe(0);
  });

  it('exits 1 naming a bad variable of the environment', async () => {
    expect(await runKeysCli(['list'], { ...context, env: { RATE_LIMIT_PER_MINUTE: 'many' } })).toBe(1);
    expect(err.join('\n')).toMatch(/RATE_LIMIT_PER_MINUTE must be/);
  });
});

describe('formatKeyTable', () => {
  it('aligns columns and shows revocation times', () => {
    const createdAt = new Date('2026-01-01T00:00:00.000Z');
    const table = formatKeyTable([
      { id: 'a', name: 'short', role: 'admin', prefix: 'ak_123456789', rateLimitPerMinute: 100, createdAt, revokedAt: null, lastUsedAt: null },
      { id: 'b', name: 'a longer name', role: 'standard', prefix: 'ak_abcdefghi', rateLimitPerMinute: 5, createdAt, revokedAt: createdAt, lastUsedAt: null },
    ]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[1]!.indexOf('admin')).toBe(table[2]!.indexOf('standard'));
    expect(table[2]).toMatch(/2026-01-01T00:00:00.000Z$/);
    expect(table[1]).toMatch(/ -$/);
  });
});

describe('tsx scripts/keys.ts (end to end, PGlite directory)', () => {
  const run = promisify(execFile);
  let dataDir: string;
  const env = () => {
    const { DATABASE_URL: _url, ADMIN_API_KEY: _key, USERS_API_KEY: _cliKey, USERS_API_URL: _cliUrl, PORT: _port, HOST: _host, ...rest } = process.env;
    return { ...rest, DATA_DIR: dataDir };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'keys-cli-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('creates a key (stdout is only the key), lists it, and the key verifies', async () => {
    const created = await run(tsx, [keysScript, 'create', '--role', 'admin', '--name', 'e2e'], { env: env(), cwd: dataDir });
    const key = created.stdout.trim();
    expect(created.stdout).toMatch(/^ak_[A-Za-z0-9_-]{43}\n$/);
    expect(created.stderr).toContain('shown only this once');

    const listed = await run(tsx, [keysScript, 'list'], { env: env(), cwd: dataDir });
    expect(listed.stdout).toMatch(/e2e\s+admin\s+ak_/);

    const db = await openDatabase({ dataDir });
    try {
      const result = await createApiKeyService(db.prisma, { defaultRateLimitPerMinute: 100 }).verifyApiKey(key);
      expect(result).toMatchObject({ ok: true, key: { name: 'e2e', role: 'admin' } });
    } finally {
      await db.close();
    }
  }, 120_000);

  it('fails with the clear lock error while another process holds the directory', async () => {
    const holder = await openDatabase({ dataDir });
    try {
      const failure = await run(tsx, [keysScript, 'list'], { env: env(), cwd: dataDir }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toBe('');
      expect(failure?.stderr).toMatch(/Database directory .* is in use by .*\(pid \d+\); stop it or set DATA_DIR\/DATABASE_URL/);
      expect(failure?.stderr).toContain('USERS_API_KEY=$ADMIN_KEY npm run keys -- list');
      expect(failure?.stderr).toMatch(/curl -sS -X POST -H "Authorization: Bearer \$ADMIN_KEY" .* http:\/\/127\.0\.0\.1:3000\/api\/v2\/api-keys/);
    } finally {
      await holder.close();
    }
  }, 120_000);
});
