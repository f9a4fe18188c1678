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
      expect(content.split('\n')[0], name).toMatch(new RegExp(`^(//|#) generated from ${FIXTURE} - do not edit$`));
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

  it('refuses an invalid spec with the problem named', async () => {
    const dir = await scratch();
    const spec = join(dir, 'broken.yaml');
    await writeFile(spec, 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "#/components/responses/Nope"}\n');
    await expect(generateTarget({ spec, out: dir }, () => {})).rejects.toThrow(/not a valid OpenAPI document[\s\S]*Can't resolve \$ref at #\/paths\/~1a/);
  });
});
