import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body as verified JSON. */
  payload: Record<string, unknown>;
  /** Whether each secret verified the signature on its own (after a rotation both should). */
  verifiedWith: string[];
  receivedAt: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface TestReceiver {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: ReceivedWebhook[];
  /** Requests whose signature no secret of their path verified. */
  rejected: { path: string; error: string }[];
  /** The secrets a path accepts. */
  secrets: Map<string, string[]>;
  /** Decides the answer; 200 `{"ok":true}` unless set. */
  respond: (request: ReceivedWebhook) => Reply | Promise<Reply>;
  /** Resolves once `count` webhooks have been received. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

/** A real HTTP receiver on 127.0.0.1 that verifies every signature with the `standardwebhooks` library. */
export async function startReceiver(): Promise<TestReceiver> {
  const waiters: { count: number; resolve(): void }[] = [];
  const receiver: Omit<TestReceiver, 'origin' | 'close' | 'waitFor'> = {
    received: [],
    rejected: [],
    secrets: new Map(),
    respond: () => ({ status: 200, body: '{"ok":true}' }),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      const headers = {
        'webhook-id': header(request.headers, 'webhook-id'),
        'webhook-timestamp': header(request.headers, 'webhook-timestamp'),
        'webhook-signature': header(request.headers, 'webhook-signature'),
      };
      const verifiedWith: string[] = [];
      let payload: unknown;
      let lastError = 'no secret for this path';
      for (const secret of receiver.secrets.get(path) ?? []) {
        try {
          payload = new Webhook(secret).verify(body, headers);
          verifiedWith.push(secret);
        } catch (error) {
          lastError = String(error);
        }
      }
      if (verifiedWith.length === 0) {
        receiver.rejected.push({ path, error: lastError });
        response.writeHead(400).end('bad signature');
        return;
      }
      const received: ReceivedWebhook = { path, headers: request.headers, body, payload: payload as Record<string, unknown>, verifiedWith, receivedAt: Date.now() };
      receiver.received.push(received);
      for (const waiter of waiters.filter((w) => receiver.received.length >= w.count)) waiter.resolve();
      Promise.resolve(receiver.respond(received)).then(
        (reply) => response.writeHead(reply.status, reply.headers).end(reply.body ?? ''),
        () => response.writeHead(500).end(),
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver as TestReceiver, {
    origin: `http://127.0.0.1:${port}`,
    waitFor(count: number, timeoutMs = 20_000) {
      if (receiver.received.length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`received ${receiver.received.length} of ${count} webhooks`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
