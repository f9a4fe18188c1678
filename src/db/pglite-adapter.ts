import { messages, type PGlite } from '@electric-sql/pglite';
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { DrainingPGlite } from './draining-pglite.ts';

/**
 * pglite-prisma-adapter 0.7.2 does not await `exec` in `executeScript`, so a failing
 * migration script would be reported as applied and its error would surface later as
 * an unhandled rejection. This runs the script and reports its error.
 */
function withAwaitedScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  const fixed = Object.create(adapter) as SqlDriverAdapter;
  fixed.executeScript = async (script: string) => {
    try {
      await client.exec(script);
    } catch (error) {
      if (!(error instanceof messages.DatabaseError)) throw error;
      throw new DriverAdapterError({
        kind: 'postgres',
        code: error.code ?? 'N/A',
        severity: error.severity ?? 'N/A',
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      });
    }
  };
  return fixed;
}

/** Driver adapter factory for Prisma Client and the schema engine on a PGlite instance. */
export function pgliteAdapterFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(client);
  return {
    provider: 'postgres',
    adapterName: inner.adapterName,
    connect: async () => withAwaitedScripts(await inner.connect(), client),
    connectToShadowDb: async () => {
      const shadow = await DrainingPGlite.open({ dataDir: 'memory://' });
      const adapter = withAwaitedScripts(await new PrismaPGlite(shadow).connect(), shadow);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}
