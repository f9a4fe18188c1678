import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { LoadJob, LoadOutcome, Measurement } from './run-autocannon.ts';

/** Response times in milliseconds, kept as floats in a growing typed array. */
class Latencies {
  private values = new Float64Array(1 << 16);
  private size = 0;

  get count(): number {
    return this.size;
  }

  add(ms: number): void {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = ms;
  }

  percentiles(...ps: number[]): number[] {
    const sorted = this.values.subarray(0, this.size).sort();
    return ps.map((p) => (this.size === 0 ? 0 : sorted[Math.max(0, Math.ceil(p * this.size) - 1)]!));
  }
}

function run(job: LoadJob): Promise<Measurement> {
  const latencies = new Latencies();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        method: job.request.method,
        ...(job.request.headers ? { headers: job.request.headers } : {}),
        ...(job.request.body !== undefined ? { body: job.request.body } : {}),
        connections: job.connections,
        duration: job.duration,
      },
      (error: unknown, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const statuses: Record<string, number> = {};
        for (const [status, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stat.count ?? 0;
        const [p50, p99] = latencies.percentiles(0.5, 0.99);
        // Inside a worker thread autocannon skips its aggregation (result.requests is an encoded histogram), so
        // throughput is counted here: every response, whatever its status, over the run's duration in seconds.
        resolve({ requestsPerSecond: latencies.count / result.duration, requests: latencies.count, p50: p50!, p99: p99!, statuses, errors: result.errors + result.timeouts });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.add(responseTime));
  });
}

const port = parentPort;
if (port) {
  run(workerData as LoadJob).then(
    (measurement) => port.postMessage({ ok: true, measurement } satisfies LoadOutcome),
    (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies LoadOutcome),
  );
}
