import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { checkLiteralHost, guardedLookup, parseTargetUrl } from './target-guard.ts';

export interface OutgoingWebhook {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What came of one attempt. `statusCode` null means there was no answer; `error` then says why. */
export interface AttemptResult {
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** The start of the response body; null when there was none. */
  responseBody: string | null;
  retryAfter: string | undefined;
}

/** Sends one webhook request; never throws (a failure is a result). */
export type Transport = (request: OutgoingWebhook, signal?: AbortSignal) => Promise<AttemptResult>;

export interface HttpTransportOptions {
  allowPrivateTargets: boolean;
  timeoutMs: number;
  /** Connections kept per origin. */
  maxSockets: number;
}

/** The delivery log keeps this much of a response body. */
export const RESPONSE_BODY_CHARS = 1024;
/** Bytes read from a response; a longer body is cut off (and its connection closed). */
const RESPONSE_READ_BYTES = 64 * 1024;
const USER_AGENT = 'users-service-webhooks/1';

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EWEBHOOKTARGET':
      return `Refused: ${error.message}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `DNS lookup failed (${code})`;
    case 'ECONNREFUSED':
      return 'Connection refused';
    case 'ECONNRESET':
      return 'Connection reset';
    default:
      return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
}

/**
 * Webhook requests over node:http(s): no redirects followed (a 3xx is a failed attempt), a deadline for the
 * whole exchange, kept-alive connections, and the SSRF guard on every new connection.
 */
export function createHttpTransport(options: HttpTransportOptions): { send: Transport; close(): void } {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
  };

  const send: Transport = (request, signal) =>
    new Promise((resolve) => {
      const started = performance.now();
      let settled = false;
      let cancel: (reason: Error) => void = () => {};
      const onAbort = () => cancel(new Error('Aborted: the dispatcher is stopping'));
      const timer = setTimeout(() => cancel(new Error(`Timed out after ${options.timeoutMs} ms`)), options.timeoutMs);
      const finish = (result: Omit<AttemptResult, 'latencyMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve({ ...result, latencyMs: Math.round(performance.now() - started) });
      };
      const fail = (error: unknown) => finish({ statusCode: null, error: describe(error), responseBody: null, retryAfter: undefined });

      let url: URL;
      try {
        url = parseTargetUrl(request.url);
        if (!options.allowPrivateTargets) checkLiteralHost(url);
      } catch (error) {
        fail(error);
        return;
      }
      const outgoing = (url.protocol === 'https:' ? https : http).request(url, {
        method: 'POST',
        agent: agents[url.protocol as 'http:' | 'https:'],
        headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, 'content-length': Buffer.byteLength(request.body), ...request.headers },
        ...(options.allowPrivateTargets ? {} : { lookup: guardedLookup }),
      });
      cancel = (reason) => {
        fail(reason);
        outgoing.destroy(reason);
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });

      outgoing.on('error', fail);
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        let read = 0;
        const done = () => {
          const retryAfter = response.headers['retry-after'];
          finish({
            statusCode: response.statusCode ?? null,
            error: null,
            responseBody: read === 0 ? null : Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_BODY_CHARS),
            retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
          });
        };
        response.on('data', (chunk: Buffer) => {
          if (read < RESPONSE_BODY_CHARS * 4) chunks.push(chunk);
          read += chunk.length;
          if (read > RESPONSE_READ_BYTES) {
            done();
            response.destroy();
          }
        });
        response.on('end', done);
        response.on('error', (error) => (read > 0 ? done() : fail(error)));
      });
      outgoing.end(request.body);
    });

  return {
    send,
    close: () => {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
