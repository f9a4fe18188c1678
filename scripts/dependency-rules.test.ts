import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const depcruise = join(repoRoot, 'node_modules', '.bin', 'depcruise');
const rules = join(repoRoot, '.dependency-cruiser.cjs');

interface Outcome {
  exitCode: number;
  violations: { from: string; to: string; rule: string }[];
}

/** Runs the checker as `npm run lint:deps` does, in `cwd`, and reads its findings (`error <rule>: <from> → <to>`). */
function cruise(cwd: string, paths: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    execFile(depcruise, [...paths, '--config', rules], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      if (!/dependency violations|no dependency violations/.test(stdout)) return reject(new Error(`depcruise printed no verdict: ${stdout}${stderr}`));
      const violations = [...stdout.matchAll(/^\s*error ([\w-]+): (\S+) →\s*(\S*)/gm)].map(([, rule, from, to]) => ({ rule: rule!, from: from!, to: to! }));
      resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, violations });
    });
  });
}

/** Each rule, and a module importing what the rule forbids: the module should break that rule and no other. */
const BREAKS: { rule: string; file: string; imports: string }[] = [
  { rule: 'api-only-from-composition', file: 'src/logger.ts', imports: './api/v1/plugin.ts' },
  { rule: 'graphql-only-from-composition', file: 'src/redis.ts', imports: './graphql/plugin.ts' },
  { rule: 'v2-not-v1', file: 'src/api/v2/users.ts', imports: '../v1/list-query.ts' },
  { rule: 'v1-not-v2', file: 'src/api/v1/users.ts', imports: '../v2/context.ts' },
  { rule: 'api-only-from-composition', file: 'src/graphql/caller.ts', imports: '../api/shared/domain-errors.ts' },
  { rule: 'graphql-only-from-composition', file: 'src/api/v1/list-query.ts', imports: '../../graphql/caller.ts' },
  { rule: 'handlers-through-domain', file: 'src/api/v2/auth.ts', imports: '../../db/index.ts' },
  { rule: 'handlers-through-domain', file: 'src/graphql/context.ts', imports: 'pg' },
  { rule: 'framework-generic', file: 'src/framework/bind.ts', imports: '../domain/errors.ts' },
  { rule: 'framework-generic', file: 'src/framework/security.ts', imports: '../../generated/v1/types.ts' },
  { rule: 'domain-no-http', file: 'src/domain/users/users.ts', imports: '../../../generated/v1/types.ts' },
  { rule: 'domain-no-http', file: 'src/domain/posts/posts.ts', imports: 'fastify' },
  { rule: 'domain-no-http', file: 'src/domain/credentials/api-keys.ts', imports: '../../representations/users.ts' },
  { rule: 'webhooks-no-http', file: 'src/webhooks/dispatcher.ts', imports: '../http/rate-limit.ts' },
  { rule: 'representations-are-leaves', file: 'src/representations/users.ts', imports: '../webhooks/outbox.ts' },
  { rule: 'db-at-the-bottom', file: 'src/db/database.ts', imports: '../domain/errors.ts' },
  { rule: 'http-below-apis', file: 'src/http/health.ts', imports: '../webhooks/outbox.ts' },
  { rule: 'client-standalone', file: 'src/client/index.ts', imports: '../domain/errors.ts' },
  { rule: 'generated-imports-libraries', file: 'generated/v1/routes.ts', imports: '../../src/framework/index.ts' },
  { rule: 'fixture-generated-stays-home', file: 'src/framework/fixtures/petstore/generated/routes.ts', imports: '../../museum/generated/types.ts' },
  { rule: 'testing-only-from-tests', file: 'src/main.ts', imports: './testing/app.ts' },
  { rule: 'testing-only-from-tests', file: 'scripts/keys.ts', imports: '../src/testing/database.ts' },
  { rule: 'testing-only-from-tests', file: 'src/webhooks/outbox.ts', imports: './testing/receiver.ts' },
  { rule: 'testing-only-from-tests', file: 'src/http/docs.ts', imports: '../framework/fixtures/test-app.ts' },
  { rule: 'api-only-from-composition', file: 'scripts/bench/v1.ts', imports: '../../src/api/v1/list-query.ts' },
  { rule: 'graphql-only-from-composition', file: 'scripts/bench/graphql.ts', imports: '../../src/graphql/plugin.ts' },
  { rule: 'testing-only-from-tests', file: 'scripts/faults/services.ts', imports: '../../src/testing/app.ts' },
  { rule: 'testing-only-from-tests', file: 'scripts/bench/petstore/framework.ts', imports: '../../../src/framework/fixtures/test-app.ts' },
  { rule: 'harness-for-tools', file: 'src/startup-failure.ts', imports: './harness/process.ts' },
  { rule: 'harness-standalone', file: 'src/harness/postgres-server.ts', imports: '../config.ts' },
  { rule: 'generated-imports-libraries', file: 'scripts/bench/petstore/generated/routes.ts', imports: '../store.ts' },
  { rule: 'not-to-unresolvable', file: 'src/config.ts', imports: './no-such-module.ts' },
];

/** Imports the layers allow: none of them may be reported. */
const ALLOWED: { file: string; imports: string[] }[] = [
  { file: 'src/app.ts', imports: ['./api/v1/plugin.ts', './graphql/plugin.ts', './services.ts'] },
  { file: 'src/services.ts', imports: ['./domain/errors.ts', './webhooks/outbox.ts', './db/index.ts'] },
  { file: 'src/api/v1/plugin.ts', imports: ['../../http/credentials.ts', '../../domain/errors.ts', '../../framework/index.ts', '../../http/domain-errors.ts', './list-query.ts', '../../representations/users.ts', '../../../generated/v1/types.ts', '../../webhooks/outbox.ts', 'fastify'] },
  { file: 'src/graphql/plugin.ts', imports: ['../http/rate-limit.ts', '../domain/errors.ts', '../../generated/graphql/schema.ts'] },
  { file: 'src/http/rate-limit.ts', imports: ['../framework/index.ts', '../domain/errors.ts', 'fastify'] },
  { file: 'src/webhooks/payloads.ts', imports: ['../../generated/v1/types.ts', '../representations/users.ts', '../domain/events.ts', '../db/index.ts'] },
  { file: 'src/domain/users/passwords.ts', imports: ['../../db/index.ts', '../errors.ts'] },
  { file: 'src/db/index.ts', imports: ['../../generated/prisma/client.ts', '../config.ts', 'pg'] },
  { file: 'src/framework/index.ts', imports: ['./bind.ts', 'fastify'] },
  { file: 'src/framework/bind.test.ts', imports: ['./fixtures/test-app.ts', '../testing/app.ts'] },
  { file: 'src/domain/users/users.test.ts', imports: ['../../testing/database.ts', '../../api/v1/plugin.ts'] },
  { file: 'src/testing/app.ts', imports: ['../app.ts', '../api/v1/plugin.ts', '../harness/webhook-receiver.ts'] },
  { file: 'src/framework/fixtures/petstore/generated/index.ts', imports: ['./routes.ts'] },
  { file: 'src/framework/fixtures/openapi30-features/generated/index.ts', imports: ['./types.ts', 'fastify'] },
  { file: 'generated/v2/index.ts', imports: ['./routes.ts', '../prisma/client.ts'] },
  { file: 'scripts/bench/plain-v1.ts', imports: ['../../src/http/domain-errors.ts', '../../src/db/index.ts', '../../src/harness/process.ts'] },
  { file: 'scripts/faults/main.ts', imports: ['../../src/harness/postgres-server.ts', '../../src/app.ts'] },
  { file: 'src/harness/postgres-server.ts', imports: ['./process.ts', 'node:child_process'] },
  { file: 'src/webhooks/delivery.test.ts', imports: ['../harness/webhook-receiver.ts'] },
  { file: 'scripts/bench/petstore/generated/index.ts', imports: ['./routes.ts'] },
  { file: 'scripts/generate/main.ts', imports: ['../../src/framework/index.ts'] },
  // a cycle through type-only imports does not exist at run time
  { file: 'src/domain/events.ts', imports: ['type:./users/users.ts'] },
  { file: 'src/domain/users/users.ts', imports: ['type:../events.ts'] },
];

const CIRCLE = ['src/domain/posts/sql.ts', 'src/domain/posts/page.ts'];

function importLines(from: string, specifiers: string[]): string {
  return specifiers
    .map((specifier, index) =>
      specifier.startsWith('type:') ? `import type { T as T${index} } from '${specifier.slice(5)}';` : `import * as m${index} from '${specifier}';`,
    )
    .concat('export type T = number;', `export const uses = [${specifiers.map((s, index) => (s.startsWith('type:') ? '' : `m${index}`)).filter(Boolean).join(', ')}];`)
    .join('\n');
}

let tree: string;
const writeModule = async (file: string, source: string) => {
  await mkdir(dirname(join(tree, file)), { recursive: true });
  await writeFile(join(tree, file), `${source}\n`);
};

beforeAll(async () => {
  tree = await mkdtemp(join(tmpdir(), 'dependency-rules-'));
  await symlink(join(repoRoot, 'node_modules'), join(tree, 'node_modules'), 'dir');
  await writeFile(join(tree, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }));
  const imported = new Map<string, string[]>();
  const add = (file: string, specifiers: string[]) => imported.set(file, [...(imported.get(file) ?? []), ...specifiers]);
  for (const { file, imports } of BREAKS) add(file, [imports]);
  for (const { file, imports } of ALLOWED) add(file, imports);
  add(CIRCLE[0]!, [`./${CIRCLE[1]!.split('/').pop()!}`]);
  add(CIRCLE[1]!, [`./${CIRCLE[0]!.split('/').pop()!}`]);
  // every module imported here exists, unless it is the unresolvable one
  const targets = new Set<string>();
  for (const [file, specifiers] of imported) {
    for (const specifier of specifiers) {
      const path = specifier.replace(/^type:/, '');
      if (path.startsWith('.') && !path.includes('no-such-module')) targets.add(join(dirname(file), path));
    }
  }
  for (const target of targets) if (!imported.has(target)) await writeModule(target, 'export type T = number;\nexport const value = 1;');
  for (const [file, specifiers] of imported) await writeModule(file, importLines(file, specifiers));
});
afterAll(async () => {
  if (tree) await rm(tree, { recursive: true, force: true });
});

describe('the dependency rules (npm run lint:deps)', () => {
  it('fail on every module that breaks a layer, naming the rule it breaks, and on nothing the layers allow', async () => {
    const { exitCode, violations } = await cruise(tree, ['src', 'scripts', 'generated']);
    expect(exitCode).not.toBe(0);
    const cycles = violations.filter(({ rule }) => rule === 'no-circular');
    expect(cycles).toHaveLength(1);
    expect(CIRCLE).toContain(cycles[0]!.from);
    const found = violations.filter(({ rule }) => rule !== 'no-circular').map(({ from, rule }) => `${rule}: ${from}`);
    expect(found.sort()).toEqual(BREAKS.map(({ rule, file }) => `${rule}: ${file}`).sort());
  }, 60_000);

  it('pass on this code base', async () => {
    const { exitCode, violations } = await cruise(repoRoot, ['src', 'scripts', 'generated', 'vitest.config.ts']);
    expect(violations).toEqual([]);
    expect(exitCode).toBe(0);
  }, 120_000);
});
