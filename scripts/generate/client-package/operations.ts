import { readFile } from 'node:fs/promises';
import { codegen } from '@graphql-codegen/core';
import * as typedDocumentNodePlugin from '@graphql-codegen/typed-document-node';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
// the CommonJS build, the one codegen's plugins use
import { buildSchema, parse } from 'graphql/index.js';

/** The only import the typed-document plugin adds: a types-only package, replaced by the SDK's structural twin. */
const DECORATION_IMPORT = "import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';";

/**
 * TypeScript for the client's GraphQL operations: result and variables types, and one typed document per operation
 * (a `String` subclass carrying the types, so it needs no GraphQL library at run time).
 */
export async function graphqlOperationsSource(schemaPath: string, operationsPath: string, decorationModule: string): Promise<string> {
  const sdl = await readFile(schemaPath, 'utf8');
  const operations = await readFile(operationsPath, 'utf8');
  const output = await codegen({
    filename: 'operations.ts',
    schema: parse(sdl),
    schemaAst: buildSchema(sdl),
    documents: [{ document: parse(operations), location: operationsPath }],
    plugins: [{ operations: {} }, { typedDocumentNode: {} }],
    pluginMap: { operations: operationsPlugin, typedDocumentNode: typedDocumentNodePlugin },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      strictScalars: true,
      skipTypename: true,
      documentMode: 'string',
      scalars: { DateTime: 'string' },
    },
  });
  if (!output.includes(DECORATION_IMPORT)) throw new Error('graphql-codegen no longer imports DocumentTypeDecoration as expected');
  return output.replace(DECORATION_IMPORT, `import type { DocumentTypeDecoration } from '${decorationModule}';`);
}
