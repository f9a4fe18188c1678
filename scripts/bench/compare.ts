import { runAutocannon, type LoadOptions, type Measurement } from './run-autocannon.ts';
import type { BenchRequest } from './scenario.ts';

export interface RunPlan {
  load: LoadOptions;
  /** Seconds of unmeasured load per server before the first measured round (0: none). */
  warmup: number;
  /** Measured rounds per server; the median round is kept. */
  rounds: number;
}

export interface SideResult extends Measurement {
  /** (max - min) / max of req/s over this server's rounds: above ~10%, the box was busy and the figure is soft. */
  spread: number;
}

export interface Comparison<Side extends string> {
  sides: Record<Side, SideResult>;
  /** Responses with another status than the expected one, and connection errors, across all rounds. */
  anomalies: string[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function summarize(runs: readonly Measurement[]): SideResult {
  const rates = runs.map((m) => m.requestsPerSecond);
  const max = Math.max(...rates);
  const statuses: Record<string, number> = {};
  for (const m of runs) for (const [status, count] of Object.entries(m.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  return {
    requestsPerSecond: median(rates),
    p50: median(runs.map((m) => m.p50)),
    p99: median(runs.map((m) => m.p99)),
    statuses,
    errors: runs.reduce((sum, m) => sum + m.errors, 0),
    spread: max > 0 ? (max - Math.min(...rates)) / max : 0,
  };
}

function anomaliesOf(side: string, m: Measurement, expectStatus: number): string[] {
  const out = Object.entries(m.statuses)
    .filter(([status, count]) => Number(status) !== expectStatus && count > 0)
    .map(([status, count]) => `${side}: ${count} responses with status ${status}`);
  if (m.errors > 0) out.push(`${side}: ${m.errors} connection errors/timeouts`);
  return out;
}

/**
 * Warms every server up, then measures them round by round, the order rotating each round so no server always goes
 * first; keeps each server's median round.
 */
export async function compareSides<Side extends string>(
  name: string,
  baseUrls: Record<Side, string>,
  request: BenchRequest,
  expectStatus: number,
  plan: RunPlan,
  log: (line: string) => void,
): Promise<Comparison<Side>> {
  const sides = Object.keys(baseUrls) as Side[];
  const run = (side: Side, duration: number) => runAutocannon(baseUrls[side], request, { ...plan.load, duration });
  if (plan.warmup > 0) {
    log(`${name}: warm-up`);
    for (const side of sides) await run(side, plan.warmup);
  }
  const runs = Object.fromEntries(sides.map((side) => [side, [] as Measurement[]])) as Record<Side, Measurement[]>;
  for (let round = 0; round < plan.rounds; round++) {
    const order = sides.map((_, i) => sides[(i + round) % sides.length]!);
    for (const side of order) {
      const m = await run(side, plan.load.duration);
      runs[side].push(m);
      log(`${name}: round ${round + 1} ${side} ${Math.round(m.requestsPerSecond)} req/s`);
    }
  }
  const results = Object.fromEntries(sides.map((side) => [side, summarize(runs[side])])) as Record<Side, SideResult>;
  return { sides: results, anomalies: sides.flatMap((side) => anomaliesOf(side, results[side], expectStatus)) };
}

/** One server alone (hello world, raw SQL): warm-up, then the median of `rounds`. */
export async function measureSingle(baseUrl: string, request: BenchRequest, plan: RunPlan): Promise<SideResult> {
  if (plan.warmup > 0) await runAutocannon(baseUrl, request, { ...plan.load, duration: plan.warmup });
  const runs: Measurement[] = [];
  for (let round = 0; round < plan.rounds; round++) runs.push(await runAutocannon(baseUrl, request, plan.load));
  return summarize(runs);
}
