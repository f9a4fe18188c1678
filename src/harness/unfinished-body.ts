import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';

export interface UnfinishedBody {
  port: number;
  method: string;
  path: string;
  /** A `content-length` larger than `firstBytes`: the server waits for the rest, which never comes. */
  headers: OutgoingHttpHeaders;
  firstBytes: string;
}

/**
 * Sends a request whose body never ends and resolves with what the server answers meanwhile: a server that must
 * read the whole body before answering never answers (the caller's test times out).
 */
export function answerBeforeBodyEnds({ port, method, path, headers, firstBytes }: UnfinishedBody): Promise<{ status: number | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') });
        request.destroy();
      });
    });
    request.on('error', reject);
    request.write(firstBytes);
  });
}
