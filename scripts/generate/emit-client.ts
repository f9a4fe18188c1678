import type { ServerTemplate } from '../../src/framework/servers.ts';
import { toIdentifier } from './operations.ts';
import type { OpenApiDocument } from './openapi-types.ts';

/** A typed openapi-fetch client whose base URL is the server's origin (the spec's base path is added). */
export function emitClient(): string {
  return [
    "import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';",
    "import { basePath } from './base-path.ts';",
    "import type { paths } from './types.ts';",
    '',
    'export type ApiClient = Client<paths>;',
    '',
    'export function createClient(options: ClientOptions & { baseUrl: string }): ApiClient {',
    "  return createFetchClient<paths>({ ...options, baseUrl: options.baseUrl.replace(/\\/+$/, '') + basePath });",
    '}',
    '',
  ].join('\n');
}

/** The base path at the server variables' defaults, and the server template when it has variables to choose at bind time. */
export function emitBasePath(basePath: string, server: ServerTemplate): string {
  const template = Object.keys(server.variables).length > 0 ? `${JSON.stringify(server, null, 2)} as const` : 'undefined';
  return `export const basePath = ${JSON.stringify(basePath)};\n\nexport const server = ${template};\n`;
}

/** A component type as the schema writes it: readOnly and writeOnly properties both kept, without their markers. */
const UNMARKED = [
  '/** A component as its schema writes it (`Readable<...>` and `Writable<...>` give what responses and requests carry). */',
  'type Unmarked<T> = T extends $Read<infer U> | $Write<infer U>',
  '  ? Unmarked<U>',
  '  : T extends (infer E)[]',
  '    ? Unmarked<E>[]',
  '    : T extends object',
  '      ? { [K in keyof T]: Unmarked<T[K]> }',
  '      : T;',
  '',
];

/**
 * What frontends import: the spec's types, one alias per component schema, and the client. When the types mark
 * readOnly or writeOnly properties, the aliases show the schema as written and the markers' helpers are exported.
 */
export function emitIndex(document: OpenApiDocument, marked: boolean): string {
  const names = Object.keys(document.components?.schemas ?? {});
  const aliases = names.map((name) => {
    const ident = toIdentifier(name);
    const alias = ident[0]!.toUpperCase() + ident.slice(1);
    const type = `components["schemas"][${JSON.stringify(name)}]`;
    return `export type ${alias} = ${marked ? `Unmarked<${type}>` : type};`;
  });
  return [
    `import type { ${marked ? '$Read, $Write, ' : ''}components } from './types.ts';`,
    '',
    `export type { components, operations, paths, ${marked ? 'Readable, Writable, ' : ''}webhooks } from './types.ts';`,
    "export { createClient, type ApiClient } from './client.ts';",
    "export { basePath } from './base-path.ts';",
    '',
    ...(marked ? UNMARKED : []),
    ...aliases,
    '',
  ].join('\n');
}
