import type { IncomingMessage } from 'node:http';
import { frameworkError, type HttpError } from './http-error.ts';

/**
 * What the request line and the headers must be before any route reads them, checked by the edge of the server:
 * the query string's percent-encodings (Node and Fastify leave a malformed one as it is), and the header fields that
 * may appear once only (RFC 9112 §3.2: Host; RFC 9110 §11.6.2 and RFC 6750 §2: Authorization).
 */

/** A Host value: a bracketed IP literal or a reg-name (RFC 3986 §3.2.2), and an optional port. */
const HOST_VALUE = /^(?:\[[0-9A-Za-z:._~!$&'()*+,;=-]+\]|[A-Za-z0-9._~!$&'()*+,;=%-]*)(?::[0-9]*)?$/;

/** Header fields a request may carry once only (lower case, as Node names them), as they are written in messages. */
const SINGLETONS: Readonly<Record<string, string>> = { host: 'Host', authorization: 'Authorization' };

const badQuery = frameworkError('INVALID_INPUT', 'The URL is not valid: its query string has a malformed percent-encoding', [
  { field: 'query', message: 'is not validly percent-encoded UTF-8' },
]);

/** Whether the query string's percent-encodings are well formed and decode to UTF-8 (checked only when it has one). */
export function queryDecodes(url: string): boolean {
  const start = url.indexOf('?');
  if (start < 0 || url.indexOf('%', start) < 0) return true;
  try {
    decodeURIComponent(url.slice(start + 1));
    return true;
  } catch {
    return false;
  }
}

/** The 400 for a query string that cannot be decoded, or undefined. */
export const queryProblem = (url: string): HttpError | undefined => (queryDecodes(url) ? undefined : badQuery);

/** The first singleton header field the request carries more than once (Node keeps only the first of each), if any. */
function repeatedSingleton(rawHeaders: readonly string[]): string | undefined {
  let hosts = 0;
  let authorizations = 0;
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const name = rawHeaders[index]!;
    // lengths first: most names are neither
    if (name.length === 4 && name.toLowerCase() === 'host' && ++hosts > 1) return 'host';
    if (name.length === 13 && name.toLowerCase() === 'authorization' && ++authorizations > 1) return 'authorization';
  }
  return undefined;
}

/** The 400 for a Host missing from an HTTP/1.1 request, a Host that is not one, or a singleton field sent twice. */
export function headProblem(raw: IncomingMessage): HttpError | undefined {
  const repeated = repeatedSingleton(raw.rawHeaders);
  if (repeated !== undefined) {
    return frameworkError('INVALID_INPUT', `The request has more than one ${SINGLETONS[repeated]!} header`, [{ field: `header.${repeated}`, message: 'is sent more than once' }]);
  }
  const host = raw.headers.host;
  if (host === undefined) {
    return raw.httpVersion === '1.1' ? frameworkError('INVALID_INPUT', 'An HTTP/1.1 request needs a Host header', [{ field: 'header.host', message: 'is required' }]) : undefined;
  }
  if (!HOST_VALUE.test(host)) return frameworkError('INVALID_INPUT', 'The Host header is not a host name or address', [{ field: 'header.host', message: 'is not a valid host' }]);
  return undefined;
}
