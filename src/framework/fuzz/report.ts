import type { Problem } from './response-checks.ts';

export interface Finding {
  readonly kind: string;
  readonly operation: string;
  readonly label: string;
  readonly status: number;
  readonly detail: string;
  readonly curl: string;
  readonly seed: number;
}

/** What one API's run sent and found: requests by outcome, and distinct failures with a curl line each. */
export class FuzzReport {
  readonly outcomes = new Map<string, number>();
  /** Milliseconds from sending a request to the last byte of its answer, by outcome. */
  private readonly latencies = new Map<string, number[]>();
  private readonly distinct = new Map<string, Finding & { count: number }>();
  requests = 0;
  readonly startedAt = Date.now();

  constructor(
    readonly api: string,
    readonly seed: number,
  ) {}

  count(outcome: string, elapsedMs?: number): void {
    this.requests++;
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    if (elapsedMs === undefined) return;
    const latencies = this.latencies.get(outcome);
    if (latencies) latencies.push(elapsedMs);
    else this.latencies.set(outcome, [elapsedMs]);
  }

  fail(problem: Problem, context: Omit<Finding, 'kind' | 'detail'>): void {
    const key = `${problem.kind}|${context.operation}|${context.status}|${context.label.replace(/\(.*\)$/, '')}|${problem.detail.replace(/"[^"]*"|\d+/g, '').slice(0, 80)}`;
    const seen = this.distinct.get(key);
    // requests run concurrently, so the example kept is the one of the lowest case seed: the same whatever the order
    const count = (seen?.count ?? 0) + 1;
    if (!seen || context.seed < seen.seed) this.distinct.set(key, { ...context, kind: problem.kind, detail: problem.detail, count });
    else seen.count = count;
  }

  /** Distinct failures, sorted by kind, operation and label (not by when they were met). */
  get findings(): readonly (Finding & { count: number })[] {
    const order = (f: Finding) => `${f.kind}\u0000${f.operation}\u0000${f.label}\u0000${f.detail}`;
    return [...this.distinct.values()].sort((a, b) => order(a).localeCompare(order(b)));
  }

  get failed(): boolean {
    return this.distinct.size > 0;
  }

  table(): string {
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(1);
    const rows = [...this.outcomes.entries()].sort(([a], [b]) => Number(a.startsWith('FAILED')) - Number(b.startsWith('FAILED')) || a.localeCompare(b));
    const width = Math.max(30, ...rows.map(([o]) => o.length));
    const lines = [
      `${this.api}: ${this.requests} requests in ${seconds} s (seed ${this.seed}), ${this.distinct.size} distinct failures`,
      `  ${'outcome'.padEnd(width)}  requests  p50 ms  p99 ms  max ms`,
      ...rows.map(([outcome, n]) => `  ${outcome.padEnd(width)}  ${String(n).padStart(8)}${this.latencyColumns(outcome)}`),
    ];
    return lines.join('\n');
  }

  /** p50, p99 and max of an outcome's answer times (nearest rank), blank when none was timed. */
  private latencyColumns(outcome: string): string {
    const sorted = [...(this.latencies.get(outcome) ?? [])].sort((a, b) => a - b);
    if (sorted.length === 0) return '';
    const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
    return [at(0.5), at(0.99), at(1)].map((ms) => ms.toFixed(1).padStart(8)).join('');
  }

  failures(): string {
    const byKind = new Map<string, (Finding & { count: number })[]>();
    for (const f of this.findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
    const out: string[] = [];
    for (const [kind, findings] of byKind) {
      out.push(`\n${this.api} - ${kind} (${findings.length} distinct)`);
      for (const f of findings) {
        out.push(`  [${f.operation}] ${f.label}: ${f.detail} (x${f.count}, case seed ${f.seed})`);
        out.push(`    ${f.curl}`);
      }
    }
    return out.join('\n');
  }
}
