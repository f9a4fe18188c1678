import type { FastifyInstance } from 'fastify';

/**
 * Fastify closes the connection after a body it would not read (`Connection: close`), and Node does not linger: a
 * client still sending a body refused for its size gets a reset instead of its 413. A body whose declared length is
 * within `maxDrainBytes` is read and dropped instead, so the client finishes sending, reads its 413, and may keep the
 * connection; a larger one is still cut off (reading it would cost more than the client is owed).
 */
export function drainRefusedBodies(app: FastifyInstance, maxDrainBytes: number): void {
  // a callback hook, not an async one: no promise per response
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode === 413 && request.raw.complete === false && reply.getHeader('connection') === 'close') {
      const declared = Number(request.headers['content-length']);
      // Node reads what is left of the body and drops it before the next request on the connection
      if (Number.isSafeInteger(declared) && declared <= maxDrainBytes) reply.removeHeader('connection');
    }
    done(null, payload);
  });
}
