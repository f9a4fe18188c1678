import { resolve } from 'node:path';
import type { Config } from './config.ts';
import { classifyDatabaseError, DatabaseInUseError } from './db/index.ts';

/** What start-up was doing: opening and migrating the database, building the app from its generated modules, listening. */
export type StartupStage = 'database' | 'app' | 'listen';

/** Errno numbers of Emscripten's file system (PGlite), which throws them as plain objects. */
const EMSCRIPTEN_ERRNO: Record<number, string> = { 2: 'EACCES', 19: 'EDQUOT', 20: 'EEXIST', 29: 'EIO', 31: 'EISDIR', 44: 'ENOENT', 51: 'ENOSPC', 54: 'ENOTDIR', 63: 'EPERM', 69: 'EROFS' };

const ERRNO_TEXT: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'a file is in the way',
  ENOTDIR: 'a file is in the way (not a directory)',
  EISDIR: 'a directory is where a file should be',
  ENOENT: 'no such file or directory',
  EIO: 'input/output error',
};

/** The errno name of an error: Node's `code`, or Emscripten's numeric `errno`. */
function errnoOf(error: unknown): string | undefined {
  const { code, errno } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; errno?: unknown };
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  if (typeof errno === 'number' && !(error instanceof Error)) return EMSCRIPTEN_ERRNO[errno];
  return undefined;
}

/** A readable text for anything thrown: never `[object Object]`. */
export function errorText(error: unknown): string {
  const errno = errnoOf(error);
  if (errno && !(error instanceof Error)) return `${ERRNO_TEXT[errno] ?? 'system error'} (${errno})`;
  if (error instanceof Error) {
    // Prisma's messages start with a blank line and end with the database's own words: Message: `...`
    const lines = error.message.split('\n').filter((line) => line.trim() !== '');
    const driverMessage = lines.map((line) => /Message: `(.+)`$/.exec(line)?.[1]).find((message) => message !== undefined && message !== 'N/A');
    return driverMessage ?? lines[0] ?? error.name;
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** Host, port and database of a connection string, without credentials. */
function whereIs(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'the configured server';
  }
}

function dataDirFailure(error: unknown, config: Config): string {
  const dir = `DATA_DIR (${resolve(config.dataDir)})`;
  const errno = errnoOf(error) ?? errnoOf((error as { cause?: unknown } | undefined)?.cause);
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk of ${dir} is full (${errno}): free some space, or set DATA_DIR to a directory on another disk`;
    case 'EACCES':
    case 'EPERM':
      return `${dir} is not writable by this user (${errno}): give it write access, or set DATA_DIR to a writable directory`;
    case 'EROFS':
      return `${dir} is on a read-only file system (EROFS): set DATA_DIR to a writable directory`;
    case 'EEXIST':
    case 'ENOTDIR':
      return `${dir} is not a directory: it, or a directory above it, is a file (${errno}); set DATA_DIR to a directory`;
    default:
      return `cannot open the embedded database in ${dir}: ${errorText(error)}; if the directory is damaged or not a database, move it away or set DATA_DIR to another directory (or DATABASE_URL)`;
  }
}

function databaseUrlFailure(error: unknown, databaseUrl: string): string {
  const where = whereIs(databaseUrl);
  const cause = errorText(error).replace(/^Schema engine: /, '');
  if (classifyDatabaseError(error) === 'unavailable' || /can't reach database server|ECONNREFUSED|ENOTFOUND|timeout/i.test(cause)) {
    return `cannot reach PostgreSQL at ${where} (DATABASE_URL): ${cause}; start the server, or set DATABASE_URL to one that runs`;
  }
  return `PostgreSQL at ${where} (DATABASE_URL) refused to start the service: ${cause}; check the user, password and database name in DATABASE_URL`;
}

function listenFailure(error: unknown, config: Config): string {
  switch (errnoOf(error)) {
    case 'EADDRINUSE':
      return `port ${config.port} on ${config.host} is already in use (EADDRINUSE): stop what listens there, or set PORT to a free port`;
    case 'EACCES':
      return `not allowed to listen on port ${config.port} (EACCES; ports below 1024 need privileges): set PORT to a port above 1023`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST "${config.host}" is not an address of this machine (${errnoOf(error)}): set HOST, for example to 127.0.0.1 or 0.0.0.0`;
    default:
      return `cannot listen on ${config.host}:${config.port}: ${errorText(error)}; check HOST and PORT`;
  }
}

/** One line saying why start-up failed and which setting to change. */
export function explainStartupFailure(error: unknown, stage: StartupStage, config: Config): string {
  if (error instanceof DatabaseInUseError) return error.message;
  if (stage === 'listen') return listenFailure(error, config);
  if (stage === 'app') {
    return `cannot build the service: ${errorText(error)}; the installation is incomplete: run npm install (and npm run build before npm run serve)`;
  }
  return config.databaseUrl ? databaseUrlFailure(error, config.databaseUrl) : dataDirFailure(error, config);
}
