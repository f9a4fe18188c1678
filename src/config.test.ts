import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDatabaseConfig } from './config.ts';

const ADMIN_KEY = `ak_${'A1b2_-'.repeat(6)}`;

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './data',
      redisUrl: undefined,
      adminApiKey: undefined,
      rateLimitPerMinute: 100,
      rateLimitNamespace: 'users-api:',
      webhookAllowPrivateTargets: false,
      logLevel: 'info',
      nodeEnv: 'development',
      checkResponses: false,
      corsOrigins: [],
      requestTimeoutMs: 30_000,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/users',
        DATA_DIR: '/var/lib/users',
        REDIS_URL: 'redis://127.0.0.1:6379',
        ADMIN_API_KEY: ADMIN_KEY,
        RATE_LIMIT_PER_MINUTE: '250',
        RATE_LIMIT_NAMESPACE: 'users-api-staging:',
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        LOG_LEVEL: 'debug',
        NODE_ENV: 'production',
        CHECK_RESPONSES: 'true',
        CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
        REQUEST_TIMEOUT_MS: '10000',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/users',
      dataDir: '/var/lib/users',
      redisUrl: 'redis://127.0.0.1:6379',
      adminApiKey: ADMIN_KEY,
      rateLimitPerMinute: 250,
      rateLimitNamespace: 'users-api-staging:',
      webhookAllowPrivateTargets: true,
      logLevel: 'debug',
      nodeEnv: 'production',
      checkResponses: true,
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
      requestTimeoutMs: 10_000,
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', ADMIN_API_KEY: ' ' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      adminApiKey: undefined,
    });
  });

  it('accepts PORT=0 (any free port)', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://localhost/users'],
    ['DATABASE_URL', 'not a url'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['ADMIN_API_KEY', 'secret'],
    ['ADMIN_API_KEY', 'ak_tooShort'],
    ['RATE_LIMIT_PER_MINUTE', '0'],
    ['RATE_LIMIT_PER_MINUTE', 'lots'],
    ['RATE_LIMIT_NAMESPACE', 'users api:'],
    ['REQUEST_TIMEOUT_MS', '999'],
    ['REQUEST_TIMEOUT_MS', 'soon'],
    ['RATE_LIMIT_NAMESPACE', 'users-api-\u00e9:'],
    ['RATE_LIMIT_NAMESPACE', 'x'.repeat(65)],
    ['WEBHOOK_ALLOW_PRIVATE_TARGETS', 'maybe'],
    ['LOG_LEVEL', 'verbose'],
    ['NODE_ENV', 'staging'],
    ['CORS_ORIGINS', '*'],
    ['CORS_ORIGINS', 'app.example.com'],
    ['CORS_ORIGINS', 'https://app.example.com/'],
    ['CORS_ORIGINS', 'https://app.example.com/path'],
    ['CORS_ORIGINS', 'https://ok.example.com,ftp://files.example.com'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} must `));
  });

  it('names every bad variable at once', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('PORT must be an integer from 0 to 65535 (got "x")');
    expect((error as Error).message).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")');
  });

  it('reads CORS_ORIGINS as a list, ignoring blanks and empty items', () => {
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example.com,,https://b.example.com:8443 , ' }).corsOrigins).toEqual([
      'https://a.example.com',
      'https://b.example.com:8443',
    ]);
    expect(loadConfig({ CORS_ORIGINS: ' ' }).corsOrigins).toEqual([]);
  });

  it('never repeats a bad ADMIN_API_KEY in its message', () => {
    const [problem] = problemsOf({ ADMIN_API_KEY: 'my-very-secret-value' });
    expect(problem).not.toContain('my-very-secret-value');
  });

  it.each([
    ['1', true],
    ['yes', true],
    ['FALSE', false],
    ['0', false],
  ])('reads WEBHOOK_ALLOW_PRIVATE_TARGETS=%s as %s', (value, expected) => {
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: value }).webhookAllowPrivateTargets).toBe(expected);
  });
});

describe('loadDatabaseConfig', () => {
  it('reads DATABASE_URL and DATA_DIR as loadConfig does, with the same default', () => {
    const env = { DATABASE_URL: 'postgresql://u@127.0.0.1/users', DATA_DIR: '/var/lib/users' };
    expect(loadDatabaseConfig(env)).toEqual({ databaseUrl: 'postgresql://u@127.0.0.1/users', dataDir: '/var/lib/users' });
    expect(loadDatabaseConfig({})).toEqual({ databaseUrl: undefined, dataDir: './data' });
    expect(loadDatabaseConfig({ DATA_DIR: ' ' })).toEqual({ databaseUrl: undefined, dataDir: './data' });
  });

  it('ignores the variables only the server reads, even when they are wrong', () => {
    expect(loadDatabaseConfig({ PORT: 'x', LOG_LEVEL: 'loud', ADMIN_API_KEY: 'secret' })).toEqual({ databaseUrl: undefined, dataDir: './data' });
  });

  it('names a bad DATABASE_URL', () => {
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'redis://127.0.0.1' })).toThrow(
      new ConfigError(['DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got redis://...)']),
    );
  });
});
