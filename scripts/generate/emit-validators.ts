import Ajv2020, { type Options } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { JsonSchema } from './openapi-types.ts';
import { DEFS_ID, type SchemaConverter } from './schemas.ts';

export type ValidatorKind = 'parameters' | 'body' | 'response';

const OPTIONS: Record<ValidatorKind, Options> = {
  // parameters arrive decoded by the framework (strictly, per style and type): never coerced again
  parameters: { coerceTypes: false, useDefaults: true },
  body: { coerceTypes: false, useDefaults: true },
  // responses are checked as they are, never altered; only tests load these, so shared functions beat inlining
  response: { coerceTypes: false, useDefaults: false, inlineRefs: false },
};

const ESM_PRELUDE = [
  "import { createRequire } from 'node:module';",
  'const require = createRequire(import.meta.url);',
].join('\n');

export interface EmittedModule {
  js: string;
  dts: string;
}

/** Ajv standalone code for `schemas` (export name to schema), as an ES module plus its declarations. */
export function emitValidators(
  kind: ValidatorKind,
  schemas: Record<string, JsonSchema>,
  converter: SchemaConverter,
  warn: (message: string) => void,
): EmittedModule {
  const ajv = new Ajv2020.default({
    ...OPTIONS[kind],
    code: { source: true, esm: true, lines: true, optimize: true },
    strict: false,
    allErrors: true,
    allowUnionTypes: true,
    logger: { log: () => {}, warn: (...args: unknown[]) => warn(args.join(' ')), error: (...args: unknown[]) => warn(args.join(' ')) },
  });
  addFormats.default(ajv);
  ajv.addSchema({ $id: DEFS_ID, $defs: converter.sharedDefinitions() } as object);
  const names = Object.keys(schemas).sort();
  // one compiled function per distinct schema; the other names are aliases of it
  const firstWithSchema = new Map<string, string>();
  const aliases: string[] = [];
  for (const name of names) {
    const key = JSON.stringify(schemas[name]);
    const same = firstWithSchema.get(key);
    if (same !== undefined) {
      aliases.push(`export const ${name} = ${same};`);
      continue;
    }
    firstWithSchema.set(key, name);
    ajv.addSchema(schemas[name] as object, name);
  }
  const compiled = [...firstWithSchema.values()];
  const code = compiled.length === 0 ? '' : standaloneCode.default(ajv, Object.fromEntries(compiled.map((n) => [n, n])));
  const js = `${ESM_PRELUDE}\n${code.replace(/^"use strict";/, '')}\n${aliases.join('\n')}\n`;
  const dts = [
    "import type { ErrorObject } from 'ajv';",
    '',
    'export interface Validator {',
    '  (data: unknown): boolean;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    ...names.map((name) => `export declare const ${name}: Validator;`),
    '',
  ].join('\n');
  return { js, dts };
}
