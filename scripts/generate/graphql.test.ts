import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateGraphql, GRAPHQL_TARGET } from './graphql.ts';
import { staleFiles } from './output.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('npm run generate: GraphQL', () => {
  it('gives identical bytes for the same SDL, every file headed with its spec', async () => {
    const first = await generateGraphql();
    const second = await generateGraphql();
    expect([...first.keys()]).toEqual(['schema.ts', 'resolvers.ts']);
    for (const [name, content] of first) {
      expect(second.get(name), name).toBe(content);
      expect(content.split('\n')[0], name).toBe('// generated from spec/graphql/schema.graphql - do not edit');
    }
  });

  it('matches what is committed under generated/graphql', async () => {
    expect(await staleFiles(GRAPHQL_TARGET.out, await generateGraphql())).toEqual([]);
  });

  it('follows the SDL: a changed field changes the resolver and loader types', async () => {
    const dir = await mkdtemp(join(process.cwd(), 'node_modules/.generate-graphql-test-'));
    dirs.push(dir);
    const spec = join(dir, 'schema.graphql');
    const sdl = (await readFile(GRAPHQL_TARGET.spec, 'utf8')).replace('  tags: [String!]!\n', '  labels: [String!]!\n');
    await writeFile(spec, sdl);
    const resolvers = (await generateGraphql({ spec, out: join(dir, 'out') })).get('resolvers.ts')!;
    expect(resolvers).toContain('labels?: Resolver<');
    expect(resolvers).toContain('labels?: LoaderResolver<');
    expect(resolvers).not.toContain('tags?: Resolver<');
    expect(await staleFiles(GRAPHQL_TARGET.out, await generateGraphql({ spec, out: GRAPHQL_TARGET.out }))).toEqual(
      expect.arrayContaining([join(GRAPHQL_TARGET.out, 'resolvers.ts'), join(GRAPHQL_TARGET.out, 'schema.ts')]),
    );
  });

  it('refuses an SDL that is not valid', async () => {
    const dir = await mkdtemp(join(process.cwd(), 'node_modules/.generate-graphql-test-'));
    dirs.push(dir);
    const spec = join(dir, 'schema.graphql');
    await writeFile(spec, 'type Query { me: Nobody }');
    await expect(generateGraphql({ spec, out: dir })).rejects.toThrow(/Nobody/);
  });
});
