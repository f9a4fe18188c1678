import { mediaTypeEssence } from './media-types.ts';
import type { OperationModel, ResponseModel } from './operations.ts';
import { bodyExportName, responseExportName } from './request-schemas.ts';
import { SharedDefinitions } from './shared-definitions.ts';

function literal(value: unknown): string {
  return JSON.stringify(value);
}

/** Response export names to the export doing the same work (the first one with an equal schema). */
export type SharedNames = ReadonlyMap<string, string>;

export interface RouteExports {
  parameters: Set<string>;
  body: Set<string>;
  /** Response export names with a serializer, to the serializer export they share. */
  serializers: SharedNames;
  /** Response export names with a schema, to the response validator export they share. */
  checks: SharedNames;
}

function responseText(operation: OperationModel, response: ResponseModel, exports: RouteExports, headerSets: SharedDefinitions): string {
  const content = response.content.map((media, index) => {
    const name = responseExportName(operation, response.status, index);
    const serializer = exports.serializers.get(name);
    const check = media.schema !== undefined ? literal(exports.checks.get(name) ?? name) : 'undefined';
    return `${literal(media.mediaType)}: { serialize: ${serializer === undefined ? 'undefined' : `serializers.${serializer}`}, check: ${check} }`;
  });
  const headers = response.headers.map(
    (h) =>
      `{ name: ${literal(h.name.toLowerCase())}, required: ${h.required}, setByFramework: ${h.setByFramework}${h.value === undefined ? '' : `, value: ${literal(h.value)}`} }`,
  );
  return `{ headers: ${headerSets.name(`[${headers.join(', ')}]`)}, content: { ${content.join(', ')} } }`;
}

function emitBody(operation: OperationModel, bodyExports: Set<string>): string {
  if (!operation.requestBody) return 'undefined';
  const media = operation.requestBody.content.map((m, index) => {
    const name = bodyExportName(operation, index);
    const validate = bodyExports.has(name) ? `body.${name}` : 'undefined';
    const maxBytes = m.maxBytes === undefined ? '' : `, maxBytes: ${m.maxBytes}`;
    return `${literal(mediaTypeEssence(m.mediaType))}: { decode: ${literal(m.decode)}, validate: ${validate}${maxBytes} }`;
  });
  return `{ required: ${operation.requestBody.required}, media: { ${media.join(', ')} } }`;
}

/**
 * The route table: everything the framework needs to bind an operation, with its precompiled functions. Header lists
 * and responses that operations repeat are emitted once and referenced.
 */
export function emitRoutes(operations: OperationModel[], exports: RouteExports): string {
  const validatorRef = (name: string) => (exports.parameters.has(name) ? `parameters.${name}` : 'undefined');
  const constant = (name: string, text: string) => `const ${name} = ${text} as const;`;
  const headerSets = new SharedDefinitions('headers', constant);
  const responses = new SharedDefinitions('response', constant);
  const plans = new SharedDefinitions('plan', constant);
  const routes = operations.map((op) => {
    const responseEntries = op.responses.map((response) => `${literal(response.status)}: ${responses.name(responseText(op, response, exports, headerSets))}`);
    const parameters = [
      `params: ${validatorRef(`${op.ident}__params`)}`,
      `query: ${validatorRef(`${op.ident}__query`)}`,
      `headers: ${validatorRef(`${op.ident}__headers`)}`,
      `cookies: ${validatorRef(`${op.ident}__cookies`)}`,
      `plans: [${op.parameters.map((p) => plans.name(literal(p.plan))).join(', ')}]`,
    ];
    return [
      '  {',
      `    operationId: ${literal(op.operationId)}, method: ${literal(op.method)}, path: ${literal(op.path)},`,
      `    security: ${literal(op.security)}, extensions: ${literal(op.extensions)},`,
      `    parameters: { ${parameters.join(', ')} },`,
      `    body: ${emitBody(op, exports.body)},`,
      `    responses: { ${responseEntries.join(', ')} },`,
      '  },',
    ].join('\n');
  });
  return [
    "import * as parameters from './validators.parameters.js';",
    "import * as body from './validators.body.js';",
    "import * as serializers from './serializers.js';",
    '',
    "export { basePath, server } from './base-path.ts';",
    '',
    ...plans.lines,
    '',
    ...headerSets.lines,
    '',
    ...responses.lines,
    '',
    'export const routes = [',
    ...routes,
    '] as const;',
    '',
    'export type OperationId = (typeof routes)[number]["operationId"];',
    '',
    '/** Response and component schema validators, for checking responses in tests; loaded only when asked for. */',
    "export const loadResponseValidators = () => import('./validators.response.js');",
    '',
  ].join('\n');
}
