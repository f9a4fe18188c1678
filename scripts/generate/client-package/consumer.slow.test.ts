// SLOW (about a minute): packs generated/client-package with `npm pack`, installs the tarball into a scratch project
// (npm, --prefer-offline), typechecks a consumer under three module resolutions, runs it with plain `node` against a
// listening server, and bundles it for browsers with esbuild.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createV2TestKit, type V2TestKit } from '../../../src/testing/v2.ts';
import { generateSecret, signatureHeaders } from '../../../src/webhooks/signing.ts';
import { consumerSource, RUNNER_SOURCE } from './consumer-source.ts';
import { CLIENT_PACKAGE_OUT } from './index.ts';

const exec = promisify(execFile);
const ROOT = process.cwd();
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const SERVER_MODULES = /fastify|prisma|argon2|pglite|ioredis|mercurius|standardwebhooks|pino|[\\/]src[\\/]/;

const RESOLUTIONS = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
} as const;

interface InstalledPackage {
  name: string;
  bytes: number;
}

async function bytesUnder(path: string): Promise<number> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Every package under node_modules (nested ones too), with its size on disk. */
async function installedPackages(nodeModules: string): Promise<InstalledPackage[]> {
  const found: InstalledPackage[] = [];
  for (const entry of await readdir(nodeModules).catch(() => [])) {
    if (entry.startsWith('.')) continue;
    const dirs = entry.startsWith('@') ? (await readdir(join(nodeModules, entry))).map((name) => `${entry}/${name}`) : [entry];
    for (const name of dirs) {
      found.push({ name, bytes: await bytesUnder(join(nodeModules, name)) });
      found.push(...(await installedPackages(join(nodeModules, name, 'node_modules'))));
    }
  }
  return found;
}

async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    return (await exec(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`);
  }
}

describe('the client package, installed from its tarball by a consumer', () => {
  let dir: string;
  let packageName: string;
  let packedFiles: string[];
  let kit: V2TestKit;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'client-package-consumer-'));
    const manifest = JSON.parse(await readFile(join(CLIENT_PACKAGE_OUT, 'package.json'), 'utf8')) as { name: string };
    packageName = manifest.name;
    const [packed] = JSON.parse(await run('npm', ['pack', join(ROOT, CLIENT_PACKAGE_OUT), '--pack-destination', dir, '--json'], dir)) as {
      filename: string;
      files: { path: string }[];
    }[];
    packedFiles = packed!.files.map((file) => file.path);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, packed!.filename)], dir);
    await writeFile(join(dir, 'consumer.ts'), consumerSource(packageName));
    await writeFile(join(dir, 'main.mjs'), RUNNER_SOURCE);
    kit = await createV2TestKit();
  }, 180_000);

  afterAll(async () => {
    await kit?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('holds compiled JavaScript and declarations only, and installs with openapi-fetch alone', async () => {
    expect(packedFiles.filter((file) => !/^(package\.json|README\.md|dist\/.*\.(js|d\.ts))$/.test(file))).toEqual([]);
    const packages = await installedPackages(join(dir, 'node_modules'));
    const names = packages.map((p) => p.name).sort();
    expect(names).toEqual([packageName, 'openapi-fetch', 'openapi-typescript-helpers'].sort());
    const bytes = packages.reduce((sum, p) => sum + p.bytes, 0);
    console.log(`client package install: ${packages.length} packages, ${bytes} bytes (${packages.map((p) => `${p.name} ${p.bytes}`).join(', ')})`);
  });

  it.each(Object.keys(RESOLUTIONS) as (keyof typeof RESOLUTIONS)[])('typechecks under moduleResolution %s with no special flags', async (mode) => {
    const compilerOptions = { ...RESOLUTIONS[mode], target: 'es2022', lib: ['es2022', 'dom'], types: [], strict: true, noEmit: true };
    await writeFile(join(dir, `tsconfig.${mode}.json`), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    await run(process.execPath, [TSC, '-p', `tsconfig.${mode}.json`], dir);
  }, 120_000);

  it('runs under plain node against a listening server', async () => {
    const compilerOptions = { ...RESOLUTIONS.nodenext, target: 'es2022', lib: ['es2022', 'dom'], types: [], strict: true, outDir: 'out' };
    await writeFile(join(dir, 'tsconfig.build.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    await run(process.execPath, [TSC, '-p', 'tsconfig.build.json'], dir);

    await kit.app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = `http://127.0.0.1:${(kit.app.server.address() as AddressInfo).port}`;
    const secret = generateSecret();
    const body = JSON.stringify({
      event: 'user.created',
      user: { id: '9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605', name: 'Alice Johnson', email: 'alice@example.com', role: 'user', active: true, createdAt: '2024-01-16T14:22:00Z', updatedAt: '2024-01-16T14:22:00Z' },
      timestamp: '2024-01-16T14:22:00Z',
    });
    const webhook = { secret, body, headers: signatureHeaders('msg_consumer', body, [secret], new Date()) };
    const output = await run(process.execPath, ['main.mjs', JSON.stringify({ baseUrl, adminKey: kit.adminKey, webhook })], dir);

    expect(JSON.parse(output)).toEqual({
      v1: { created: 'Consumer One', sameById: true, missing: '404 NOT_FOUND' },
      v2: { listed: expect.any(Number), firstHasRole: 'string', listPath: '/users', authorName: 'Consumer Author', bad: '400 INVALID_INPUT' },
      rateLimit: { error: '429 RATE_LIMITED', waitedRetryAfter: true },
      graphql: { commentOn: true, postTitles: ['Hello'], userPosts: ['Hello'], apiKeyMutation: '200 FORBIDDEN' },
      webhook: { type: 'user.created', user: 'Alice Johnson', tampered: 'webhook: no matching signature' },
    });
    expect(kit.violations).toEqual([]);
  }, 120_000);

  it('bundles for browsers with no server module inside', async () => {
    const result = await build({
      entryPoints: [join(dir, 'consumer.ts')],
      absWorkingDir: dir,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => SERVER_MODULES.test(input))).toEqual([]);
    expect(inputs.filter((input) => !/^(consumer\.ts|node_modules\/(openapi-fetch|[^/]*-client)\/)/.test(input))).toEqual([]);
    const code = result.outputFiles[0]!.contents;
    expect(Buffer.from(code).toString('utf8')).not.toMatch(/["']node:/);
    console.log(`client package browser bundle (consumer using every entry point, minified): ${code.length} bytes, ${gzipSync(code).length} bytes gzipped`);
  });
});
