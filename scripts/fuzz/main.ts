// npm run fuzz -- --spec FILE --base-url URL [--header 'Name: value']... [--seed N] [--requests N] [--seconds S]
// npm run fuzz -- --graphql URL --schema FILE [--header ...] [--seed N] [--requests N] [--seconds S]
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEFAULT_CONCURRENCY, fuzzGraphql, fuzzRest, loadSpec, type FuzzReport } from '../../src/framework/fuzz/index.ts';

const USAGE = `usage:
  npm run fuzz -- --spec generated/v1/openapi.yaml --base-url http://127.0.0.1:3000 [options]
  npm run fuzz -- --graphql http://127.0.0.1:3000/graphql --schema spec/graphql/schema.graphql [options]
options:
  --header 'Name: value'      sent with every request (repeatable), e.g. 'Authorization: Bearer ak_...'
  --alt-header 'Name: value'  GraphQL: a second set of credentials (repeatable); each document goes with one set
  --requires-credentials      GraphQL: every root field needs credentials (UNAUTHENTICATED without or with forged ones)
  --seed N                    reproduce a run (default: random, printed)
  --requests N                stop after N requests (default 1000)
  --seconds S                 stop after S seconds (default 60)
  --concurrency N             requests in flight (default ${DEFAULT_CONCURRENCY})
  --timeout-ms N              a request unanswered this long is a failure (default 10000)`;

function fail(message: string): never {
  console.error(`fuzz: ${message}\n${USAGE}`);
  process.exit(2);
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) fail(`--${name} must be a whole number, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

function headersOf(raw: string[]): Record<string, string> {
  return Object.fromEntries(
    raw.map((line) => {
      const colon = line.indexOf(':');
      if (colon <= 0) fail(`--header must be 'Name: value', got ${JSON.stringify(line)}`);
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    }),
  );
}

/** The server's URL for the spec: `--base-url` as given when it has a path, else the origin plus the spec's base path. */
function apiUrl(baseUrl: string, specBasePath: string): string {
  const url = new URL(baseUrl);
  return url.pathname === '/' ? `${url.origin}${specBasePath}` : baseUrl;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      spec: { type: 'string' },
      'base-url': { type: 'string' },
      graphql: { type: 'string' },
      schema: { type: 'string' },
      header: { type: 'string', multiple: true, default: [] },
      'alt-header': { type: 'string', multiple: true, default: [] },
      'requires-credentials': { type: 'boolean', default: false },
      seed: { type: 'string' },
      requests: { type: 'string' },
      seconds: { type: 'string' },
      concurrency: { type: 'string' },
      'timeout-ms': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const budget = {
    seed: positive('seed', values.seed, randomInt(2 ** 31 - 1)),
    requests: positive('requests', values.requests, 1000),
    seconds: positive('seconds', values.seconds, 60),
    concurrency: positive('concurrency', values.concurrency, DEFAULT_CONCURRENCY),
    timeoutMs: positive('timeout-ms', values['timeout-ms'], 10_000),
    headers: headersOf(values.header),
  };
  let report: FuzzReport;
  if (values.graphql !== undefined) {
    if (!values.schema) fail('--graphql needs --schema FILE (the SDL)');
    console.log(`fuzzing GraphQL at ${values.graphql} with seed ${budget.seed} (--seed ${budget.seed} reproduces this run)`);
    report = await fuzzGraphql({
      ...budget,
      url: values.graphql,
      schemaFile: values.schema,
      altHeaders: headersOf(values['alt-header']),
      requiresCredentials: values['requires-credentials'],
    });
  } else {
    if (!values.spec || !values['base-url']) fail('give --spec FILE and --base-url URL, or --graphql URL and --schema FILE');
    const spec = loadSpec(values.spec);
    const baseUrl = apiUrl(values['base-url'], spec.basePath);
    console.log(`fuzzing ${spec.title} (${values.spec}, ${spec.operations.length} operations) at ${baseUrl} with seed ${budget.seed} (--seed ${budget.seed} reproduces this run)`);
    report = await fuzzRest({ ...budget, spec, baseUrl, name: `${spec.title} (${values.spec})` });
  }
  console.log(report.table());
  if (report.failed) {
    console.log(report.failures());
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`fuzz: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
