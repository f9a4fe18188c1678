import { runAutocannon, type LoadOptions, type Measurement } from './run-autocannon.ts';
import type { BenchRequest, Scenario } from './scenario.ts';

export interface RunPlan {
  load: LoadOptions;
  /** Seconds of unmeasured load per server before the first measured round. */
  warmup: number;
  /** Measured rounds per server; the best round (highest req/s) is kept. */
  rounds: number;
}

export interface ScenarioResult {
  scenario: Scenario;
  framework: Measurement;
  plain: Measurement;
  /** The largest (max - min) / max of req/s over one side's rounds: above ~10%, the box was busy and the ratio is soft. */
  spread: number;
  /** Responses with another status than the expected one, and connection errors, across the kept rounds. */
  anomalies: string[];
}

type Side = keyof Scenario['baseUrls'];

const best = (runs: readonly Measurement[]): Measurement =>
  runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

function spreadOf(runs: readonly Measurement[]): number {
  const rates = runs.map((m) => m.requestsPerSecond);
  const max = Math.max(...rates);
  return max > 0 ? (max - Math.min(...rates)) / max : 0;
}

function anomalies(side: Side, m: Measurement, expectStatus: number): string[] {
  const out = Object.entries(m.statuses)
    .filter(([status, count]) => Number(status) !== expectStatus && count > 0)
    .map(([status, count]) => `${side}: ${count} responses with status ${status}`);
  if (m.errors > 0) out.push(`${side}: ${m.errors} connection errors/timeouts`);
  return out;
}

/** Warms up both servers, then measures them in alternating order (framework first in even rounds, plain in odd). */
export async function compareScenario(scenario: Scenario, plan: RunPlan, log: (line: string) => void): Promise<ScenarioResult> {
  const run = (side: Side, duration: number) =>
    runAutocannon(scenario.baseUrls[side], scenario.request, { ...plan.load, duration });
  log(`${scenario.name}: warm-up`);
  await run('framework', plan.warmup);
  await run('plain', plan.warmup);
  const runs: Record<Side, Measurement[]> = { framework: [], plain: [] };
  for (let round = 0; round < plan.rounds; round++) {
    const order: Side[] = round % 2 === 0 ? ['framework', 'plain'] : ['plain', 'framework'];
    for (const side of order) {
      const m = await run(side, plan.load.duration);
      runs[side].push(m);
      log(`${scenario.name}: round ${round + 1} ${side} ${Math.round(m.requestsPerSecond)} req/s`);
    }
  }
  const framework = best(runs.framework);
  const plain = best(runs.plain);
  return {
    scenario,
    framework,
    plain,
    spread: Math.max(spreadOf(runs.framework), spreadOf(runs.plain)),
    anomalies: [...anomalies('framework', framework, scenario.expectStatus), ...anomalies('plain', plain, scenario.expectStatus)],
  };
}

/** One server alone (hello world, for scale): warm-up, then the best of `rounds`. */
export async function measureSingle(baseUrl: string, request: BenchRequest, plan: RunPlan): Promise<Measurement> {
  await runAutocannon(baseUrl, request, { ...plan.load, duration: plan.warmup });
  const runs: Measurement[] = [];
  for (let round = 0; round < plan.rounds; round++) runs.push(await runAutocannon(baseUrl, request, plan.load));
  return best(runs);
}
