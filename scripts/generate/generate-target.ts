import openapiTS, { astToString } from 'openapi-typescript';
import { stringify as toYaml } from 'yaml';
import { emitClient, emitBasePath, emitIndex } from './emit-client.ts';
import { emitHandlers } from './emit-handlers.ts';
import { emitRoutes } from './emit-routes.ts';
import { emitSerializers } from './emit-serializers.ts';
import { emitValidators } from './emit-validators.ts';
import { loadSpec } from './load-spec.ts';
import type { JsonSchema } from './openapi-types.ts';
import { collectOperations, collectWebhooks, isJsonMediaType } from './operations.ts';
import { bodySchemas, PARAMETER_LOCATIONS, parameterSchema, responseExportName } from './request-schemas.ts';
import { createSchemaConverter } from './schemas.ts';
import { basePathOf, serverTemplate } from './servers.ts';
import type { Target } from './targets.ts';

/** File name (relative to the target's output folder) to content, headers included. */
export type GeneratedFiles = Map<string, string>;

function header(specPath: string, commentPrefix: string): string {
  return `${commentPrefix} generated from ${specPath} - do not edit\n`;
}

export async function generateTarget(target: Target, warn: (message: string) => void): Promise<GeneratedFiles> {
  const document = await loadSpec(target.spec);
  const converter = createSchemaConverter(document);
  const operations = collectOperations(document);
  const webhooks = collectWebhooks(document);
  const say = (message: string) => warn(`${target.spec}: ${message}`);

  const parameterSchemas: Record<string, JsonSchema> = {};
  const bodyValidators: Record<string, JsonSchema> = {};
  const responseSchemas: Record<string, JsonSchema> = {};
  const serializerSchemas: Record<string, JsonSchema> = {};
  for (const op of operations) {
    for (const location of PARAMETER_LOCATIONS) {
      const schema = parameterSchema(op, location, converter);
      if (schema !== undefined) parameterSchemas[`${op.ident}__${location}`] = schema;
    }
    for (const body of bodySchemas(op, converter)) bodyValidators[body.exportName] = body.schema;
    for (const response of op.responses) {
      response.content.forEach((media, index) => {
        if (media.schema === undefined) return;
        const name = responseExportName(op, response.status, index);
        responseSchemas[name] = converter.toShared(media.schema);
        if (isJsonMediaType(media.mediaType)) serializerSchemas[name] = converter.toStandalone(media.schema);
      });
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    responseSchemas[`schema__${name.replace(/[^A-Za-z0-9_$]/g, '_')}`] = converter.toShared(schema);
  }
  for (const hook of webhooks) {
    hook.payloads.forEach((media, index) => {
      if (media.schema !== undefined) responseSchemas[`webhook__${hook.ident}__${index}`] = converter.toShared(media.schema);
    });
  }

  const parameters = emitValidators('parameters', parameterSchemas, converter, say);
  const body = emitValidators('body', bodyValidators, converter, say);
  const response = emitValidators('response', responseSchemas, converter, say);
  const serializers = emitSerializers(serializerSchemas, say);
  // defaults do not make request fields required: clients may leave them out (handlers get them filled in by the validators)
  const types = astToString(await openapiTS(structuredClone(document) as never, { alphabetize: false, defaultNonNullable: false }));

  const ts = (content: string) => header(target.spec, '//') + content;
  const files: GeneratedFiles = new Map([
    ['openapi.yaml', header(target.spec, '#') + toYaml(document, { lineWidth: 0 })],
    ['document.ts', ts(`export const document = ${JSON.stringify(document, null, 2)} as const;\n`)],
    ['types.ts', ts(types)],
    ['validators.parameters.js', ts(parameters.js)],
    ['validators.parameters.d.ts', ts(parameters.dts)],
    ['validators.body.js', ts(body.js)],
    ['validators.body.d.ts', ts(body.dts)],
    ['validators.response.js', ts(response.js)],
    ['validators.response.d.ts', ts(response.dts)],
    ['serializers.js', ts(serializers.js)],
    ['serializers.d.ts', ts(serializers.dts)],
    ['base-path.ts', ts(emitBasePath(basePathOf(document), serverTemplate(document)))],
    ['routes.ts', ts(emitRoutes(operations, new Set(Object.keys(parameterSchemas)), new Set(Object.keys(serializerSchemas)), new Set(Object.keys(bodyValidators))))],
    ['handlers.ts', ts(emitHandlers(operations))],
    ['client.ts', ts(emitClient())],
    ['index.ts', ts(emitIndex(document))],
  ]);
  return files;
}
