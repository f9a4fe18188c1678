import { validatorDeclarations, type EmittedModule } from './emit-validators.ts';
import { EMAIL } from '../../src/framework/formats.ts';
import type { JsonSchema } from './openapi-types.ts';
import { DEFS_ID } from './schemas.ts';

export interface ResponseValidatorsModule extends EmittedModule {
  /** The schemas the module compiles on first use, as JSON. */
  json: string;
}

/**
 * Response, component (`component(name)`) and webhook validators. Only response checks (tests, CHECK_RESPONSES) call them, so they are
 * not precompiled: the module holds the schemas as data and compiles each validator the first time it is called.
 * Request validation never waits for a compiler.
 */
export function emitResponseValidators(
  schemas: Record<string, JsonSchema>,
  definitions: Record<string, JsonSchema>,
  jsonFile: string,
  note: string,
): ResponseValidatorsModule {
  const names = Object.keys(schemas).sort();
  const json = JSON.stringify({ '//': note, definitions, schemas: Object.fromEntries(names.map((name) => [name, schemas[name]])) });
  const js = [
    "import { readFileSync } from 'node:fs';",
    "import Ajv2020 from 'ajv/dist/2020.js';",
    "import addFormats from 'ajv-formats';",
    '',
    `const { definitions, schemas } = JSON.parse(readFileSync(new URL(${JSON.stringify(`./${jsonFile}`)}, import.meta.url), 'utf8'));`,
    'let ajv;',
    '',
    'function compile(schema) {',
    '  if (ajv === undefined) {',
    '    ajv = new Ajv2020.default({ strict: false, allErrors: true, allowUnionTypes: true, unicodeRegExp: false, validateSchema: false });',
    '    addFormats.default(ajv);',
    `    ajv.addFormat('email', ${EMAIL.toString()});`,
    `    ajv.addSchema({ $id: ${JSON.stringify(DEFS_ID)}, $defs: definitions });`,
    '  }',
    '  return ajv.compile(schema);',
    '}',
    '',
    '/** A validator compiled on its first call. */',
    'function lazy(schema) {',
    '  let compiled;',
    '  const validate = (data) => {',
    '    compiled ??= compile(schema);',
    '    const valid = compiled(data);',
    '    validate.errors = compiled.errors;',
    '    return valid;',
    '  };',
    '  return validate;',
    '}',
    '',
    'const components = new Map();',
    '',
    '/** The validator of a component schema, by its name in the document (undefined for an unknown name). */',
    'export function component(name) {',
    '  if (!Object.hasOwn(definitions, name)) return undefined;',
    `  if (!components.has(name)) components.set(name, lazy({ $ref: ${JSON.stringify(`${DEFS_ID}#/$defs/`)} + name.replace(/~/g, '~0').replace(/\\//g, '~1') }));`,
    '  return components.get(name);',
    '}',
    '',
    ...names.map((name) => `export const ${name} = lazy(schemas[${JSON.stringify(name)}]);`),
    '',
  ].join('\n');
  const dts = validatorDeclarations(names, [
    '/** The validator of a component schema, by its name in the document (undefined for an unknown name). */',
    'export declare function component(name: string): Validator | undefined;',
    '',
  ]);
  return { js, dts, json };
}
