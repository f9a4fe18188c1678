import { readFile } from 'node:fs/promises';
import { codegen } from '@graphql-codegen/core';
import type { CodegenPlugin } from '@graphql-codegen/plugin-helpers';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import {
  buildSchema,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  // the CommonJS build, the one codegen's plugins use (Vite would give a plain `graphql` import the ES build)
} from 'graphql/index.js';
import type { GeneratedFiles } from './generate-target.ts';
import type { Target } from './targets.ts';

export const GRAPHQL_TARGET: Target = { spec: 'spec/graphql/schema.graphql', out: 'generated/graphql' };

const SCALARS = { DateTime: { input: 'string', output: 'Date | string' }, ID: { input: 'string', output: 'string' } };

const PRELUDE = `/**
 * What each object type is resolved from (the parent of its field resolvers), declared by the app:
 * \`declare module '.../generated/graphql/resolvers.ts' { interface GraphqlModels { User: ...; Post: ... } }\`.
 * A type left out is resolved from its own GraphQL shape.
 */
export interface GraphqlModels {}
type ModelOf<K extends string, Fallback> = K extends keyof GraphqlModels ? GraphqlModels[K] : Fallback;
`;

function rootTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => t != null);
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const roots = new Set(rootTypes(schema).map((t) => t.name));
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__') && !roots.has(type.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The TypeScript type a loader returns for one query of a field of this GraphQL type. */
function loaderResultType(type: GraphQLOutputType): string {
  if (isNonNullType(type)) return innerResultType(type.ofType);
  return `Maybe<${innerResultType(type)}>`;
}

function innerResultType(type: GraphQLOutputType): string {
  if (isListType(type)) return `Array<${loaderResultType(type.ofType)}>`;
  if (isNonNullType(type)) return innerResultType(type.ofType);
  if (isScalarType(type)) return `Scalars['${type.name}']['output']`;
  if (isEnumType(type)) return type.name;
  return `ResolversParentTypes['${type.name}']`;
}

/** The same argument type codegen gives the field's resolver. */
function argsType(owner: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
  if (field.args.length === 0) return 'Record<PropertyKey, never>';
  const name = `${owner.name}${field.name.charAt(0).toUpperCase()}${field.name.slice(1)}Args`;
  const required = field.args.filter((arg) => isNonNullType(arg.type) || arg.defaultValue !== undefined).map((arg) => `'${arg.name}'`);
  return required.length > 0 ? `RequireFields<${name}, ${required.join(' | ')}>` : name;
}

/** Mercurius loaders typed from the schema, and a check that every field has something to resolve it. */
const loadersPlugin: CodegenPlugin = {
  plugin: (schema) => {
    const types = objectTypes(schema);
    const perType = types.map((type) => {
      const fields = Object.values(type.getFields()).map(
        (field) =>
          `  ${field.name}?: LoaderResolver<${loaderResultType(field.type)}, ParentType, ${argsType(type, field)}, ContextType>;`,
      );
      return `export type ${type.name}Loaders<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['${type.name}'] = ResolversParentTypes['${type.name}']> = {\n${fields.join('\n')}\n};\n`;
    });
    const roots = rootTypes(schema);
    return [
      `/**`,
      ` * One batch of a field: every \`{ obj, params }\` asked for in a request; one result per query, in order. An \`Error\``,
      ` * in place of a result is that field's error.`,
      ` */`,
      `export type LoaderFn<TResult, TParent, TArgs, TContext> = (`,
      `  queries: Array<{ obj: TParent; params: TArgs }>,`,
      `  context: TContext,`,
      `) => Promise<Array<TResult | Error>> | Array<TResult | Error>;`,
      ``,
      `export type LoaderResolver<TResult, TParent, TArgs, TContext> =`,
      `  | LoaderFn<TResult, TParent, TArgs, TContext>`,
      `  | { loader: LoaderFn<TResult, TParent, TArgs, TContext>; opts?: { cache?: boolean } };`,
      ``,
      ...perType,
      `export type Loaders<ContextType = MercuriusContext> = {`,
      ...types.map((type) => `  ${type.name}?: ${type.name}Loaders<ContextType>;`),
      `};`,
      ``,
      `/** The GraphQL shape of each object type, root types included. */`,
      `type ObjectShapes = {`,
      ...[...types, ...roots].map((type) => `  ${type.name}: ${type.name};`),
      `};`,
      ``,
      `/** Fields of \`T\` that its model does not provide under the same name with a fitting type. */`,
      `type ModelGaps<T extends keyof ObjectShapes> = T extends ${roots.map((t) => `'${t.name}'`).join(' | ')}`,
      `  ? keyof ObjectShapes[T]`,
      `  : { [K in keyof ObjectShapes[T]]-?: T extends keyof ResolversParentTypes ? ResolversParentTypes[T] extends { [P in K]: ObjectShapes[T][K] } ? never : K : K }[keyof ObjectShapes[T]];`,
      ``,
      `type ProvidedBy<TMap, T extends string> = T extends keyof TMap ? keyof NonNullable<TMap[T]> : never;`,
      ``,
      `/**`,
      ` * The fields (\`Type.field\`) that neither the model, a resolver nor a loader provides: \`never\` when the resolvers are`,
      ` * complete. \`const complete: UnresolvedFields<typeof resolvers, typeof loaders> extends never ? true : false = true\`.`,
      ` */`,
      `export type UnresolvedFields<TResolvers extends Resolvers<any>, TLoaders extends Loaders<any>> = {`,
      `  [T in keyof ObjectShapes]: \`\${T}.\${Exclude<ModelGaps<T>, ProvidedBy<TResolvers, T> | ProvidedBy<TLoaders, T>> & string}\`;`,
      `}[keyof ObjectShapes];`,
      ``,
    ].join('\n');
  },
};

async function resolverTypes(sdl: string, schema: GraphQLSchema): Promise<string> {
  const mappers = Object.fromEntries(objectTypes(schema).map((type) => [type.name, `ModelOf<'${type.name}', ${type.name}>`]));
  const output = await codegen({
    filename: 'resolvers.ts',
    schema: parse(sdl),
    schemaAst: schema,
    documents: [],
    plugins: [{ typescript: {} }, { resolvers: {} }, { loaders: {} }],
    pluginMap: { typescript: typescriptPlugin, resolvers: resolversPlugin, loaders: loadersPlugin },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      strictScalars: true,
      skipTypename: true,
      maybeValue: 'T | null',
      contextType: 'mercurius#MercuriusContext',
      scalars: SCALARS,
      mappers,
    },
  });
  const [imports, ...rest] = output.split(/\n(?=export )/);
  return `${imports}\n\n${PRELUDE}\n${rest.join('\n')}`.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** `generated/graphql/`: the SDL as a module (the server builds its schema from it) and the resolver and loader types. */
export async function generateGraphql(target: Target = GRAPHQL_TARGET): Promise<GeneratedFiles> {
  const sdl = await readFile(target.spec, 'utf8');
  const schema = buildSchema(sdl);
  const header = `// generated from ${target.spec} - do not edit\n`;
  return new Map([
    ['schema.ts', `${header}export const typeDefs = ${JSON.stringify(sdl)};\n`],
    ['resolvers.ts', header + (await resolverTypes(sdl, schema))],
  ]);
}
