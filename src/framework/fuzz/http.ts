import http from 'node:http';
import https from 'node:https';

/** A request exactly as it goes on the wire: `target` is the raw path and query, sent unnormalised. */
export interface WireRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | undefined;
}

export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const MAX_BODY = 4 * 1024 * 1024;

/** Errors of a kept-alive connection the server closed between two requests: the request is sent again on a new one. */
const STALE_CONNECTION = new Set(['ECONNRESET', 'EPIPE']);

/**
 * Sends raw HTTP requests to one origin over kept-alive connections (at most `connections` at once). A request that
 * fails on a reused connection the server had closed (after an error answer, or when idle) is sent once more on a
 * new connection; a timeout or a reset of a new connection becomes an error.
 */
export class HttpSender {
  private readonly origin: URL;
  private readonly agent: http.Agent;
  private readonly served = new WeakSet<object>();

  constructor(
    baseUrl: string,
    private readonly timeoutMs: number,
    connections = 16,
  ) {
    this.origin = new URL(baseUrl);
    const Agent = this.origin.protocol === 'https:' ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  /** The origin with its path prefix (no trailing slash): where request targets are appended. */
  get base(): string {
    return `${this.origin.origin}${this.origin.pathname.replace(/\/+$/, '')}`;
  }

  get pathPrefix(): string {
    return this.origin.pathname.replace(/\/+$/, '');
  }

  send(request: WireRequest): Promise<WireResponse> {
    return this.attempt(request, this.agent).catch((error: unknown) => {
      const { code, reused } = error as { code?: string; reused?: boolean };
      if (reused && code !== undefined && STALE_CONNECTION.has(code)) return this.attempt(request, false);
      throw error;
    });
  }

  private attempt(request: WireRequest, agent: http.Agent | false): Promise<WireResponse> {
    const client = this.origin.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...request.headers };
      if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
      const req = client.request(
        {
          host: this.origin.hostname,
          port: this.origin.port || undefined,
          method: request.method,
          path: `${this.pathPrefix}${request.target}`,
          headers,
          agent,
          timeout: this.timeoutMs,
          insecureHTTPParser: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= MAX_BODY) chunks.push(chunk);
          });
          res.on('end', () => {
            const flat: Record<string, string> = {};
            for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
            resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', reject);
        },
      );
      // `reusedSocket` misses a request that waited for a busy connection, so whether it served before is kept here
      let reused = false;
      req.on('socket', (socket) => {
        reused = this.served.has(socket);
        this.served.add(socket);
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      req.on('error', (error) => reject(Object.assign(error, { reused })));
      req.end(request.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

const RUN = /(.)\1{63,}/gsu;

/** A shell word for `text`: single-quoted, or built by node when it holds long runs or characters a shell cannot carry. */
export function shellWord(text: string): string {
  const printable = [...text].every((c) => c === '\t' || c === '\n' || (c >= ' ' && c !== '\u007f'));
  if (printable && text.length <= 2000) return `'${text.replace(/'/g, `'\\''`)}'`;
  const parts: string[] = [];
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    if (match.index > at) parts.push(JSON.stringify(text.slice(at, match.index)));
    parts.push(`${JSON.stringify(match[1])}.repeat(${match[0].length / match[1]!.length})`);
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(JSON.stringify(text.slice(at)));
  const script = `process.stdout.write(${parts.join('+') || '""'})`;
  return `"$(node -e '${script.replace(/'/g, `'\\''`)}')"`;
}

/** One line of shell that sends the same request again. */
export function curlLine(base: string, request: WireRequest): string {
  const parts = ['curl', '-sS', '-i', '--path-as-is', '-X', request.method, shellWord(`${base}${request.target}`)];
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', shellWord(`${name}: ${value}`));
  if (request.body !== undefined) parts.push('--data-binary', shellWord(request.body));
  return parts.join(' ');
}
