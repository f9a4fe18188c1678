import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config.ts';
import { applyMigrations, openDatabase, type Database } from './db/index.ts';
import { createApiKeyService, type CreatedApiKey } from './domain/credentials/api-keys.ts';
import { createKeyCurl, localServerUrl } from './http/key-commands.ts';
import { createLogger, type Logger } from './logger.ts';
import { explainStartupFailure, type StartupStage } from './startup-failure.ts';
import { createDispatcher, type Dispatcher } from './webhooks/index.ts';

/** In-flight requests get this long to finish after a signal; then the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

function readConfig(): Config {
  try {
    loadDotEnv();
    return loadConfig();
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `Cannot read the configuration: ${String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
}

function printInitialAdminKey(key: string, serverUrl: string): void {
  const rule = '='.repeat(72);
  process.stdout.write(
    [
      rule,
      'First start: created an admin API key. It is shown only this once; store it now:',
      '',
      `    ${key}`,
      '',
      `Send it as "Authorization: Bearer ${key.slice(0, 12)}...".`,
      'More keys, while the server runs (the key above authorises it):',
      `    ${createKeyCurl({ serverUrl, adminKey: key, name: 'my app', role: 'standard' })}`,
      'or with the server stopped: npm run keys -- create --role admin|standard --name NAME',
      rule,
      '',
    ].join('\n'),
  );
}

/** ADMIN_API_KEY, when set, must work; otherwise an empty database gets one admin key, returned to be printed once. */
async function setUpApiKeys(db: Database, config: Config, logger: Logger): Promise<CreatedApiKey | undefined> {
  const apiKeys = createApiKeyService(db.prisma, { defaultRateLimitPerMinute: config.rateLimitPerMinute });
  if (config.adminApiKey) {
    const { outcome, record } = await apiKeys.ensureAdminKey(config.adminApiKey);
    if (outcome === 'created') logger.info({ keyId: record.id, prefix: record.prefix }, 'added ADMIN_API_KEY as an admin key');
    if (outcome === 'restored') {
      logger.warn({ keyId: record.id, prefix: record.prefix }, 'ADMIN_API_KEY was revoked or not admin; it is an active admin key again');
    }
    return undefined;
  }
  const initial = await apiKeys.createInitialAdminKeyIfEmpty();
  if (initial) logger.info({ keyId: initial.record.id, prefix: initial.record.prefix }, 'created the initial admin API key');
  return initial;
}

function handleSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      logger.error(`shutdown took longer than ${SHUTDOWN_TIMEOUT_MS} ms: exiting`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  let db: Database | undefined;
  let app: FastifyInstance | undefined;
  let dispatcher: Dispatcher | undefined;
  const stop = async () => {
    await app?.close();
    await dispatcher?.stop();
    await db?.close();
  };
  handleSignals(logger, stop);
  let stage: StartupStage = 'database';
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    // the schema engine words a connection it cannot make as "External error id#0": the driver's error names the cause
    await db.prisma.$queryRaw`SELECT 1`;
    const applied = await applyMigrations(db);
    if (applied.length > 0) logger.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
    const initialKey = await setUpApiKeys(db, config, logger);
    stage = 'app';
    app = await buildApp({ config, db, logger });
    stage = 'listen';
    const address = await app.listen({ host: config.host, port: config.port });
    const serverUrl = localServerUrl({ host: config.host, port: (app.server.address() as AddressInfo).port });
    // `npm run keys`, turned away by the PGlite directory's lock, finds the server here whatever PORT it was given
    await db.noteServing(serverUrl);
    if (initialKey) printInitialAdminKey(initialKey.key, serverUrl);
    dispatcher = createDispatcher(db.prisma, { allowPrivateTargets: config.webhookAllowPrivateTargets, listenUrl: config.databaseUrl, logger });
    dispatcher.start();
    const startupMs = Math.round(process.uptime() * 1000);
    logger.info({ address, database: db.kind, startupMs }, `listening on ${address} (${startupMs} ms after process start)`);
  } catch (error) {
    const reason = explainStartupFailure(error, stage, config);
    logger.fatal({ err: error }, `cannot start: ${reason}`);
    process.stderr.write(`cannot start: ${reason}\n`);
    await stop().catch(() => {});
    process.exit(1);
  }
}

await main();
