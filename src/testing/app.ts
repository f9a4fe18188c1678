import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/index.ts';
import type { ResponseViolation } from '../framework/index.ts';
import { createTestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  config: Config;
  /** Every API response that did not match its spec; tests expect it to stay empty. */
  violations: ResponseViolation[];
  /** Closes the app and drops its database. */
  close(): Promise<void>;
}

/** The configuration tests run with: defaults, silent logs, and `overrides`. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}

/** The whole app on a database of its own (in-memory PGlite, or PostgreSQL when TEST_DATABASE_URL is set), not listening. */
export async function createTestApp(overrides: Partial<Config> = {}, options: Pick<AppOptions, 'logger'> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const { db, cleanup } = await createTestDatabase();
  try {
    const violations: ResponseViolation[] = [];
    const app = await buildApp({
      config,
      db,
      onResponseViolation: (violation) => violations.push(violation),
      ...options,
      rateLimitNamespace: `test-${randomBytes(6).toString('hex')}:`,
      // a loaded test machine must not shed the tests' requests; overload.test.ts forces shedding on its own app
      overloadLimits: { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 0 },
    });
    await app.ready();
    return {
      app,
      db,
      config,
      violations,
      close: async () => {
        await app.close();
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
