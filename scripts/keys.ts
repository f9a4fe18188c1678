/**
 * npm run keys -- create --role admin|standard --name NAME [--rate-limit N]   prints the new key (only the key) on stdout
 * npm run keys -- list                                                      a table of every key (never the key itself)
 * npm run keys -- revoke ID
 * npm run keys -- rotate ID                                                 prints the key's new secret on stdout
 * Uses DATABASE_URL, or the PGlite directory DATA_DIR (./data), like the server, and applies pending migrations first.
 * With USERS_API_KEY (an admin key) it goes through the running server instead, which is how keys are managed while
 * the server holds the PGlite directory: USERS_API_URL, else the address that server noted in DATA_DIR, else HOST/PORT.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, loadDotEnv, type Config, type Environment } from '../src/config.ts';
import { applyMigrations, DatabaseInUseError, openDatabase, servingHolder, type Database } from '../src/db/index.ts';
import {
  API_KEY_ROLES,
  createApiKeyService,
  InvalidApiKeyInputError,
  type ApiKeyRole,
  type ApiKeySummary,
} from '../src/domain/credentials/api-keys.ts';
import { createKeyCurl, localServerUrl, shellWord } from '../src/http/key-commands.ts';
import { createHttpKeyStore, type KeyStore } from './keys/http-store.ts';

const USAGE = `usage: npm run keys -- <command>
  create --role admin|standard --name NAME [--rate-limit N]
                 create a key and print it on stdout (it is shown only once)
  list           list the keys: id, name, role, prefix, rate limit, created, revoked
  revoke ID      revoke a key; requests with it are refused from then on
  rotate ID      give a key a new secret and print it on stdout; the old one stops working

While the server runs on the embedded database (DATA_DIR), it holds the database: set USERS_API_KEY to an admin
key and the commands go through the server's /api/v2/api-keys (USERS_API_URL; by default the address the server
holding DATA_DIR noted there, else http://HOST:PORT).`;

export interface KeysCliContext {
  env: Environment;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Opens the database the configuration names, migrated. */
  openDatabase: (config: Config) => Promise<Database>;
}

async function openMigratedDatabase(config: Config): Promise<Database> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await applyMigrations(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

function defaultContext(): KeysCliContext {
  return {
    env: process.env,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    openDatabase: openMigratedDatabase,
  };
}

/** A mistake in the command line: usage goes with the message, exit code 2. */
class UsageError extends Error {}

/** Our own usage errors, node:util parseArgs' (unknown option, missing value), and invalid names or limits. */
function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError || error instanceof InvalidApiKeyInputError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function parseRole(value: string | undefined): ApiKeyRole {
  if (value === undefined) throw new UsageError(`--role is required (${API_KEY_ROLES.join(' or ')})`);
  if (!(API_KEY_ROLES as readonly string[]).includes(value)) {
    throw new UsageError(`--role must be ${API_KEY_ROLES.join(' or ')} (got "${value}")`);
  }
  return value as ApiKeyRole;
}

function parseRateLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--rate-limit must be a whole number of requests per minute (got "${value}")`);
  return Number(value);
}

export interface CreateKeyArguments {
  role: ApiKeyRole;
  name: string;
  rateLimitPerMinute: number | undefined;
}

export function parseCreateArguments(args: string[]): CreateKeyArguments {
  const { values, positionals } = parseArgs({
    args,
    options: { role: { type: 'string' }, name: { type: 'string' }, 'rate-limit': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument(s): ${positionals.join(' ')}`);
  if (values.name === undefined || values.name.trim() === '') throw new UsageError('--name is required');
  return { role: parseRole(values.role), name: values.name, rateLimitPerMinute: parseRateLimit(values['rate-limit']) };
}

export function formatKeyTable(keys: readonly ApiKeySummary[]): string {
  const header = ['ID', 'NAME', 'ROLE', 'PREFIX', 'RATE LIMIT', 'CREATED', 'REVOKED'];
  const rows = keys.map((key) => [
    key.id,
    key.name,
    key.role,
    key.prefix,
    `${key.rateLimitPerMinute}/min`,
    key.createdAt.toISOString(),
    key.revokedAt?.toISOString() ?? '-',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

async function create(apiKeys: KeyStore, args: string[], ctx: KeysCliContext): Promise<number> {
  const { role, name, rateLimitPerMinute } = parseCreateArguments(args);
  const { key, record } = await apiKeys.createApiKey({ role, name, rateLimitPerMinute });
  ctx.out(key);
  ctx.err(
    `Created ${record.role} key "${record.name}" (id ${record.id}, prefix ${record.prefix}, ${record.rateLimitPerMinute} requests/min). ` +
      'The key above is shown only this once.',
  );
  return 0;
}

async function list(apiKeys: KeyStore, args: string[], ctx: KeysCliContext): Promise<number> {
  if (args.length > 0) throw new UsageError(`list takes no arguments (got ${args.join(' ')})`);
  const keys = await apiKeys.listApiKeys();
  if (keys.length === 0) ctx.err('No API keys.');
  else ctx.out(formatKeyTable(keys));
  return 0;
}

function oneId(command: string, args: string[]): string {
  const [id, ...extra] = args;
  if (id === undefined || extra.length > 0) throw new UsageError(`${command} takes one key id (see \`npm run keys -- list\`)`);
  return id;
}

async function revoke(apiKeys: KeyStore, args: string[], ctx: KeysCliContext): Promise<number> {
  const id = oneId('revoke', args);
  const record = await apiKeys.revokeApiKey(id);
  if (!record) {
    ctx.err(`No API key has the id ${id}.`);
    return 1;
  }
  ctx.err(`Revoked key "${record.name}" (id ${record.id}, prefix ${record.prefix}) at ${record.revokedAt?.toISOString()}.`);
  return 0;
}

async function rotate(apiKeys: KeyStore, args: string[], ctx: KeysCliContext): Promise<number> {
  const id = oneId('rotate', args);
  const rotation = await apiKeys.rotateApiKey(id);
  if (rotation.outcome !== 'rotated') {
    ctx.err(rotation.outcome === 'unknown' ? `No API key has the id ${id}.` : `The key ${id} is revoked; create a new one instead.`);
    return 1;
  }
  const { key, record } = rotation.created;
  ctx.out(key);
  ctx.err(`Rotated key "${record.name}" (id ${record.id}, new prefix ${record.prefix}); the old key no longer works. The key above is shown only this once.`);
  return 0;
}

const COMMANDS = { create, list, revoke, rotate } as const;
type Command = keyof typeof COMMANDS;
const isCommand = (name: string | undefined): name is Command => name !== undefined && Object.hasOwn(COMMANDS, name);

/** Runs one command and returns the process exit code. */
export async function runKeysCli(args: string[], context: Partial<KeysCliContext> = {}): Promise<number> {
  const ctx = { ...defaultContext(), ...context };
  const [command, ...rest] = args;
  if (command === 'help' || command === '--help' || command === '-h') {
    ctx.out(USAGE);
    return 0;
  }
  if (!isCommand(command)) {
    ctx.err(command === undefined ? USAGE : `unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  let db: Database | undefined;
  try {
    const createArguments = command === 'create' ? parseCreateArguments(rest) : undefined; // a typo should not need the database
    const config = loadConfig(ctx.env);
    const adminKey = ctx.env.USERS_API_KEY;
    const serverUrl = ctx.env.USERS_API_URL ?? (await holderUrl(config)) ?? localServerUrl(config);
    let store: KeyStore;
    if (adminKey) {
      store = createHttpKeyStore({ serverUrl, adminKey });
    } else {
      db = await openOrExplain(ctx, config, { serverUrl, args, create: createArguments });
      store = createApiKeyService(db.prisma, { defaultRateLimitPerMinute: config.rateLimitPerMinute });
    }
    return await COMMANDS[command](store, rest, ctx);
  } catch (error) {
    if (isUsageError(error)) {
      ctx.err(`${error.message}\n${USAGE}`);
      return 2;
    }
    ctx.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db?.close();
  }
}

/** Where the server holding the configured PGlite directory said it serves, if one does. */
async function holderUrl(config: Config): Promise<string | undefined> {
  if (config.databaseUrl || config.dataDir.startsWith('memory://')) return undefined;
  return servingHolder(resolve(config.dataDir));
}

/** A running server holding the PGlite directory is no dead end: the error says how to go through it. */
async function openOrExplain(
  ctx: KeysCliContext,
  config: Config,
  { serverUrl, args, create }: { serverUrl: string; args: string[]; create: CreateKeyArguments | undefined },
): Promise<Database> {
  try {
    return await ctx.openDatabase(config);
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    const name = create?.name ?? 'NAME';
    const role = create?.role ?? 'standard';
    const again = ['npm run keys --', ...args.map(shellWord)].join(' ');
    throw new Error(
      [
        `${error.message}.`,
        'While the server runs, manage keys through it with an admin key, either with this command:',
        `    USERS_API_KEY=$ADMIN_KEY ${again}`,
        'or over HTTP:',
        `    ${createKeyCurl({ serverUrl: ctx.env.USERS_API_URL ?? error.serves ?? serverUrl, adminKey: '$ADMIN_KEY', name, role })}`,
      ].join('\n'),
    );
  }
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isMain()) {
  loadDotEnv();
  process.exitCode = await runKeysCli(process.argv.slice(2));
}
