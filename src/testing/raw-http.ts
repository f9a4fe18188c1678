import { connect, type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface RawResponse {
  status: number;
  /** Lower-case names; the last value of a repeated header. */
  headers: Record<string, string>;
  body: string;
}

/** The port a listening app is on. */
export const portOf = (app: FastifyInstance) => (app.server.address() as AddressInfo).port;

/** Parses one HTTP/1.1 response (Content-Length or close-delimited). */
export function parseRawResponse(text: string): RawResponse {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no complete response head in ${JSON.stringify(text.slice(0, 200))}`);
  const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = text.slice(split + 4);
  const length = headers['content-length'];
  return { status, headers, body: length === undefined ? rest : Buffer.from(rest, 'latin1').subarray(0, Number(length)).toString('utf8') };
}

/**
 * Sends bytes as they are (what `inject` and fetch refuse to send: bad methods, bad encodings, huge headers) on a
 * new connection and reads the answer until the server closes the connection (`Connection: close` is the caller's).
 */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 5_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer in time'));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(parseRawResponse(Buffer.concat(chunks).toString('latin1')));
      } catch (error) {
        reject(error as Error);
      }
    });
    socket.write(request);
  });
}
