/** Sequential latency sampling over HTTP: one request at a time, so each figure is one request's own latency. */
import { percentile } from '../stats.ts';

export interface Sample {
  status: number;
  body: string;
}

export interface Measurement {
  /** Timed requests actually sent (fewer than asked when the time budget ran out). */
  count: number;
  /** Timed requests answered with another status than 200 (their times count in the figures too). */
  failed: number;
  /** Warm-up requests sent, and how many of them were not answered with 200. */
  warmup: number;
  warmupFailed: number;
  /** The first such answer. */
  firstFailure: string | undefined;
  p50: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

export interface MeasurePlan {
  warmup: number;
  requests: number;
  /** Seconds the timed requests of one scenario may take at most; at least `minRequests` are sent regardless.
   * The warm-up stops after a quarter of it (at least one request). */
  budgetSeconds: number;
  minRequests: number;
}

export async function get(url: string, headers: Record<string, string>): Promise<Sample> {
  const res = await fetch(url, { headers });
  return { status: res.status, body: await res.text() };
}


/** A request to time: the URL and the headers (credentials) it is sent with. */
export interface Target {
  url: string;
  headers: Record<string, string>;
}

class Tally {
  failed = 0;
  warmupFailed = 0;
  warmup = 0;
  firstFailure: string | undefined;
  readonly times: number[] = [];

  check(sample: Sample, timed: boolean): void {
    if (sample.status === 200) return;
    if (timed) this.failed += 1;
    else this.warmupFailed += 1;
    this.firstFailure ??= `${sample.status} ${sample.body.slice(0, 300)}`;
  }

  summary(): Measurement {
    const sorted = [...this.times].sort((a, b) => a - b);
    return {
      count: sorted.length,
      failed: this.failed,
      warmup: this.warmup,
      warmupFailed: this.warmupFailed,
      firstFailure: this.firstFailure,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      min: sorted[0]!,
      max: sorted.at(-1)!,
      mean: sorted.reduce((sum, t) => sum + t, 0) / sorted.length,
    };
  }
}

/** Timed requests are sent in this many turns per target, the targets taking turns, so no target owns a quiet or a busy stretch. */
const TURNS = 4;

/**
 * Warms each target up, then times its requests in turns with the other targets (A B A B ...): a slow patch of a shared
 * machine, or a database still settling after a load, falls on every target alike.
 */
export async function measureInTurns(targets: readonly Target[], plan: MeasurePlan): Promise<Measurement[]> {
  const tallies = targets.map(() => new Tally());
  for (const [index, target] of targets.entries()) {
    const tally = tallies[index]!;
    const warmupDeadline = performance.now() + (plan.budgetSeconds * 1000) / 4;
    while (tally.warmup < plan.warmup && (tally.warmup === 0 || performance.now() < warmupDeadline)) {
      tally.check(await get(target.url, target.headers), false);
      tally.warmup += 1;
    }
  }
  const deadline = performance.now() + plan.budgetSeconds * 1000 * targets.length;
  const perTurn = Math.ceil(plan.requests / TURNS);
  const minPerTurn = Math.ceil(plan.minRequests / TURNS);
  for (let turn = 0; turn < TURNS; turn++) {
    for (const [index, target] of targets.entries()) {
      const tally = tallies[index]!;
      const goal = Math.min(plan.requests, perTurn * (turn + 1));
      const floor = Math.min(goal, minPerTurn * (turn + 1));
      while (tally.times.length < goal && (tally.times.length < floor || performance.now() < deadline)) {
        const start = performance.now();
        const sample = await get(target.url, target.headers);
        tally.times.push(performance.now() - start);
        tally.check(sample, true);
      }
    }
  }
  return tallies.map((tally) => tally.summary());
}
