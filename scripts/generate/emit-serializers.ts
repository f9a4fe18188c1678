import fastJsonStringify from 'fast-json-stringify';
import type { EmittedModule } from './emit-validators.ts';
import type { JsonSchema } from './openapi-types.ts';

const ESM_PRELUDE = [
  "import { createRequire } from 'node:module';",
  'const require = createRequire(import.meta.url);',
  '',
  '/** Runs one fast-json-stringify standalone (CommonJS) module and returns its export. */',
  'function load(factory) {',
  '  const module = { exports: {} };',
  '  factory(module, require);',
  '  return module.exports;',
  '}',
].join('\n');

/**
 * fast-json-stringify standalone serializers, one per response body schema. Properties the schema does
 * not declare are dropped. A schema whose serializer would need Ajv at run time (anyOf/oneOf/if) is reported.
 */
/** fast-json-stringify numbers merged (allOf) schemas with a process-wide counter: renumber them per serializer. */
function renumberMergedSchemas(code: string): string {
  const numbers = new Map<string, number>();
  return code.replace(/__fjs_merged_(\d+)/g, (_, n: string) => {
    if (!numbers.has(n)) numbers.set(n, numbers.size);
    return `__fjs_merged_${numbers.get(n)}`;
  });
}

export function emitSerializers(schemas: Record<string, JsonSchema>, warn: (message: string) => void): EmittedModule {
  const names = Object.keys(schemas).sort();
  const firstWithSchema = new Map<string, string>();
  const parts = names.map((name) => {
    const key = JSON.stringify(schemas[name]);
    const same = firstWithSchema.get(key);
    if (same !== undefined) return `export const ${name} = ${same};`;
    firstWithSchema.set(key, name);
    const code = renumberMergedSchemas(fastJsonStringify(schemas[name] as object, { mode: 'standalone' }) as unknown as string);
    if (!/const validator = null/.test(code)) {
      warn(`serializer ${name} compiles a schema validator when loaded (anyOf/oneOf/if in the response schema)`);
    }
    return `export const ${name} = load((module, require) => {\n${code.trim()}\n});`;
  });
  const js = `${ESM_PRELUDE}\n\n${parts.join('\n\n')}\n`;
  const dts = ['export type Serializer = (input: unknown) => string;', '', ...names.map((n) => `export declare const ${n}: Serializer;`), ''].join('\n');
  return { js, dts };
}
