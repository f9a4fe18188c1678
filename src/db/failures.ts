/**
 * What a database error means for the caller: `unavailable` (the database cannot be reached or dropped the
 * connection: retry later) or `unstorable-text` (a string PostgreSQL cannot store, such as one holding U+0000:
 * the input is at fault). Any other error is none of these (undefined).
 */
export type DatabaseFailure = 'unavailable' | 'unstorable-text';

/** Prisma's codes for a database it cannot reach, that timed out, closed the connection, or whose pool is exhausted. */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/** How driver adapters describe a lost or refused connection. */
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);

/** SQLSTATE: class 08 (connection exception), 53300 (too many connections), 57P01..57P03 (shutting down, cannot connect now). */
const UNAVAILABLE_SQLSTATE = /^(08...|53300|57P0[1-3])$/;

/** SQLSTATE 22021 (invalid byte sequence: U+0000 in text) and 22P05 (untranslatable character, e.g. \u0000 in jsonb). */
const UNSTORABLE_TEXT_SQLSTATE = new Set(['22021', '22P05']);

const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** Messages of node-postgres and PGlite that carry no code. */
const UNAVAILABLE_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|PGlite is closed|Client has encountered a connection error|Connection refused)/i;

type Fields = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; meta?: unknown; cause?: unknown; driverAdapterError?: unknown };

const asFields = (value: unknown): Fields | undefined => (typeof value === 'object' && value !== null ? (value as Fields) : undefined);

/** The error and what it wraps: `cause` chains and Prisma's `meta.driverAdapterError`. */
function* layers(error: unknown): Generator<Fields> {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 16) {
    const current = pending.shift();
    const fields = asFields(current);
    if (!fields || seen.has(current)) continue;
    seen.add(current);
    yield fields;
    pending.push(fields.cause, asFields(fields.meta)?.driverAdapterError);
  }
}

function classifyLayer(layer: Fields): DatabaseFailure | undefined {
  const code = typeof layer.code === 'string' ? layer.code : typeof layer.originalCode === 'string' ? layer.originalCode : undefined;
  if (code !== undefined) {
    if (UNSTORABLE_TEXT_SQLSTATE.has(code)) return 'unstorable-text';
    if (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)) return 'unavailable';
  }
  if (typeof layer.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(layer.kind)) return 'unavailable';
  if (typeof layer.message === 'string' && UNAVAILABLE_MESSAGE.test(layer.message)) return 'unavailable';
  return undefined;
}

/** One classifier for every database error the APIs meet (Prisma, adapter-pg, node-postgres, PGlite). */
export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  for (const layer of layers(error)) {
    const failure = classifyLayer(layer);
    if (failure) return failure;
  }
  return undefined;
}

/** Seconds a client is asked to wait (`Retry-After`) while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
