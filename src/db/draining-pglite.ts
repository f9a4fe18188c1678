import { PGlite, type PGliteOptions, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';

/**
 * PGlite whose `close()` first lets every query and transaction already asked for finish, and refuses new ones.
 * PGlite 0.4 itself closes at once: a query still queued then runs on the closed instance and spins forever on
 * the event loop (a fire-and-forget write racing a shutdown hung the whole process).
 */
export class DrainingPGlite extends PGlite {
  readonly #inFlight = new Set<Promise<unknown>>();
  #closing: Promise<void> | undefined;

  static async open(options: PGliteOptions): Promise<DrainingPGlite> {
    const client = new DrainingPGlite(options);
    await client.waitReady;
    return client;
  }

  #track<T>(start: () => Promise<T>): Promise<T> {
    // the message is the one PGlite gives once closed, which the failure classifier reads as "unavailable"
    if (this.#closing !== undefined) return Promise.reject(new Error('PGlite is closed'));
    const running = start();
    const settled: Promise<unknown> = running.then(
      () => this.#inFlight.delete(settled),
      () => this.#inFlight.delete(settled),
    );
    this.#inFlight.add(settled);
    return running;
  }

  override query<T>(query: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.#track(() => super.query<T>(query, params, options));
  }

  override exec(query: string, options?: QueryOptions): Promise<Array<Results>> {
    return this.#track(() => super.exec(query, options));
  }

  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#track(() => super.transaction(callback));
  }

  override close(): Promise<void> {
    this.#closing ??= this.#drainThenClose();
    return this.#closing;
  }

  async #drainThenClose(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all(this.#inFlight);
    await super.close();
  }
}
