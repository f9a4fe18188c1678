import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { httpErrorFor, sendError, toHttpError, type ErrorFormatter } from './errors.ts';
import { frameworkError, type HttpError, isCorsPreflight, refusedPreflight, unroutedRequest } from './http-error.ts';
import { headProblem, queryProblem } from './request-head.ts';

/** An error raised by Node's HTTP parser for a connection, before any request exists. */
interface ClientError extends Error {
  code?: string;
  rawPacket?: Buffer;
}

export interface EdgeErrorOptions {
  /** The error format of paths no registered prefix covers. */
  fallback: ErrorFormatter;
  /** Headers every response carries, errors included (computed once). */
  headers: Readonly<Record<string, string>>;
  /** What a CORS preflight that reaches a 405 is told after its message (see `BindOptions.refusedPreflight`). */
  refusedPreflight?: string;
  /**
   * A body refused for its size (413) whose declared length is at most this is read and dropped, the connection kept:
   * Fastify would close it, and Node does not linger, so a client still sending would get a reset, not its 413. A
   * larger one is cut off. 0 (the default) drains none.
   */
  drainRefusedBodiesUpTo?: number;
}

/** Methods a 405 can list in `Allow`; OPTIONS is a CORS preflight here, not a method of a resource. */
const RESOURCE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A request that arrives while the server closes: another instance (or this one, restarted) will take it. */
const SHUTTING_DOWN = frameworkError('SERVICE_UNAVAILABLE', 'The service is shutting down; retry', undefined, { 'retry-after': '1', connection: 'close' });

/** The path of a request target, without the query. */
const pathOf = (target: string) => target.split('?')[0]!;

/** The target of the request a connection carries now, for errors Node raises without the request line (timeouts). */
const CURRENT_TARGET = Symbol('current request target');
/** Set while the rest of an answered request's body is read and dropped: a timeout then gets no second answer. */
const DRAINING = Symbol('draining an answered body');
type TrackedSocket = Duplex & { [CURRENT_TARGET]?: string; [DRAINING]?: boolean };

/**
 * What the HTTP parser got of a request it refused: the method and path of a well-formed request line, or only the
 * path (for the error format) when the line is garbled.
 */
function requestLine(packet: Buffer | undefined): { method?: string; target: string } {
  const line = packet?.toString('latin1', 0, Math.min(packet.length, 8192)).split(/\r?\n/, 1)[0] ?? '';
  const wellFormed = /^([^ ]+) (\/[^ ]*) HTTP\/\d\.\d$/.exec(line);
  if (wellFormed) return { method: wellFormed[1]!, target: wellFormed[2]! };
  return { target: line.split(' ').find((token) => token.startsWith('/')) ?? '' };
}

/**
 * Every response the server sends in the error format of the API its path belongs to, whatever raised it: a route,
 * Fastify's router (bad URLs, too-long parameters), Node's HTTP parser (431, malformed requests, unknown methods),
 * unknown paths and methods (404, or 405 with `Allow`). No message repeats what the request sent.
 */
export class EdgeErrors {
  private readonly scopes: { prefix: string; formatError: ErrorFormatter }[] = [];
  private readonly headers: Readonly<Record<string, string>>;
  private readonly fallback: ErrorFormatter;
  private readonly refusedPreflight: string | undefined;
  private readonly drainUpTo: number;
  private app: FastifyInstance | undefined;

  constructor(options: EdgeErrorOptions) {
    this.fallback = options.fallback;
    this.headers = options.headers;
    this.refusedPreflight = options.refusedPreflight;
    this.drainUpTo = options.drainRefusedBodiesUpTo ?? 0;
  }

  /** Paths equal to `prefix` or under it answer errors with `formatError`. */
  addScope(prefix: string, formatError: ErrorFormatter): void {
    this.scopes.push({ prefix, formatError });
    this.scopes.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  formatFor(target: string): ErrorFormatter {
    const path = pathOf(target);
    return this.scopes.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`))?.formatError ?? this.fallback;
  }

  /** Fastify's factory options that route its own errors and the HTTP parser's here. */
  serverOptions(): Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler' | 'return503OnClosing'> {
    return {
      // Fastify's own 503 while closing is its default JSON, without the API's format or protective headers: `register` answers instead
      return503OnClosing: false,
      frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
        reply.headers(this.headers);
        sendError(request, reply, undefined, toHttpError(error, undefined), this.formatFor(request.url));
      },
      // Fastify types `rawPacket` as a serialised Buffer; Node hands the Buffer itself
      clientErrorHandler: (error, socket) => this.onClientError(error as unknown as ClientError, socket),
    };
  }

  /**
   * On the root instance, before anything else is registered: the protective headers on every response, a query
   * string that decodes, the Host header RFC 9112 requires of HTTP/1.1 (once, and valid), a single Authorization
   * header, and the root's 404/405 and error handlers.
   */
  register(app: FastifyInstance): void {
    this.app = app;
    const headers = this.headers;
    let closing = false;
    app.addHook('preClose', (done) => {
      closing = true;
      done();
    });
    // before the APIs' own hooks: like a path that cannot be decoded, such a URL reaches no credential or budget; while
    // the server closes, a request that arrives (on a kept-alive connection) is refused at once, in the API's format
    app.addHook('onRequest', (request, reply, done) => {
      const socket = request.raw.socket as TrackedSocket | null;
      if (socket) {
        socket[CURRENT_TARGET] = request.url;
        socket[DRAINING] = false;
      }
      reply.headers(headers);
      done(closing ? SHUTTING_DOWN : queryProblem(request.url));
    });
    const drainUpTo = this.drainUpTo;
    if (drainUpTo > 0) {
      // a callback hook, not an async one: no promise per response
      app.addHook('onSend', (request, reply, payload, done) => {
        const socket = request.raw.socket as TrackedSocket | null;
        const declared = Number(request.headers['content-length']);
        if (reply.statusCode === 413 && socket && request.raw.complete === false && reply.getHeader('connection') === 'close' && declared <= drainUpTo) {
          // Node reads what is left of the body and drops it before the next request on the connection
          reply.removeHeader('connection');
          socket[DRAINING] = true;
        }
        done(null, payload);
      });
    }
    // after the APIs' own onRequest hooks (rate limits), so the refusal carries what their responses carry
    app.addHook('preValidation', (request, _reply, done) => {
      done(headProblem(request.raw));
    });
    app.setNotFoundHandler((request, reply) => this.send(request, reply, this.unroutedMethod(request.url, request)));
    app.setErrorHandler((error, request, reply) => {
      if (request.is404) return this.send(request, reply, this.unroutedMethod(request.url, request));
      const httpError = toHttpError(error, undefined);
      if (httpError.status >= 500) request.log.error({ err: error }, 'request failed');
      return this.send(request, reply, httpError);
    });
    // an expectation other than 100-continue is ignored (RFC 9110 allows it) rather than refused with an empty 417
    app.server.on('checkExpectation', (request: IncomingMessage, response) => app.server.emit('request', request, response));
    app.server.on('connect', (request: IncomingMessage, socket: Duplex) => {
      this.writeRaw(socket, this.unroutedMethod(request.url ?? ''), request.url ?? '');
    });
  }

  /**
   * The answer to a request no route of this path took: 405 with `Allow` when the path has routes for other methods,
   * else 404 (also when a route of its own method found nothing there, as a static file route does for a missing file);
   * a CORS preflight's 405 also says how cross-origin calls are allowed, when the options say so.
   */
  unroutedMethod(target: string, request?: Pick<FastifyRequest, 'method' | 'headers'>): HttpError {
    const path = pathOf(target);
    const app = this.app;
    const allowed = app && path.startsWith('/') ? RESOURCE_METHODS.filter((candidate) => app.findRoute({ method: candidate, url: path }) !== null) : [];
    const own = request?.method === 'HEAD' ? 'GET' : request?.method;
    const methods = own !== undefined && (allowed as readonly string[]).includes(own) ? '' : allowed.join(', ');
    if (request && this.refusedPreflight !== undefined && isCorsPreflight(request)) return refusedPreflight(methods, this.refusedPreflight);
    return unroutedRequest(methods);
  }

  /** Sends `error` in the format of the request's path. */
  send(request: FastifyRequest, reply: FastifyReply, error: HttpError): FastifyReply {
    return sendError(request, reply, undefined, error, this.formatFor(request.url));
  }

  private onClientError(error: ClientError, socket: Duplex): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if ((socket as TrackedSocket)[DRAINING]) {
      socket.destroy();
      return;
    }
    const line = requestLine(error.rawPacket);
    const { method } = line;
    // a request whose body was too slow has no packet; its headers were read, and its target noted
    const target = line.target || ((socket as TrackedSocket)[CURRENT_TARGET] ?? '');
    let httpError: HttpError;
    if (error.code === 'HPE_INVALID_METHOD' && method !== undefined) httpError = this.unroutedMethod(target);
    else if (error.code === 'HPE_HEADER_OVERFLOW') httpError = httpErrorFor(431);
    else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') httpError = httpErrorFor(408);
    else httpError = frameworkError('INVALID_INPUT', 'The request is not valid HTTP/1.1');
    this.writeRaw(socket, httpError, target);
  }

  /** Answers on a connection no request object exists for, then closes it. */
  private writeRaw(socket: Duplex, error: HttpError, target: string): void {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const formatted = this.formatFor(target)(error);
    const body = JSON.stringify(formatted.body);
    const headers = {
      'content-type': `${formatted.contentType}; charset=utf-8`,
      'content-length': String(Buffer.byteLength(body)),
      ...this.headers,
      ...error.headers,
      connection: 'close',
    };
    const head = [`HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  }
}
