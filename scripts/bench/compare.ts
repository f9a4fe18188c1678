import type { CpuProbe } from './cpu-time.ts';
import { runAutocannon, type LoadOptions, type Measurement } from './run-autocannon.ts';
import type { BenchRequest } from './scenario.ts';
import { median } from './stats.ts';

export interface RunPlan {
  load: LoadOptions;
  /** Seconds of unmeasured load per server before the first measured round (0: none). */
  warmup: number;
  /** Measured rounds per server; the median round is kept. */
  rounds: number;
}

/** One measured round, with the server's CPU time over it when a probe was given. */
interface Round extends Measurement {
  cpuMicros?: number;
}

export interface SideResult extends Measurement {
  /** (max - min) / max of req/s over this server's rounds: above ~10%, the box was busy and the figure is soft. */
  spread: number;
  /**
   * Median over rounds of the server's CPU time per response, in microseconds (undefined without a probe). Unlike
   * req/s it barely moves when other work shares the machine.
   */
  cpuPerRequest: number | undefined;
}

export interface Comparison<Side extends string> {
  sides: Record<Side, SideResult>;
  /** Responses with another status than the expected one, and connection errors, across all rounds. */
  anomalies: string[];
}

function summarize(runs: readonly Round[]): SideResult {
  const rates = runs.map((m) => m.requestsPerSecond);
  const cpu = runs.flatMap((m) => (m.cpuMicros === undefined || m.requests === 0 ? [] : [m.cpuMicros / m.requests]));
  const max = Math.max(...rates);
  const statuses: Record<string, number> = {};
  for (const m of runs) for (const [status, count] of Object.entries(m.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  return {
    requestsPerSecond: median(rates),
    requests: runs.reduce((sum, m) => sum + m.requests, 0),
    p50: median(runs.map((m) => m.p50)),
    p99: median(runs.map((m) => m.p99)),
    statuses,
    errors: runs.reduce((sum, m) => sum + m.errors, 0),
    spread: max > 0 ? (max - Math.min(...rates)) / max : 0,
    cpuPerRequest: cpu.length > 0 ? median(cpu) : undefined,
  };
}

function anomaliesOf(side: string, m: Measurement, expectStatus: number): string[] {
  const out = Object.entries(m.statuses)
    .filter(([status, count]) => Number(status) !== expectStatus && count > 0)
    .map(([status, count]) => `${side}: ${count} responses with status ${status}`);
  if (m.errors > 0) out.push(`${side}: ${m.errors} connection errors/timeouts`);
  return out;
}

/** Runs one load round, reading the server's CPU time before and after when it has a probe. */
async function measureRound(baseUrl: string, request: BenchRequest, load: LoadOptions, cpu: CpuProbe | undefined): Promise<Round> {
  const before = cpu ? await cpu() : 0;
  const m = await runAutocannon(baseUrl, request, load);
  return cpu ? { ...m, cpuMicros: (await cpu()) - before } : m;
}

/**
 * Warms every server up, then measures them round by round, the order rotating each round so no server always goes
 * first; keeps each server's median round (and its median CPU time per request, for the servers with a probe).
 */
export async function compareSides<Side extends string>(
  name: string,
  baseUrls: Record<Side, string>,
  request: BenchRequest,
  expectStatus: number,
  plan: RunPlan,
  log: (line: string) => void,
  cpu: Partial<Record<Side, CpuProbe>> = {},
): Promise<Comparison<Side>> {
  const sides = Object.keys(baseUrls) as Side[];
  if (plan.warmup > 0) {
    log(`${name}: warm-up`);
    for (const side of sides) await runAutocannon(baseUrls[side], request, { ...plan.load, duration: plan.warmup });
  }
  const runs = Object.fromEntries(sides.map((side) => [side, [] as Round[]])) as Record<Side, Round[]>;
  for (let round = 0; round < plan.rounds; round++) {
    const order = sides.map((_, i) => sides[(i + round) % sides.length]!);
    for (const side of order) {
      const m = await measureRound(baseUrls[side], request, plan.load, cpu[side]);
      runs[side].push(m);
      const cpuNote = m.cpuMicros === undefined ? '' : `, ${Math.round(m.cpuMicros / Math.max(1, m.requests))} µs CPU/req`;
      log(`${name}: round ${round + 1} ${side} ${Math.round(m.requestsPerSecond)} req/s${cpuNote}`);
    }
  }
  const results = Object.fromEntries(sides.map((side) => [side, summarize(runs[side])])) as Record<Side, SideResult>;
  return { sides: results, anomalies: sides.flatMap((side) => anomaliesOf(side, results[side], expectStatus)) };
}

/** One server alone (hello world, raw SQL): warm-up, then the median of `rounds`. */
export async function measureSingle(baseUrl: string, request: BenchRequest, plan: RunPlan, cpu?: CpuProbe): Promise<SideResult> {
  if (plan.warmup > 0) await runAutocannon(baseUrl, request, { ...plan.load, duration: plan.warmup });
  const runs: Round[] = [];
  for (let round = 0; round < plan.rounds; round++) runs.push(await measureRound(baseUrl, request, plan.load, cpu));
  return summarize(runs);
}
