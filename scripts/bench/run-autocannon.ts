import { Worker } from 'node:worker_threads';
import type { BenchRequest } from './scenario.ts';

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
}

export interface Measurement {
  requestsPerSecond: number;
  /** Responses received in the run. */
  requests: number;
  /** Milliseconds, from every response's own time (autocannon's histogram only has whole milliseconds). */
  p50: number;
  p99: number;
  /** Responses per status code. */
  statuses: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
}

/** What `load-worker.ts` receives as workerData and posts back. */
export interface LoadJob extends LoadOptions {
  url: string;
  request: BenchRequest;
}
export type LoadOutcome = { ok: true; measurement: Measurement } | { ok: false; error: string };

const workerUrl = new URL('./load-worker.ts', import.meta.url).href;
const tsxApi = import.meta.resolve('tsx/esm/api');
/** Worker threads do not inherit tsx's loader: register it there, then load the TypeScript worker. */
const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); })`;

/**
 * Fires `request` at `baseUrl` for `options.duration` seconds with autocannon. The load generator runs in its own
 * worker thread, so it never shares an event loop with the servers under test (which live in the main thread).
 */
export function runAutocannon(baseUrl: string, request: BenchRequest, options: LoadOptions): Promise<Measurement> {
  const job: LoadJob = { ...options, url: `${baseUrl}${request.path}`, request };
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: job });
    worker.once('message', (outcome: LoadOutcome) => {
      void worker.terminate();
      if (outcome.ok) resolve(outcome.measurement);
      else reject(new Error(outcome.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load worker exited (${code}) without a result`)));
  });
}
