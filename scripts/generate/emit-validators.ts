import Ajv2020, { type Options } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { addSpecFormats } from '../../src/framework/formats.ts';
import type { JsonSchema } from './openapi-types.ts';
import { DEFS_ID } from './schemas.ts';

export type ValidatorKind = 'parameters' | 'body';

const OPTIONS: Record<ValidatorKind, Options> = {
  // parameters arrive decoded by the framework (strictly, per style and type): never coerced again
  parameters: { coerceTypes: false, useDefaults: true },
  body: { coerceTypes: false, useDefaults: true },
};

const ESM_PRELUDE = [
  "import { createRequire } from 'node:module';",
  'const require = createRequire(import.meta.url);',
].join('\n');

export interface EmittedModule {
  js: string;
  dts: string;
}

const ERROR_PUSH = /const (err\d+) = (\{instancePath[\s\S]*?\});if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}/g;

const MESSAGE = /message:("(?:[^"\\]|\\.)*")(?=\})/g;

/**
 * Ajv writes four statements to record each error, one does the same; and each distinct constant message is
 * written once, as a constant the errors share.
 */
function compactErrors(code: string): string {
  const messages = new Map<string, string>();
  const compact = code
    .replace(ERROR_PUSH, '(vErrors ??= []).push($2);')
    .replace(MESSAGE, (_, text: string) => {
      let name = messages.get(text);
      if (name === undefined) messages.set(text, (name = `message${messages.size}`));
      return `message:${name}`;
    });
  const constants = [...messages].map(([text, name]) => `const ${name} = ${text};`);
  return `${constants.join('\n')}\n${compact}`;
}

/** The declarations of a validators module: one `Validator` per name, after `extra` declarations. */
export function validatorDeclarations(names: string[], extra: string[] = []): string {
  return [
    "import type { ErrorObject } from 'ajv';",
    '',
    'export interface Validator {',
    '  (data: unknown): boolean;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    ...extra,
    ...names.map((name) => `export declare const ${name}: Validator;`),
    '',
  ].join('\n');
}

const REF_ONLY = new RegExp(`^${DEFS_ID}#/\\$defs/[^/]+$`);

/**
 * Ajv standalone code for `schemas` (export name to schema), as an ES module plus its declarations. Every component
 * is one function, shared by all the exports that reach it; an export that is only a reference is that function.
 */
export function emitValidators(
  kind: ValidatorKind,
  schemas: Record<string, JsonSchema>,
  definitions: Record<string, JsonSchema>,
  warn: (message: string) => void,
): EmittedModule {
  const ajv = new Ajv2020.default({
    ...OPTIONS[kind],
    code: { source: true, esm: true, lines: false, optimize: true },
    strict: false,
    allErrors: true,
    allowUnionTypes: true,
    inlineRefs: false,
    unicodeRegExp: false,
    validateSchema: false,
    logger: { log: () => {}, warn: (...args: unknown[]) => warn(args.join(' ')), error: (...args: unknown[]) => warn(args.join(' ')) },
  });
  addSpecFormats(ajv);
  ajv.addSchema({ $id: DEFS_ID, $defs: definitions } as object);
  const names = Object.keys(schemas).sort();
  // one compiled function per distinct schema; the other names are aliases of it
  const exports: Record<string, string> = {};
  const byKey = new Map<string, string>();
  const aliases: string[] = [];
  for (const name of names) {
    const schema = schemas[name]!;
    const ref = typeof schema === 'object' && Object.keys(schema).length === 1 && typeof schema.$ref === 'string' ? schema.$ref : undefined;
    const key = ref !== undefined && REF_ONLY.test(ref) ? ref : JSON.stringify(schema);
    const same = byKey.get(key);
    if (same !== undefined) {
      aliases.push(`export const ${name} = ${same};`);
      continue;
    }
    byKey.set(key, name);
    if (key === ref) {
      exports[name] = ref;
    } else {
      ajv.addSchema(schema as object, name);
      exports[name] = name;
    }
  }
  const code = Object.keys(exports).length === 0 ? '' : standaloneCode.default(ajv, exports);
  const js = `${ESM_PRELUDE}\n${compactErrors(code.replace(/^"use strict";/, ''))}\n${aliases.join('\n')}\n`;
  return { js, dts: validatorDeclarations(names) };
}
