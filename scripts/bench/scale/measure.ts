/** Sequential latency sampling over HTTP: one request at a time, so each figure is one request's own latency. */

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

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export async function measure(url: string, headers: Record<string, string>, plan: MeasurePlan): Promise<Measurement> {
  let failed = 0;
  let warmupFailed = 0;
  let firstFailure: string | undefined;
  const check = (sample: Sample, timed: boolean) => {
    if (sample.status === 200) return;
    if (timed) failed += 1;
    else warmupFailed += 1;
    firstFailure ??= `${sample.status} ${sample.body.slice(0, 300)}`;
  };
  let warmup = 0;
  const warmupDeadline = performance.now() + (plan.budgetSeconds * 1000) / 4;
  while (warmup < plan.warmup && (warmup === 0 || performance.now() < warmupDeadline)) {
    check(await get(url, headers), false);
    warmup += 1;
  }
  const times: number[] = [];
  const deadline = performance.now() + plan.budgetSeconds * 1000;
  while (times.length < plan.requests && (times.length < plan.minRequests || performance.now() < deadline)) {
    const start = performance.now();
    const sample = await get(url, headers);
    times.push(performance.now() - start);
    check(sample, true);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: sorted.length,
    failed,
    warmup,
    warmupFailed,
    firstFailure,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    min: sorted[0]!,
    max: sorted.at(-1)!,
    mean: sorted.reduce((sum, t) => sum + t, 0) / sorted.length,
  };
}
