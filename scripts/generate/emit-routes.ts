import { mediaTypeEssence } from './media-types.ts';
import type { OperationModel } from './operations.ts';
import { bodyExportName, responseExportName } from './request-schemas.ts';

function literal(value: unknown): string {
  return JSON.stringify(value);
}

function emitResponses(operation: OperationModel, serializable: Set<string>): string {
  const entries = operation.responses.map((response) => {
    const content = response.content.map((media, index) => {
      const name = responseExportName(operation, response.status, index);
      const serialize = serializable.has(name) ? `serializers.${name}` : 'undefined';
      const check = media.schema !== undefined ? literal(name) : 'undefined';
      return `        ${literal(media.mediaType)}: { serialize: ${serialize}, check: ${check} },`;
    });
    const headers = response.headers.map(
      (h) =>
        `{ name: ${literal(h.name.toLowerCase())}, required: ${h.required}, setByFramework: ${h.setByFramework}${h.value === undefined ? '' : `, value: ${literal(h.value)}`} }`,
    );
    return [
      `      ${literal(response.status)}: {`,
      `        headers: [${headers.join(', ')}],`,
      `        content: {`,
      ...content.map((line) => `  ${line}`),
      '        },',
      '      },',
    ].join('\n');
  });
  return entries.join('\n');
}

function emitBody(operation: OperationModel, bodyExports: Set<string>): string {
  if (!operation.requestBody) return 'undefined';
  const media = operation.requestBody.content.map((m, index) => {
    const name = bodyExportName(operation, index);
    const validate = bodyExports.has(name) ? `body.${name}` : 'undefined';
    return `${literal(mediaTypeEssence(m.mediaType))}: { decode: ${literal(m.decode)}, validate: ${validate} }`;
  });
  return `{ required: ${operation.requestBody.required}, media: { ${media.join(', ')} } }`;
}

/** The route table: everything the framework needs to bind an operation, with its precompiled functions. */
export function emitRoutes(
  operations: OperationModel[],
  parameterExports: Set<string>,
  serializable: Set<string>,
  bodyExports: Set<string>,
): string {
  const validatorRef = (name: string) => (parameterExports.has(name) ? `parameters.${name}` : 'undefined');
  const routes = operations.map((op) => {
    return [
      '  {',
      `    operationId: ${literal(op.operationId)},`,
      `    method: ${literal(op.method)},`,
      `    path: ${literal(op.path)},`,
      `    security: ${literal(op.security)},`,
      `    extensions: ${literal(op.extensions)},`,
      `    parameters: {`,
      `      params: ${validatorRef(`${op.ident}__params`)},`,
      `      query: ${validatorRef(`${op.ident}__query`)},`,
      `      headers: ${validatorRef(`${op.ident}__headers`)},`,
      `      cookies: ${validatorRef(`${op.ident}__cookies`)},`,
      `      plans: ${literal(op.parameters.map((p) => p.plan))},`,
      '    },',
      `    body: ${emitBody(op, bodyExports)},`,
      '    responses: {',
      emitResponses(op, serializable),
      '    },',
      '  },',
    ].join('\n');
  });
  return [
    "import * as parameters from './validators.parameters.js';",
    "import * as body from './validators.body.js';",
    "import * as serializers from './serializers.js';",
    '',
    "export { basePath, server } from './base-path.js';",
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
