import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compilePackage, type PackageModule } from './compile.ts';
import { packageIdentity, packageJson, type Entry } from './manifest.ts';
import { graphqlOperationsSource } from './operations.ts';
import { packageReadme } from './readme.ts';
import { staleTree, writeTree } from './tree.ts';

export const CLIENT_PACKAGE_OUT = 'generated/client-package';

const SDK_DIR = 'src/client';
const OPERATIONS = 'src/client/graphql/operations.graphql';
const GRAPHQL_SCHEMA = 'spec/graphql/schema.graphql';
const VERSIONS = [
  { name: 'v1', spec: 'spec/v1/openapi.yaml', generated: 'generated/v1' },
  { name: 'v2', spec: 'spec/v2/openapi.yaml', generated: 'generated/v2' },
];
/** The generated modules of a version that clients use (the rest is server code). */
const VERSION_MODULES = ['index', 'client', 'base-path', 'types'];
/** Exists in memory only: the typed GraphQL operations, beside the SDK module it imports. */
const OPERATIONS_MODULE = 'src/client/graphql/operations.ts';

async function sdkModules(): Promise<PackageModule[]> {
  const names = (await readdir(SDK_DIR)).filter((name) => name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(name)).sort();
  return names.map((name) => ({ source: `${SDK_DIR}/${name}`, target: `dist/${name.slice(0, -3)}`, origin: `${SDK_DIR}/${name}` }));
}

/** `generated/client-package/`: the package consumers install, built from the SDK and the generated v1/v2 clients. */
export async function generateClientPackage(root = process.cwd()): Promise<Map<string, string>> {
  const modules: PackageModule[] = [
    ...(await sdkModules()),
    ...VERSIONS.flatMap((v) =>
      VERSION_MODULES.map((name) => ({ source: `${v.generated}/${name}.ts`, target: `dist/${v.name}/${name}`, origin: v.spec })),
    ),
    { source: OPERATIONS_MODULE, target: 'dist/graphql-operations', origin: `${OPERATIONS} and ${GRAPHQL_SCHEMA}` },
  ];
  const operations = await graphqlOperationsSource(GRAPHQL_SCHEMA, OPERATIONS, '../graphql.ts');
  const rootPackage = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies = { 'openapi-fetch': `^${rootPackage.dependencies['openapi-fetch']}` };
  const compiled = compilePackage({
    root,
    modules,
    virtualFiles: new Map([[resolve(root, OPERATIONS_MODULE), operations]]),
    dependencies: Object.keys(dependencies),
  });
  const entries: Entry[] = [
    { subpath: '.', module: 'dist/index' },
    ...VERSIONS.map((v) => ({ subpath: `./${v.name}`, module: `dist/${v.name}/index` })),
    { subpath: './graphql', module: 'dist/graphql-operations' },
  ];
  const origin = [...VERSIONS.map((v) => v.spec), GRAPHQL_SCHEMA, SDK_DIR].join(', ');
  const identity = await packageIdentity(VERSIONS.map((v) => v.spec));
  return new Map([
    ['package.json', packageJson(identity, origin, entries, dependencies)],
    ['README.md', packageReadme(identity.name, origin)],
    ...compiled,
  ]);
}

/** Writes the package, or with `check` only names its stale files. Run after the versions' code is generated. */
export async function emitClientPackage(check: boolean): Promise<string[]> {
  const files = await generateClientPackage();
  if (check) return staleTree(CLIENT_PACKAGE_OUT, files);
  await writeTree(CLIENT_PACKAGE_OUT, files);
  return [];
}
