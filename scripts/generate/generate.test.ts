import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTarget } from './generate-target.ts';
import { staleFiles, writeFiles } from './output.ts';

const run = promisify(execFile);
const FIXTURE = 'src/framework/fixtures/petstore-expanded/openapi.yaml';
const dirs: string[] = [];

/** A scratch folder inside the repo, so generated modules resolve the repo's node_modules. */
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(process.cwd(), 'node_modules/.generate-test-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('npm run generate', () => {
  it('gives identical bytes for the same spec', async () => {
    const first = await generateTarget({ spec: FIXTURE, out: 'x' }, () => {});
    const second = await generateTarget({ spec: FIXTURE, out: 'x' }, () => {});
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, content] of first) expect(second.get(name), name).toBe(content);
  });

  it('heads every file with its spec and a do-not-edit note', async () => {
    const files = await generateTarget({ spec: FIXTURE, out: 'x' }, () => {});
    for (const [name, content] of files) {
      if (name.endsWith('.json')) expect((JSON.parse(content) as Record<string, unknown>)['//'], name).toBe(`generated from ${FIXTURE} - do not edit`);
      else expect(content.split('\n')[0], name).toMatch(new RegExp(`^(//|#) generated from ${FIXTURE} - do not edit$`));
    }
  });

  it('matches what is committed for every project spec (no drift)', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/generate/main.ts', '--check']);
    expect(stdout).toMatch(/^checked \d+ specs in [\d.]+ s$/m);
  }, 120_000);

  it('--check fails, naming the stale files, when a spec changed without regenerating', async () => {
    const dir = await scratch();
    const spec = join(dir, 'openapi.yaml');
    const out = join(dir, 'generated');
    await cp(FIXTURE, spec);
    const args = ['--import', 'tsx', 'scripts/generate/main.ts', '--spec', spec, '--out', out];
    await run(process.execPath, args);
    await expect(run(process.execPath, [...args, '--check'])).resolves.toBeTruthy();

    const edited = (await readFile(spec, 'utf8')).replace('format: int32', 'format: int32\n            maximum: 50');
    await writeFile(spec, edited);
    const failure = await run(process.execPath, [...args, '--check']).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(join(out, 'validators.parameters.js'));
  }, 120_000);

  it('--check names files that are missing or no longer generated', async () => {
    const dir = await scratch();
    const files = await generateTarget({ spec: FIXTURE, out: dir }, () => {});
    await writeFiles(dir, files);
    await rm(join(dir, 'client.ts'));
    await writeFile(join(dir, 'leftover.ts'), '');
    expect(await staleFiles(dir, files)).toEqual([`${join(dir, 'client.ts')} (missing)`, `${join(dir, 'leftover.ts')} (not generated any more)`]);
  });

  it('refuses a document it cannot understand, naming the JSON pointer of the problem', async () => {
    const dir = await scratch();
    const cases: [string, RegExp][] = [
      ['paths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "#/components/responses/Nope"}\n', /cannot be understood:\n.*#\/paths\/~1a\/get\/responses\/200: Can't resolve \$ref/],
      ['paths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: "#/components/schemas/Gone"}\n      responses: {"204": {description: ok}}\n', /#\/paths\/~1a\/post\/requestBody\/content\/application~1json\/schema: Can't resolve \$ref/],
      ['paths: [1, 2]\n', /#\/paths: must be an object/],
    ];
    for (const [body, message] of cases) {
      const spec = join(dir, 'broken.yaml');
      await writeFile(spec, `openapi: 3.1.0\ninfo: {title: x, version: "1"}\n${body}`);
      await expect(generateTarget({ spec, out: dir }, () => {})).rejects.toThrow(message);
    }
    await writeFile(join(dir, 'swagger.yaml'), 'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n');
    await expect(generateTarget({ spec: join(dir, 'swagger.yaml'), out: dir }, () => {})).rejects.toThrow(/#\/openapi: only OpenAPI 3.0 and 3.1/);
  });

  it('generates a valid but sloppy document, printing each finding with its pointer; --strict refuses it', async () => {
    const dir = await scratch();
    const spec = join(dir, 'sloppy.yaml');
    await writeFile(
      spec,
      [
        'openapi: 3.1.0',
        'info: {title: x, version: "1"}',
        'paths:',
        '  /a:',
        '    post:',
        '      requestBody:',
        '        content:',
        '          application/json:',
        '            schema:',
        '              type: object',
        '              required: [n, n]',
        '              properties:',
        '                n: {type: number, minimum: 0, exclusiveMinimum: true}',
        '                s: {type: string, nullable: true, format: zip-code, minLength: "3"}',
        '                d: {type: string, enum: [a, b], default: c}',
        '      responses: {"204": {description: ok}, "4xx": {description: refused}}',
        '',
      ].join('\n'),
    );
    const warnings: string[] = [];
    const files = await generateTarget({ spec, out: dir }, (warning) => warnings.push(warning));
    expect(files.has('validators.body.js')).toBe(true);
    const at = '#/paths/~1a/post/requestBody/content/application~1json/schema';
    const expected = [
      `${at}/required: required lists a property more than once`,
      `${at}/properties/s/format: format zip-code is not one the validators know`,
      `${at}/properties/s/minLength: minLength must be integer; it is ignored`,
      `${at}/properties/s/nullable: Property \`nullable\` is not expected here`,
      `${at}/properties/n/exclusiveMinimum: Expected type \`number\` but got \`boolean\``,
      `${at}/properties/d/default: default does not match its own schema; it is not applied`,
      '#/paths/~1a/post/responses/4xx: response range 4xx read as 4XX (OpenAPI writes ranges in upper case)',
    ];
    for (const finding of expected) expect(warnings.join('\n')).toContain(finding);
    expect(files.get('routes.ts')).toMatch(/"4XX"/);
    await expect(generateTarget({ spec, out: dir }, () => {}, { strict: true })).rejects.toThrow(/sloppy.yaml has \d+ problem\(s\) \(--strict\):[\s\S]*required lists a property more than once/);
    const cli = await run(process.execPath, ['--import', 'tsx', 'scripts/generate/main.ts', '--strict', '--spec', spec, '--out', join(dir, 'out')]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(cli).toMatchObject({ code: 1 });
  });
});
