import type { JsonSchema } from './openapi-types.ts';
import type { OperationModel, ParameterModel, ResponseModel } from './operations.ts';

function pascal(ident: string): string {
  return ident[0]!.toUpperCase() + ident.slice(1);
}

function literal(value: string): string {
  return JSON.stringify(value);
}

function hasDefault(schema: JsonSchema): boolean {
  return typeof schema === 'object' && schema.default !== undefined;
}

const PARAMETER_KEYS: Record<ParameterModel['in'], string> = { path: 'path', query: 'query', header: 'header' };

function parameterType(op: OperationModel, location: ParameterModel['in'], opType: string): string {
  const parameters = op.parameters.filter((p) => p.in === location);
  if (parameters.length === 0) return 'Record<string, never>';
  const base = `NonNullable<${opType}["parameters"][${literal(PARAMETER_KEYS[location])}]>`;
  const defaulted = parameters.filter((p) => !p.required && hasDefault(p.schema)).map((p) => literal(p.name));
  return defaulted.length ? `WithDefaults<${base}, ${defaulted.join(' | ')}>` : base;
}

function bodyType(op: OperationModel, opType: string): string {
  if (!op.requestBody) return 'undefined';
  const content = `NonNullable<${opType}["requestBody"]>["content"]`;
  const media = op.requestBody.content.map((m) => `${content}[${literal(m.mediaType)}]`);
  const union = media.length ? media.join(' | ') : 'unknown';
  return op.requestBody.required ? union : `${union} | undefined`;
}

function statusType(status: string): string {
  return /^[1-5][0-9][0-9]$/.test(status) ? status : 'number';
}

function headersField(response: ResponseModel): string {
  const own = response.headers.filter((h) => !h.setByFramework);
  if (own.length === 0) return '';
  const fields = own.map((h) => `${literal(h.name)}${h.required ? '' : '?'}: string | number`).join('; ');
  return own.some((h) => h.required) ? ` headers: { ${fields} };` : ` headers?: { ${fields} };`;
}

function replyVariants(op: OperationModel, opType: string): string[] {
  return op.responses.flatMap((response) => {
    const status = statusType(response.status);
    const headers = headersField(response);
    const responseType = `${opType}["responses"][${literal(response.status)}]`;
    if (response.content.length === 0) return [`{ status: ${status}; body?: undefined;${headers} }`];
    const multiple = response.content.length > 1;
    return response.content.map((media) => {
      const contentType = multiple ? ` contentType: ${literal(media.mediaType)};` : '';
      return `{ status: ${status};${contentType} body: NonNullable<${responseType}["content"]>[${literal(media.mediaType)}];${headers} }`;
    });
  });
}

/** Request and reply types per operation, and the `Handlers` interface the service must implement in full. */
export function emitHandlers(operations: OperationModel[]): string {
  const lines = ["import type { paths } from './types.js';", ''];
  for (const op of operations) {
    const name = pascal(op.ident);
    const opType = `paths[${literal(op.path)}][${literal(op.method.toLowerCase())}]`;
    lines.push(
      `/** ${op.method} ${op.path} */`,
      `export interface ${name}Request {`,
      `  params: ${parameterType(op, 'path', opType)};`,
      `  query: ${parameterType(op, 'query', opType)};`,
      `  headers: ${parameterType(op, 'header', opType)};`,
      `  body: ${bodyType(op, opType)};`,
      '}',
      '',
      `export type ${name}Reply =`,
      // an operation that declares no response constrains none
      ...(op.responses.length ? replyVariants(op, opType).map((variant) => `  | ${variant}`) : ['  { status: number; body?: unknown; contentType?: string }']),
      ';',
      '',
    );
  }
  if (lines.some((line) => line.includes('WithDefaults<'))) {
    lines.splice(
      2,
      0,
      '/** A parameter with a default is always present once validated. */',
      'type WithDefaults<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };',
      '',
    );
  }
  lines.push(
    '/** One handler per operationId: a missing one, or one replying with an undeclared status or body, does not compile. */',
    'export interface Handlers<Context> {',
    ...operations.map((op) => {
      const name = pascal(op.ident);
      return `  ${literal(op.operationId)}: (request: ${name}Request, context: Context) => Promise<${name}Reply> | ${name}Reply;`;
    }),
    '}',
    '',
  );
  return lines.join('\n');
}
