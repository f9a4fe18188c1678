import openapiTS, { astToString } from 'openapi-typescript';
import { stringify as toYaml } from 'yaml';
import { markAccessFlags } from './access-flags.ts';
import { emitClient, emitBasePath, emitIndex } from './emit-client.ts';
import { emitHandlers } from './emit-handlers.ts';
import { emitRoutes } from './emit-routes.ts';
import { emitSerializers } from './emit-serializers.ts';
import { emitResponseValidators } from './emit-response-validators.ts';
import { emitValidators } from './emit-validators.ts';
import { describeFinding, loadSpec, summarizeFindings } from './load-spec.ts';
import { normalizeSchemas, type Finding } from './normalize-schemas.ts';
import type { JsonSchema, OpenApiDocument } from './openapi-types.ts';
import { collectOperations, collectWebhooks, isJsonMediaType } from './operations.ts';
import { bodySchemas, PARAMETER_LOCATIONS, parameterSchema, responseExportName } from './request-schemas.ts';
import { createSchemaConverters } from './schemas.ts';
import { basePathOf, serverTemplate } from './servers.ts';
import type { Target } from './targets.ts';

/** File name (relative to the target's output folder) to content, headers included. */
export type GeneratedFiles = Map<string, string>;

function note(specPath: string): string {
  return `generated from ${specPath} - do not edit`;
}

function header(specPath: string, commentPrefix: string): string {
  return `${commentPrefix} ${note(specPath)}\n`;
}

export interface GenerateOptions {
  /** Findings about the document (lint, meta-schema, unknown formats) as errors instead of warnings. */
  strict?: boolean;
}

export async function generateTarget(target: Target, warn: (message: string) => void, options: GenerateOptions = {}): Promise<GeneratedFiles> {
  const strict = options.strict ?? target.strict ?? false;
  const findings: Finding[] = [];
  const report = (finding: Finding) => findings.push(finding);
  const { document, findings: lintFindings } = await loadSpec(target.spec);
  findings.push(...lintFindings);
  const normalized = normalizeSchemas(document, report);
  markAccessFlags(normalized);
  if (strict && findings.length > 0) {
    throw new Error(`${target.spec} has ${findings.length} problem(s) (--strict):\n  ${findings.map(describeFinding).join('\n  ')}`);
  }
  for (const line of summarizeFindings(findings)) warn(`${target.spec}: ${line}`);
  const converters = createSchemaConverters(normalized);
  const operations = collectOperations(normalized);
  const webhooks = collectWebhooks(normalized);
  const say = (message: string) => warn(`${target.spec}: ${message}`);

  const parameterSchemas: Record<string, JsonSchema> = {};
  const bodyValidators: Record<string, JsonSchema> = {};
  const responseSchemas: Record<string, JsonSchema> = {};
  const serializerSchemas: Record<string, JsonSchema> = {};
  const webhookSchemas: Record<string, JsonSchema> = {};
  for (const op of operations) {
    for (const location of PARAMETER_LOCATIONS) {
      const schema = parameterSchema(op, location, converters.request);
      if (schema !== undefined) parameterSchemas[`${op.ident}__${location}`] = schema;
    }
    for (const body of bodySchemas(op, converters.request)) bodyValidators[body.exportName] = body.schema;
    for (const response of op.responses) {
      response.content.forEach((media, index) => {
        if (media.schema === undefined) return;
        const name = responseExportName(op, response.status, index);
        const schema = converters.response.toShared(media.schema);
        responseSchemas[name] = schema;
        if (isJsonMediaType(media.mediaType)) serializerSchemas[name] = schema;
      });
    }
  }
  for (const hook of webhooks) {
    hook.payloads.forEach((media, index) => {
      if (media.schema !== undefined) webhookSchemas[`webhook__${hook.ident}__${index}`] = converters.response.toShared(media.schema);
    });
  }
  const definitions = converters.definitions();

  const parameters = emitValidators('parameters', parameterSchemas, definitions, say);
  const body = emitValidators('body', bodyValidators, definitions, say);

  // responses with equal schemas share one serializer and one validator name in the route table
  const checks = sharedNames(responseSchemas);
  const serializerNames = sharedNames(serializerSchemas);
  const sharedSerializerSchemas = Object.fromEntries([...new Set(serializerNames.values())].map((name) => [name, serializerSchemas[name]!]));
  const serializers = emitSerializers(sharedSerializerSchemas, definitions);
  const sharedResponseSchemas = Object.fromEntries(Object.entries(responseSchemas).filter(([name]) => checks.get(name) === name));
  const response = emitResponseValidators({ ...sharedResponseSchemas, ...webhookSchemas }, definitions, 'response-schemas.json', note(target.spec));
  // defaults do not make request fields required: clients may leave them out (handlers get them filled in by the validators)
  const large = JSON.stringify(document).length > LARGE_DOCUMENT;
  const typeSource = large ? summarizeForTypes(structuredClone(document)) : structuredClone(document);
  markAccessFlags(typeSource);
  // readOnly and writeOnly properties are marked, so request types (handlers, the client) leave out the first and
  // response types the second
  const types = halveIndentation(
    astToString(await openapiTS(typeSource as never, { alphabetize: false, defaultNonNullable: false, readWriteMarkers: true })),
  );

  const ts = (content: string) => header(target.spec, '//') + content;
  const files: GeneratedFiles = new Map([
    ['package.json', `${JSON.stringify({ '//': note(target.spec), type: 'module', sideEffects: false }, null, 2)}\n`],
    ['openapi.yaml', header(target.spec, '#') + bundledYaml(document)],
    ['document.ts', ts(emitDocument())],
    ['types.ts', ts(types)],
    ['validators.parameters.js', ts(parameters.js)],
    ['validators.parameters.d.ts', ts(parameters.dts)],
    ['validators.body.js', ts(body.js)],
    ['validators.body.d.ts', ts(body.dts)],
    ['validators.response.js', ts(response.js)],
    ['validators.response.d.ts', ts(response.dts)],
    ['response-schemas.json', `${response.json}\n`],
    ['serializers.js', ts(serializers.js)],
    ['serializers.d.ts', ts(serializers.dts)],
    ['base-path.ts', ts(emitBasePath(basePathOf(document), serverTemplate(document)))],
    [
      'routes.ts',
      ts(emitRoutes(operations, { parameters: new Set(Object.keys(parameterSchemas)), body: new Set(Object.keys(bodyValidators)), serializers: serializerNames, checks })),
    ],
    ['handlers.ts', ts(emitHandlers(operations))],
    ['client.ts', ts(emitClient())],
    // property types wrapped in a marker (the helper types that define the markers do not count)
    ['index.ts', ts(emitIndex(document, /\??: \$(Read|Write)</.test(types)))],
  ]);
  return files;
}

/** Each name to the first name whose schema is equal to its own. */
function sharedNames(schemas: Record<string, JsonSchema>): Map<string, string> {
  const firstByKey = new Map<string, string>();
  const shared = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    const key = JSON.stringify(schema);
    if (!firstByKey.has(key)) firstByKey.set(key, name);
    shared.set(name, firstByKey.get(key)!);
  }
  return shared;
}

/**
 * Above this size (as JSON) a document is bundled in YAML's JSON-compatible flow style (a third smaller than block
 * style), and its types carry the first sentence of each description and no examples (the full text stays in the bundle).
 */
const LARGE_DOCUMENT = 1_000_000;

function bundledYaml(document: OpenApiDocument): string {
  const json = JSON.stringify(document);
  return json.length > LARGE_DOCUMENT ? `${json}\n` : toYaml(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The first sentence of each description and no `example`s: what a type's doc comment needs of a large document. */
function summarizeForTypes<T>(node: T, isPropertyMap = false): T {
  if (Array.isArray(node)) node.forEach((item) => summarizeForTypes(item));
  else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === 'example' && !isPropertyMap) delete record[key];
      else if (key === 'description' && typeof value === 'string' && !isPropertyMap) record[key] = firstSentence(value);
      else summarizeForTypes(value, key === 'properties' && !isPropertyMap);
    }
  }
  return node;
}

function firstSentence(text: string): string {
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
  const line = sentence.split('\n')[0]!;
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** openapi-typescript indents by four spaces; two say the same in less. */
function halveIndentation(code: string): string {
  return code.replace(/^((?: {4})+)/gm, (indent: string) => ' '.repeat(indent.length / 2));
}

/** The bundled document, read from the YAML copy beside it (one copy of a large document, not two). */
function emitDocument(): string {
  return [
    "import { readFileSync } from 'node:fs';",
    "import { parse } from 'yaml';",
    '',
    "export const document: Record<string, unknown> = parse(readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8'));",
    '',
  ].join('\n');
}
