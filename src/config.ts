import { existsSync } from 'node:fs';
import { isApiKeyFormat } from './domain/credentials/api-keys.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; undefined means embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** undefined means the in-process rate-limit store. */
  redisUrl: string | undefined;
  /** When set, this admin key exists after start. */
  adminApiKey: string | undefined;
  rateLimitPerMinute: number;
  /** Prefix of the budgets' keys in Redis: deployments (or tests) sharing one Redis keep their budgets apart. */
  rateLimitNamespace: string;
  webhookAllowPrivateTargets: boolean;
  logLevel: LogLevel;
  nodeEnv: NodeEnv;
  /** Check every API response against its spec and log each mismatch (always on in tests). */
  checkResponses: boolean;
  /** Origins browsers may call the APIs from (CORS); empty: no cross-origin access. */
  corsOrigins: readonly string[];
  /** A request's headers and body must have arrived within this long, else 408 and the connection is closed. */
  requestTimeoutMs: number;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads a variable or explains why it is wrong; `undefined` means unset (an empty value counts as unset). */
type Parser<T> = (raw: string) => { value: T } | { problem: string };

const integer =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    const value = Number(raw);
    return /^\d+$/.test(raw.trim()) && value >= min && value <= max
      ? { value }
      : { problem: `must be an integer from ${min} to ${max} (got "${raw}")` };
  };

const oneOf =
  <T extends string>(allowed: readonly T[]): Parser<T> =>
  (raw) =>
    (allowed as readonly string[]).includes(raw)
      ? { value: raw as T }
      : { problem: `must be one of ${allowed.join(', ')} (got "${raw}")` };

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];
const boolean: Parser<boolean> = (raw) => {
  const lower = raw.trim().toLowerCase();
  if (TRUE.includes(lower)) return { value: true };
  if (FALSE.includes(lower)) return { value: false };
  return { problem: `must be true or false (got "${raw}")` };
};

const url =
  (protocols: readonly string[]): Parser<string> =>
  (raw) => {
    let protocol: string;
    try {
      protocol = new URL(raw).protocol;
    } catch {
      return { problem: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` };
    }
    return protocols.includes(protocol)
      ? { value: raw }
      : { problem: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')} (got ${protocol}//...)` };
  };

const text: Parser<string> = (raw) => ({ value: raw });

/** A Redis key prefix: printable ASCII without spaces, so it reads the same in redis-cli and in logs. */
const keyPrefix: Parser<string> = (raw) =>
  /^[\x21-\x7e]{1,64}$/.test(raw) ? { value: raw } : { problem: `must be 1 to 64 printable ASCII characters without spaces, such as "users-api-staging:" (got "${raw}")` };

/** Origins as browsers send them in `Origin`: scheme, host and port only (`https://app.example.com`). */
const origins: Parser<string[]> = (raw) => {
  const list = raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const notOrigins = list.filter((item) => {
    try {
      const url = new URL(item);
      return !['http:', 'https:'].includes(url.protocol) || url.origin !== item;
    } catch {
      return true;
    }
  });
  return notOrigins.length === 0
    ? { value: list }
    : { problem: `must be a comma-separated list of origins such as https://app.example.com, without paths or a trailing slash (not: ${notOrigins.map((item) => `"${item}"`).join(', ')})` };
};

/** The value is a secret: the message never repeats it. */
const apiKey: Parser<string> = (raw) =>
  isApiKeyFormat(raw) ? { value: raw } : { problem: 'must be an API key: "ak_" followed by at least 32 characters of A-Z, a-z, 0-9, "_" or "-"' };

/** Reads one variable: its value, the fallback when unset, or the fallback with its problem recorded. */
interface Read {
  <T>(name: string, parse: Parser<T>, fallback: T): T;
  <T>(name: string, parse: Parser<T>): T | undefined;
}

/** Reads variables from `env`, gathering every problem, and throws them all at once when `done` is called. */
function environmentReader(env: Environment): { read: Read; done: () => void } {
  const problems: string[] = [];
  function read<T>(name: string, parse: Parser<T>, fallback: T): T;
  function read<T>(name: string, parse: Parser<T>): T | undefined;
  function read<T>(name: string, parse: Parser<T>, fallback?: T): T | undefined {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const result = parse(raw);
    if ('value' in result) return result.value;
    problems.push(`${name} ${result.problem}`);
    return fallback;
  }
  return {
    read,
    done: () => {
      if (problems.length > 0) throw new ConfigError(problems);
    },
  };
}

/** Where the data is: what a tool that only opens the database (`npm run db`) needs. */
export type DatabaseConfig = Pick<Config, 'databaseUrl' | 'dataDir'>;

const readDatabase = (read: Read): DatabaseConfig => ({
  databaseUrl: read('DATABASE_URL', url(['postgres:', 'postgresql:'])),
  dataDir: read('DATA_DIR', text, './data'),
});

/** Validates the database variables only (a tool that serves nothing ignores PORT and the rest); throws ConfigError. */
export function loadDatabaseConfig(env: Environment = process.env): DatabaseConfig {
  const { read, done } = environmentReader(env);
  const config = readDatabase(read);
  done();
  return config;
}

/**
 * Validates the environment and returns the configuration; throws ConfigError naming every bad variable.
 * Reads nothing but `env` (see `loadDotEnv` for the `.env` file).
 */
export function loadConfig(env: Environment = process.env): Config {
  const { read, done } = environmentReader(env);
  const config: Config = {
    port: read('PORT', integer(0, 65535), 3000),
    host: read('HOST', text, '127.0.0.1'),
    ...readDatabase(read),
    redisUrl: read('REDIS_URL', url(['redis:', 'rediss:'])),
    adminApiKey: read('ADMIN_API_KEY', apiKey),
    rateLimitPerMinute: read('RATE_LIMIT_PER_MINUTE', integer(1, 1_000_000), 100),
    rateLimitNamespace: read('RATE_LIMIT_NAMESPACE', keyPrefix, 'users-api:'),
    webhookAllowPrivateTargets: read('WEBHOOK_ALLOW_PRIVATE_TARGETS', boolean, false),
    logLevel: read('LOG_LEVEL', oneOf(LOG_LEVELS), 'info'),
    nodeEnv: read('NODE_ENV', oneOf(NODE_ENVS), 'development'),
    checkResponses: read('CHECK_RESPONSES', boolean, false),
    corsOrigins: read('CORS_ORIGINS', origins, []),
    requestTimeoutMs: read('REQUEST_TIMEOUT_MS', integer(1000, 600_000), 30_000),
  };
  done();
  return config;
}

/** Adds the variables of `.env` (when present) to `process.env`; variables already set win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
