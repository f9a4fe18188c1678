import { isJsonMediaType, type OperationModel } from './operations.ts';
import { responseExportName } from './request-schemas.ts';

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

function emitBody(operation: OperationModel): string {
  if (!operation.requestBody) return 'undefined';
  const media = operation.requestBody.content.map((m, index) => {
    const validate = isJsonMediaType(m.mediaType) ? `body.${operation.ident}__body${index}` : 'undefined';
    return `${literal(m.mediaType.split(';')[0]!.trim().toLowerCase())}: ${validate}`;
  });
  return `{ required: ${operation.requestBody.required}, media: { ${media.join(', ')} } }`;
}

/** The route table: everything the framework needs to bind an operation, with its precompiled functions. */
export function emitRoutes(
  operations: OperationModel[],
  parameterExports: Set<string>,
  serializable: Set<string>,
): string {
  const validatorRef = (name: string) => (parameterExports.has(name) ? `parameters.${name}` : 'undefined');
  const routes = operations.map((op) => {
    const arrays = Object.fromEntries(op.parameters.filter((p) => p.arrayStyle).map((p) => [p.name, p.arrayStyle]));
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
      `      queryArrays: ${literal(arrays)},`,
      '    },',
      `    body: ${emitBody(op)},`,
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
    "export { basePath } from './base-path.js';",
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
