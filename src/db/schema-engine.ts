import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type * as Glue from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngine = Glue.SchemaEngine;
export type SchemaFile = { path: string; content: string };

type WasmExports = Record<string, unknown>;
type GlueModule = typeof Glue & { __wbg_set_wasm(exports: WasmExports): void };
type PanicRegistry = { message?: string; set_message(message: string): void };

/** The part of the WebAssembly global used here (the project's `lib` has no DOM types). */
type WasmApi = {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: WasmExports } }>;
  RuntimeError: abstract new () => Error;
};
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let glue: Promise<GlueModule> | undefined;

/**
 * The package's own entry imports a `.wasm` file as an ES module, which Node cannot
 * do, so the module is instantiated here from the wasm-bindgen glue and the binary.
 */
function loadGlue(): Promise<GlueModule> {
  glue ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const module = (await import(pathToFileURL(gluePath).href)) as GlueModule;
    const bytes = await readFile(join(dirname(gluePath), 'schema_engine_bg.wasm'));
    installPanicRegistry();
    const { instance } = await wasmApi.instantiate(bytes, {
      './schema_engine_bg.js': withUnrefTimers(module),
    });
    module.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return module;
  })();
  glue.catch(() => (glue = undefined));
  return glue;
}

/**
 * The engine arms 10 s timeouts around its queries and never clears them; unreferenced,
 * they no longer keep a finished CLI process alive until they fire.
 */
function withUnrefTimers(module: GlueModule): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...module };
  for (const name of Object.keys(imports)) {
    if (!name.startsWith('__wbg_setTimeout_')) continue;
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

/** The glue reports Rust panics here (Prisma's client runtime installs the same global). */
function installPanicRegistry(): void {
  const scope = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  scope.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      this.message = `RuntimeError: ${message}`;
    },
  };
}

function lastPanic(): string | undefined {
  return (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY
    ?.message;
}

export async function schemaEngineVersion(): Promise<string> {
  return (await loadGlue()).version();
}

/** Connections the engine opened through the factory, so they can be closed after use. */
function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const track = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection;
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  const disposeAll = async () => {
    await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
  };
  return { tracked, disposeAll };
}

/**
 * Runs `use` with a schema engine connected through `factory`, then frees the engine
 * and closes what it opened. `schemaFiles` are the Prisma schema files the engine
 * knows as its datamodel (needed for `schemaDatasource` diff targets).
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaFile[],
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadGlue();
  const { tracked, disposeAll } = trackConnections(factory);
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const datamodels = schemaFiles.map((file): [string, string] => [file.path, file.content]);
  try {
    const engine = await SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      log,
      bindMigrationAwareSqlAdapterFactory(tracked),
    );
    try {
      return await use(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw engineError(error, logs);
  } finally {
    await disposeAll();
  }
}

function engineError(error: unknown, logs: string[]): Error {
  const panic = error instanceof wasmApi.RuntimeError ? lastPanic() : undefined;
  const message =
    panic ?? (error instanceof Error ? error.message : describeEngineError(error));
  const detail = logs.length > 0 ? `\nschema engine log:\n${logs.slice(-20).join('\n')}` : '';
  return new Error(`Schema engine: ${message}${detail}`, { cause: error });
}

/** The engine rejects with plain objects such as `{ message, error_code, meta }`. */
function describeEngineError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return typeof error === 'string' ? error : JSON.stringify(error);
}
