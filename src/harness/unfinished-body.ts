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
 * Sends a request whose body never ends and resolves with the status the server answers meanwhile: a server that
 * must read the whole body before answering never answers (the caller's test times out).
 */
export function statusBeforeBodyEnds({ port, method, path, headers, firstBytes }: UnfinishedBody): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode);
      request.destroy();
    });
    request.on('error', reject);
    request.write(firstBytes);
  });
}
