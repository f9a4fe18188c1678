/** Bounded load: `workers` loops sending `next()` until stopped, each request timed out, every outcome counted. */
export interface LoadResult {
  /** `200`, `503`, ..., or `error` (no answer: refused, reset, timed out). */
  outcomes: Map<string, number>;
  /** When each outcome was last seen (ms since epoch). */
  lastSeen: Map<string, number>;
  /** 503s that carried Retry-After. */
  withRetryAfter: number;
  /** Answers at or after `since` with status 200, earliest first. */
  firstOkAfter(since: number): number | undefined;
}

export interface Load {
  stop(): Promise<LoadResult>;
}

export function startLoad(workers: number, next: () => { url: string; init?: RequestInit }, timeoutMs = 5_000): Load {
  const outcomes = new Map<string, number>();
  const lastSeen = new Map<string, number>();
  const okTimes: number[] = [];
  let withRetryAfter = 0;
  let running = true;
  const count = (outcome: string) => {
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    lastSeen.set(outcome, Date.now());
  };
  const worker = async () => {
    while (running) {
      const { url, init } = next();
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        count(String(response.status));
        if (response.status === 200) okTimes.push(Date.now());
        if (response.status === 503 && response.headers.get('retry-after')) withRetryAfter++;
      } catch {
        count('error');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const loops = Array.from({ length: workers }, worker);
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return { outcomes, lastSeen, withRetryAfter, firstOkAfter: (since) => okTimes.find((time) => time >= since) };
    },
  };
}

export const describeOutcomes = (outcomes: Map<string, number>, except: string[] = []): string =>
  [...outcomes].filter(([outcome]) => !except.includes(outcome)).map(([outcome, n]) => `${outcome}: ${n}`).join(', ') || 'none';
