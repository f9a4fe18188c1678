/**
 * npm run bench -- <scenario> [options]      npm run bench -- --smoke   (every scenario once, tiny, a few seconds each)
 *
 * Scenarios (each reports and asserts nothing; exit 1 only when servers disagree or a run fails):
 *   petstore   the framework against plain Fastify on petstore-expanded, a process per server (overhead table)
 *   peers      the same with fastify-openapi-glue, Express 5 + express-openapi-validator and openapi-backend
 *   v1         the v1 Users API against a plain Fastify twin doing the same work, on one database
 *   hot-read   GET /v1/users/{id} against the same two queries sent straight to the driver
 *   graphql    a user read over GraphQL against GET /api/v2/users/{id}
 *   graphql-hostile  2 KB GraphQL documents built to explode, one at a time; /healthz while 8 clients send the worst
 *   scale      (DATABASE_URL) v2 listing at 1,000,000 users in a scratch database, p50/p99, SQL plans, write cost
 *   webhooks   (DATABASE_URL) webhook deliveries per second and commit-to-delivery latency
 *   startup    spawn to first /healthz answer, compiled dist/ against tsx, on PGlite (and DATABASE_URL's server)
 * Load options: --duration S --connections N --warmup S --rounds N; scenario options are listed in each file.
 * Databases are in-memory PGlite, or scratch databases on DATABASE_URL's server, dropped after the run.
 */
type Run = (argv: string[], smoke: boolean) => Promise<void>;

const SCENARIOS: Record<string, () => Promise<Run>> = {
  petstore: async () => (argv, smoke) => import('./petstore/run.ts').then((m) => m.petstoreBench(argv, smoke, false)),
  peers: async () => (argv, smoke) => import('./petstore/run.ts').then((m) => m.petstoreBench(argv, smoke, true)),
  v1: async () => (await import('./v1.ts')).v1Bench,
  'hot-read': async () => (await import('./hot-read.ts')).hotReadBench,
  graphql: async () => (await import('./graphql.ts')).graphqlBench,
  'graphql-hostile': async () => (await import('./graphql-hostile.ts')).graphqlHostileBench,
  scale: async () => (await import('./scale.ts')).scaleBench,
  webhooks: async () => (await import('./webhooks.ts')).webhooksBench,
  startup: async () => (await import('./startup.ts')).startupBench,
};

async function main(argv: string[]): Promise<void> {
  const smoke = argv.includes('--smoke');
  const rest = argv.filter((a) => a !== '--smoke');
  const named = rest[0] !== undefined && !rest[0].startsWith('--') ? rest.shift()! : undefined;
  if (named === undefined && !smoke) throw new Error(`name a scenario: ${Object.keys(SCENARIOS).join(', ')} (or --smoke for all)`);
  const names = named !== undefined ? [named] : Object.keys(SCENARIOS);
  for (const name of names) {
    const load = SCENARIOS[name];
    if (!load) throw new Error(`unknown scenario ${name}; one of ${Object.keys(SCENARIOS).join(', ')}`);
    if (names.length > 1) console.log(`\n== ${name}`);
    await (await load())(rest, smoke);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
