import { parseArgs } from 'node:util';
import { loadMockTarget } from './mock/target.ts';
import { buildMockApp } from './mock/server.ts';

const USAGE = `usage: npm run mock -- --spec FILE [--port N] [--host HOST] [--seed N]
  --spec  any OpenAPI 3.0/3.1 document (its generated code is used when the project has it, else compiled now)
  --port  listening port (default 4010; 0 picks a free one)
  --host  listening address (default 127.0.0.1)
  --seed  seed of the data generated for responses without examples (default 1)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { spec: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean' } },
  });
  const port = Number(values.port ?? 4010);
  const seed = Number(values.seed ?? 1);
  if (values.help || !values.spec || !Number.isInteger(port) || port < 0 || port > 65535 || !Number.isSafeInteger(seed)) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const target = await loadMockTarget(values.spec, (message) => console.warn(`warning: ${message}`));
  const app = await buildMockApp(target, { seed });
  const address = await app.listen({ port, host: values.host ?? '127.0.0.1' });
  console.log(`mock of ${target.spec} (${target.module.routes.length} operations) on ${address}${target.module.basePath}`);
  console.log('pick a response with `Prefer: code=404` or `Prefer: example=NAME`; credentials are checked for presence only');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
