import { setMaxListeners } from 'node:events';
import type { PrismaClient } from '../db/index.ts';
import { systemClock, type Clock } from './clock.ts';
import { claimDueDeliveries, recordAttempt, type ClaimedDelivery, type RecordOutcome } from './delivery-store.ts';
import { decodeEvent } from './event-codec.ts';
import { createHttpTransport, type AttemptResult, type Transport } from './http-transport.ts';
import { listenForDeliveries } from './notifications.ts';
import { renderPayload } from './payloads.ts';
import { activeSecrets, signatureHeaders } from './signing.ts';

/** The subset of a pino logger the dispatcher writes to. */
export interface DispatcherLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface DispatcherOptions {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: when false, connections to non-public addresses are refused. */
  allowPrivateTargets: boolean;
  /** Deliveries in flight at once (default 16). */
  concurrency?: number;
  /** Deadline of one attempt, connection to end of the answer (default 10 s). */
  timeoutMs?: number;
  /** How long a claim holds a delivery (default timeout + 20 s); after it another dispatcher may take it over. */
  leaseMs?: number;
  /** Wait between polls when nothing is due (default 200 ms). */
  pollIntervalMs?: number;
  /**
   * PostgreSQL connection string to LISTEN on: the dispatcher then wakes as soon as an event is committed instead
   * of at the next poll (retries are still found by polling). Not for PGlite.
   */
  listenUrl?: string | undefined;
  /** How long `stop` lets deliveries in flight finish before aborting them (default 5 s). */
  shutdownGraceMs?: number;
  now?: Clock;
  logger?: DispatcherLogger;
  /** How requests are sent (default: node:http(s) with the SSRF guard). */
  transport?: Transport;
}

export interface Dispatcher {
  /** Polls and delivers in the background until `stop`. */
  start(): void;
  /** Stops claiming, lets deliveries in flight finish (aborting them after `shutdownGraceMs`), releases connections. */
  stop(): Promise<void>;
  /** Claims what is due now (up to the concurrency), delivers it and records the outcomes; resolves with how many. */
  runOnce(): Promise<number>;
}

const silent: DispatcherLogger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Delivers the outbox: claims due deliveries under a lease in a short transaction, sends each outside any
 * transaction, then records the outcome. At least once: a dispatcher that dies between sending and recording
 * leaves the lease to expire, and the delivery is sent again with the same `webhook-id`.
 */
export function createDispatcher(prisma: PrismaClient, options: DispatcherOptions): Dispatcher {
  const concurrency = options.concurrency ?? 16;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = options.leaseMs ?? timeoutMs + 20_000;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const shutdownGraceMs = options.shutdownGraceMs ?? 5_000;
  const now = options.now ?? systemClock;
  const logger = options.logger ?? silent;
  const transport = options.transport
    ? { send: options.transport, close: () => {} }
    : createHttpTransport({ allowPrivateTargets: options.allowPrivateTargets, timeoutMs, maxSockets: concurrency });

  const inFlight = new Set<Promise<void>>();
  /** Aborts requests still in flight when `stop` has waited `shutdownGraceMs`. */
  const abortRequests = new AbortController();
  setMaxListeners(concurrency + 1, abortRequests.signal);
  let stopped = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  /** Whether a finished delivery should wake the loop: it is waiting for a free slot while more is due. */
  let waitingForSlot = false;
  /** Set by a commit notification: something new may be due, so claim again before pausing. */
  let notified = false;
  let listener: { close(): Promise<void> } | undefined;
  const onNotify = () => {
    notified = true;
    if (!waitingForSlot) wake?.();
  };

  /** Renders, signs and sends one attempt; an event that cannot be rendered is a failed attempt that says why. */
  async function attempt(delivery: ClaimedDelivery, attemptedAt: Date): Promise<AttemptResult> {
    let body: string;
    try {
      body = JSON.stringify(renderPayload(decodeEvent(delivery.eventData, delivery.occurredAt), delivery.payloadVersion));
    } catch (error) {
      return { statusCode: null, latencyMs: 0, error: `Cannot render the event: ${String(error)}`, responseBody: null, retryAfter: undefined };
    }
    const headers = signatureHeaders(delivery.id, body, activeSecrets(delivery.secrets, attemptedAt), attemptedAt);
    return transport.send({ url: delivery.url, headers, body }, abortRequests.signal);
  }

  async function deliver(delivery: ClaimedDelivery): Promise<RecordOutcome | undefined> {
    const attemptedAt = now();
    const result = await attempt(delivery, attemptedAt);
    // Cut short by stop(): not the receiver's doing, so not an attempt; the lease expires and it is sent again.
    if (abortRequests.signal.aborted && result.statusCode === null) return undefined;
    const outcome = await recordAttempt(prisma, delivery, { ...result, attemptedAt }, now());
    const context = { deliveryId: delivery.id, endpointId: delivery.endpointId, event: delivery.eventType, statusCode: result.statusCode, error: result.error };
    if (outcome === 'gone') logger.warn(context, 'webhook endpoint answered 410 Gone: disabled it');
    else if (outcome === 'failed') logger.warn(context, 'webhook delivery failed after its last attempt');
    else if (outcome === 'lease-lost') logger.warn(context, 'webhook delivery lease expired before the outcome was recorded');
    return outcome;
  }

  function track(delivery: ClaimedDelivery): Promise<void> {
    const tracked: Promise<void> = deliver(delivery)
      .then(
        () => {},
        (error: unknown) => logger.error({ err: error, deliveryId: delivery.id }, 'webhook delivery could not be recorded; it is sent again when its lease expires'),
      )
      .finally(() => {
        inFlight.delete(tracked);
        if (waitingForSlot) wake?.();
      });
    inFlight.add(tracked);
    return tracked;
  }

  const claim = (limit: number) => claimDueDeliveries(prisma, { now: now(), leaseMs, limit });

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });
  }

  async function run(): Promise<void> {
    while (!stopped) {
      const free = concurrency - inFlight.size;
      if (free > 0) notified = false;
      let backlog = free === 0;
      if (free > 0) {
        try {
          const deliveries = await claim(free);
          deliveries.forEach(track);
          backlog = deliveries.length === free;
        } catch (error) {
          logger.error({ err: error }, 'claiming webhook deliveries failed');
        }
      }
      if (stopped) break;
      if ((backlog || notified) && inFlight.size < concurrency) continue;
      waitingForSlot = backlog;
      await pause(pollIntervalMs);
      waitingForSlot = false;
    }
  }

  return {
    start() {
      if (loop || stopped) return;
      if (options.listenUrl) listener = listenForDeliveries(options.listenUrl, onNotify, logger);
      loop = run();
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      wake?.();
      await listener?.close();
      await loop;
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (graceTimer = setTimeout(resolve, shutdownGraceMs)));
      await Promise.race([Promise.all(inFlight), grace]);
      clearTimeout(graceTimer);
      abortRequests.abort();
      await Promise.all(inFlight);
      transport.close();
    },

    async runOnce() {
      const deliveries = await claim(concurrency);
      await Promise.all(deliveries.map(track));
      return deliveries.length;
    },
  };
}
