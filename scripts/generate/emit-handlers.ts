import type { JsonSchema } from './openapi-types.ts';
import { isJsonMediaType, isTextMediaType, mediaTypeEssence } from './media-types.ts';
import type { OperationModel, ParameterModel, RequestMediaModel, ResponseModel } from './operations.ts';
import { SharedDefinitions } from './shared-definitions.ts';

function pascal(ident: string): string {
  return ident[0]!.toUpperCase() + ident.slice(1);
}

function literal(value: string): string {
  return JSON.stringify(value);
}

function hasDefault(schema: JsonSchema): boolean {
  return typeof schema === 'object' && schema.default !== undefined;
}

const PARAMETER_KEYS: Record<ParameterModel['in'], string> = { path: 'path', query: 'query', header: 'header', cookie: 'cookie' };

function parameterType(op: OperationModel, location: ParameterModel['in'], opType: string): string {
  const parameters = op.parameters.filter((p) => p.in === location);
  if (parameters.length === 0) return 'Record<string, never>';
  const base = `NonNullable<${opType}["parameters"][${literal(PARAMETER_KEYS[location])}]>`;
  const defaulted = parameters.filter((p) => !p.required && hasDefault(p.schema)).map((p) => literal(p.name));
  return defaulted.length ? `WithDefaults<${base}, ${defaulted.join(' | ')}>` : base;
}

function union(names: string[]): string {
  return names.map(literal).join(' | ') || 'never';
}

function mediaBodyType(media: RequestMediaModel, content: string): string {
  // a request carries no readOnly property
  const declared = `Writable<${content}[${literal(media.mediaType)}]>`;
  switch (media.decode.kind) {
    case 'binary':
      return 'Uint8Array';
    case 'text':
      return media.schema === undefined ? 'string' : declared;
    case 'multipart': {
      const files = Object.entries(media.decode.files);
      if (files.length === 0) return declared;
      const one = files.filter(([, count]) => count === 'one').map(([name]) => name);
      const many = files.filter(([, count]) => count === 'many').map(([name]) => name);
      return `WithFiles<${declared}, ${union(one)}, ${union(many)}>`;
    }
    default:
      return declared;
  }
}

/** The body as decoded per media type; `mediaType` tells a handler which one the client sent (ranges give a string). */
function bodyVariants(op: OperationModel, opType: string): string[] {
  if (!op.requestBody) return ['body: undefined; mediaType: undefined;'];
  const content = `NonNullable<${opType}["requestBody"]>["content"]`;
  const variants = op.requestBody.content.map((media) => {
    const essence = mediaTypeEssence(media.mediaType);
    const mediaType = essence.includes('*') ? 'string' : literal(essence);
    return `{ mediaType: ${mediaType}; body: ${mediaBodyType(media, content)} }`;
  });
  if (!op.requestBody.required || variants.length === 0) variants.push('{ mediaType: undefined; body: undefined }');
  return variants;
}

/** The type holding the response's `headers` field (each distinct one declared once), or undefined when a reply sets none. */
function headersType(response: ResponseModel, headerTypes: SharedDefinitions): string | undefined {
  const own = response.headers.filter((h) => !h.setByFramework);
  if (own.length === 0) return undefined;
  const fields = own.map((h) => `${literal(h.name)}${h.required ? '' : '?'}: string | number`).join('; ');
  return headerTypes.name(`{ headers${own.some((h) => h.required) ? '' : '?'}: { ${fields} } }`);
}

const EXACT_STATUS = /^[1-5][0-9][0-9]$/;
const RANGE_STATUS = /^[1-5]XX$/;

/**
 * The statuses a range or `default` does not stand for, because the operation declares them more precisely (an exact
 * code inside a range; every code and range for `default`), as a type; undefined when there are none.
 */
function takenStatuses(op: OperationModel, key: string): string | undefined {
  const exact = op.responses.map((r) => r.status).filter((status) => EXACT_STATUS.test(status));
  const ranges = op.responses.map((r) => r.status).filter((status) => RANGE_STATUS.test(status));
  const taken = RANGE_STATUS.test(key)
    ? exact.filter((status) => status[0] === key[0])
    : key === 'default'
      ? [...exact, ...ranges.map((range) => `StatusCode<${literal(range)}>`)]
      : [];
  return taken.length > 0 ? taken.join(' | ') : undefined;
}

function replyVariants(op: OperationModel, opType: string, headerTypes: SharedDefinitions): string[] {
  return op.responses.flatMap((response) => {
    const headers = headersType(response, headerTypes);
    // openapi-typescript keys a status code by its number, a range or `default` by its text
    const status = EXACT_STATUS.test(response.status) ? response.status : literal(response.status);
    const taken = takenStatuses(op, response.status);
    const statusArguments = taken === undefined ? status : `${status}, ${taken}`;
    const withHeaders = (variant: string) => (headers === undefined ? variant : `${variant} & ${headers}`);
    if (response.content.length === 0) return [withHeaders(`EmptyReply<${statusArguments}>`)];
    const multiple = response.content.length > 1;
    return response.content.map((media) => {
      const mediaType = literal(media.mediaType);
      if (!multiple && media.mediaType === 'application/json') return withHeaders(`JsonReply<${opType}, ${statusArguments}>`);
      const contentType = multiple ? ` contentType: ${mediaType};` : '';
      const body = isJsonMediaType(media.mediaType) || isTextMediaType(media.mediaType) ? `ResponseBody<${opType}, ${status}, ${mediaType}>` : 'Uint8Array';
      return withHeaders(`{ status: StatusCode<${statusArguments}>;${contentType} body: ${body} }`);
    });
  });
}

const REPLY_TYPES = [
  '/**',
  ' * The statuses a response key stands for: its number, the hundred numbers of a range (`2XX`), every status for',
  ' * `default`; a range or `default` leaves out the statuses the operation declares more precisely (`Taken`).',
  ' */',
  'type StatusCode<Key extends string | number, Taken extends number = never> = Key extends number',
  '  ? Key',
  '  : Key extends `${infer Code extends number}`',
  '    ? Code',
  '    : Key extends `${infer Class extends StatusClass}XX`',
  '      ? Exclude<StatusNumber<`${Class}${StatusDigit}${StatusDigit}`>, Taken>',
  '      : Exclude<StatusNumber<`${StatusClass}${StatusDigit}${StatusDigit}`>, Taken>;',
  'type StatusClass = "1" | "2" | "3" | "4" | "5";',
  'type StatusDigit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";',
  'type StatusNumber<Code extends string> = Code extends `${infer N extends number}` ? N : never;',
  '/** The body type an operation declares for a status and media type (no writeOnly property leaves). */',
  'type ResponseBody<Op extends { responses: unknown }, Status extends keyof Op["responses"], Media extends keyof ResponseContent<Op["responses"][Status]>> =',
  '  Readable<ResponseContent<Op["responses"][Status]>[Media]>;',
  'type ResponseContent<R> = R extends { content?: infer C } ? NonNullable<C> : never;',
  'type JsonReply<Op extends { responses: unknown }, Status extends keyof Op["responses"] & (string | number), Taken extends number = never> = {',
  '  status: StatusCode<Status, Taken>;',
  '  body: ResponseContent<Op["responses"][Status]> extends { "application/json": infer Body } ? Readable<Body> : never;',
  '};',
  'type EmptyReply<Status extends string | number, Taken extends number = never> = { status: StatusCode<Status, Taken>; body?: undefined };',
  'type Handler<Request, Reply, Context> = (request: Request, context: Context) => Promise<Reply> | Reply;',
  '',
];

/** Request and reply types per operation, and the `Handlers` interface the service must implement in full. */
export function emitHandlers(operations: OperationModel[]): string {
  const lines = ["import type { paths, Readable } from './types.ts';", ''];
  const headerTypes = new SharedDefinitions('ReplyHeaders', (name, text) => `type ${name} = ${text};`);
  for (const op of operations) {
    const name = pascal(op.ident);
    const opType = `${name}Operation`;
    const parameters = [
      `  params: ${parameterType(op, 'path', opType)};`,
      `  query: ${parameterType(op, 'query', opType)};`,
      `  headers: ${parameterType(op, 'header', opType)};`,
      `  cookies: ${parameterType(op, 'cookie', opType)};`,
    ];
    const bodies = bodyVariants(op, opType);
    lines.push(
      `/** ${op.method} ${op.path} */`,
      `type ${opType} = paths[${literal(op.path)}][${literal(op.method.toLowerCase())}];`,
      ...(op.requestBody
        ? [`export type ${name}Request = {`, ...parameters, `} & (${bodies.map((b) => `\n  | ${b}`).join('')}\n);`]
        : [`export interface ${name}Request {`, ...parameters, `  ${bodies[0]!.replace('; ', ';\n  ')}`, '}']),
      '',
      `export type ${name}Reply =`,
      // an operation that declares no response constrains none
      ...(op.responses.length ? replyVariants(op, opType, headerTypes).map((variant) => `  | ${variant}`) : ['  { status: number; body?: unknown; contentType?: string }']),
      ';',
      '',
    );
  }
  if (headerTypes.lines.length > 0) lines.splice(2, 0, ...headerTypes.lines, '');
  lines.splice(2, 0, ...REPLY_TYPES);
  if (lines.some((line) => line.includes('Writable<'))) lines[0] = "import type { paths, Readable, Writable } from './types.ts';";
  if (lines.some((line) => line.includes('WithFiles<'))) {
    lines.splice(
      2,
      0,
      '/** A file part of a multipart body, stored as it arrived (within the size limit) until the response is sent. */',
      'export interface UploadedFile {',
      '  filename: string;',
      '  mimetype: string;',
      '  /** Its size in bytes. */',
      '  size: number;',
      '  /** Its bytes from the first (a Node.js Readable); each call opens a new stream. */',
      '  stream(): AsyncIterable<Uint8Array>;',
      '}',
      '',
      '/** A multipart body: its binary properties arrive as uploaded files. */',
      'type WithFiles<T, One extends keyof T, Many extends keyof T> = Omit<T, One | Many> &',
      '  { [P in keyof Pick<T, One>]: UploadedFile } & { [P in keyof Pick<T, Many>]: UploadedFile[] };',
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
      return `  ${literal(op.operationId)}: Handler<${name}Request, ${name}Reply, Context>;`;
    }),
    '}',
    '',
  );
  return lines.join('\n');
}
