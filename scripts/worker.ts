/**
 * npm run worker [-- --concurrency N]
 *
 * A webhook dispatcher without the HTTP server, for PostgreSQL (DATABASE_URL): run as many as needed beside the
 * servers; they share the due deliveries (FOR UPDATE SKIP LOCKED and leases). Stops on SIGTERM / SIGINT after the
 * deliveries in flight. The embedded PGlite database belongs to one process, where `npm start` already dispatches.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../src/config.ts';
import { applyMigrations, openDatabase } from '../src/db/index.ts';
import { createLogger } from '../src/logger.ts';
import { createDispatcher } from '../src/webhooks/index.ts';

const PGLITE_REFUSAL =
  'npm run worker needs PostgreSQL: set DATABASE_URL. Without it the service uses the embedded PGlite database, which only ' +
  'one process can open, and `npm start` already delivers webhooks in-process.';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readConfig(): Config & { databaseUrl: string } {
  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : `Cannot read the configuration: ${String(error)}`);
  }
  if (!config.databaseUrl) fail(PGLITE_REFUSAL);
  return { ...config, databaseUrl: config.databaseUrl };
}

function concurrencyArgument(): number | undefined {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { concurrency: { type: 'string' } } });
  if (values.concurrency === undefined) return undefined;
  const n = Number(values.concurrency);
  if (!Number.isInteger(n) || n < 1 || n > 1_000) fail(`--concurrency must be an integer from 1 to 1000, got ${values.concurrency}`);
  return n;
}

const config = readConfig();
const concurrency = concurrencyArgument();
const logger = createLogger(config.logLevel);
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await applyMigrations(db);
} catch (error) {
  logger.fatal({ err: error }, 'cannot migrate the database');
  await db.close();
  process.exit(1);
}
const dispatcher = createDispatcher(db.prisma, {
  allowPrivateTargets: config.webhookAllowPrivateTargets,
  listenUrl: config.databaseUrl,
  logger,
  ...(concurrency ? { concurrency } : {}),
});
dispatcher.start();
logger.info({ concurrency: concurrency ?? 'default' }, 'webhook worker started');

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, 'webhook worker stopping: finishing deliveries in flight');
  dispatcher
    .stop()
    .then(() => db.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'webhook worker stopped with an error');
        process.exit(1);
      },
    );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
