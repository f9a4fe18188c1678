import os from 'node:os';
import { compareSides, measureSingle, type Comparison } from '../compare.ts';
import { readLoadOptions, log } from '../plan.ts';
import { petstoreScenarios, type Scenario } from '../scenario.ts';
import { cpuMicros, formatTable, loadAverage, ms, ratio, reqPerSec } from '../table.ts';
import { send, verifySameResponse } from '../verify.ts';
import { startServer, type ServerKind, type ServerProcess } from './servers.ts';

const TARGET_RATIO = 0.95;
const PETS = 100;
const PEERS: ServerKind[] = ['glue', 'express', 'openapi-backend'];

/**
 * The servers a scenario is measured on: all of them, after checking they answer alike, except a peer that has no 405
 * (it answers a wrong method with 404): it sits that scenario out.
 */
async function sidesFor(scenario: Scenario, baseUrls: Record<string, string>): Promise<Record<string, string>> {
  const sides = { ...baseUrls };
  if (scenario.expectStatus === 405) {
    for (const peer of PEERS) {
      if (sides[peer] && (await send(sides[peer], scenario.request)).status !== 405) delete sides[peer];
    }
  }
  await verifySameResponse(scenario, sides, PEERS);
  return sides;
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/**
 * petstore-expanded with in-memory handlers, each server in its own process: the framework against the same routes
 * written by hand on plain Fastify (schemas from the bundled spec), and with `peers` also fastify-openapi-glue,
 * Express 5 + express-openapi-validator and openapi-backend. Median of alternating rounds; ratios to plain Fastify.
 */
export async function petstoreBench(argv: string[], smoke: boolean, withPeers: boolean): Promise<void> {
  const { plan, values } = readLoadOptions(argv, smoke, { profile: { type: 'string' }, only: { type: 'string' } });
  const profileDir = typeof values.profile === 'string' ? values.profile : undefined;
  const only = typeof values.only === 'string' ? values.only : undefined;
  const kinds: ServerKind[] = ['framework', 'plain', ...(withPeers ? PEERS : [])];
  const servers: ServerProcess[] = [];
  try {
    for (const kind of kinds) servers.push(await startServer(kind, PETS, profileDir));
    const hello = await startServer('hello', 0);
    servers.push(hello);
    const compared = servers.filter((s) => s.kind !== 'hello');
    const baseUrls = Object.fromEntries(compared.map((s) => [s.kind, s.baseUrl]));
    const sidesOf = new Map<string, Record<string, string>>();
    const scenarios = petstoreScenarios.filter((s) => only === undefined || s.name.includes(only));
    if (scenarios.length === 0) throw new Error(`--only ${only} names no scenario`);
    for (const scenario of scenarios) sidesOf.set(scenario.name, await sidesFor(scenario, baseUrls));

    console.log(
      `petstore-expanded (third-party spec, in-memory handlers, ${PETS} pets, no database); a process per server; ` +
        `node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, load average ${loadAverage()}\n` +
        `${plan.load.connections} connections, ${plan.warmup}s warm-up + median of ${plan.rounds} x ${plan.load.duration}s per server, rotating order; ` +
        `framework and plain verified to give the same JSON, peers the same status; n/a: the peer has no 405\n`,
    );
    const results: [name: string, Comparison<string>][] = [];
    for (const scenario of scenarios) {
      const sides = sidesOf.get(scenario.name)!;
      const cpu = Object.fromEntries(compared.filter((s) => sides[s.kind]).map((s) => [s.kind, s.cpu]));
      results.push([scenario.name, await compareSides(scenario.name, sides, scenario.request, scenario.expectStatus, plan, log, cpu)]);
    }
    const helloResult = await measureSingle(hello.baseUrl, { method: 'GET', path: '/' }, plan);

    const header = ['scenario', ...kinds.flatMap((k) => [`${k} req/s`, `${k} p99`, `${k}/plain`, `${k} CPU/req`]), 'plain/framework CPU', 'spread'];
    const rows = results.map(([name, { sides }]) => {
      const plain = sides.plain!.requestsPerSecond;
      const plainCpu = sides.plain!.cpuPerRequest;
      const frameworkCpu = sides.framework!.cpuPerRequest;
      const cpuRatio = plainCpu !== undefined && frameworkCpu ? plainCpu / frameworkCpu : undefined;
      return [
        name,
        ...kinds.flatMap((k) => {
          if (!sides[k]) return ['n/a', 'n/a', 'n/a', 'n/a'];
          const r = sides[k]!.requestsPerSecond / plain;
          return [
            reqPerSec(sides[k]!.requestsPerSecond),
            ms(sides[k]!.p99),
            k === 'plain' ? '1' : `${ratio(r)}${k === 'framework' && r < TARGET_RATIO ? ' (<0.95)' : ''}`,
            cpuMicros(sides[k]!.cpuPerRequest),
          ];
        }),
        cpuRatio === undefined ? '-' : `${ratio(cpuRatio)}${cpuRatio < TARGET_RATIO ? ' (<0.95)' : ''}`,
        `${Math.round(Math.max(...Object.values(sides).map((s) => s.spread)) * 100)}%`,
      ];
    });
    console.log(formatTable(header, rows));
    const rss = await Promise.all(compared.map(async (s) => [s.kind, await s.rss()] as const));
    console.log(`\n${formatTable(['server', 'start-up (process start to listening)', 'RSS after the run'], rss.map(([kind, bytes]) => [kind, ms(servers.find((s) => s.kind === kind)!.startupMs), mb(bytes)]))}`);
    console.log(`\nFastify hello world (GET /, same box): ${reqPerSec(helloResult.requestsPerSecond)} req/s, p99 ${ms(helloResult.p99)}`);
    for (const [name, { anomalies }] of results) for (const a of anomalies) console.log(`warning: ${name}: ${a}`);
    console.log(
      `\nCPU/req = the server process's CPU time (user + system, all its threads) over a round / responses in it, median of rounds; ` +
        `plain/framework CPU >= 1 means the framework spends no more CPU per request than plain Fastify. It holds steady when the box is busy; req/s does not.` +
        `\nspread = largest (max - min) / max of one server's rounds; over ~10% the box was busy: rerun or raise --rounds.`,
    );
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
