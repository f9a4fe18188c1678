import pg from 'pg';

/** The outbox notifies this channel in each transaction that queues deliveries; PostgreSQL delivers it at commit. */
export const DELIVERY_CHANNEL = 'webhook_deliveries';

const RECONNECT_MS = 1_000;

export interface ListenerLogger {
  warn(object: object, message: string): void;
}

/**
 * Calls `onNotify` whenever a transaction that queued deliveries commits, over a dedicated connection that LISTENs.
 * A lost connection is reopened after a second; `onNotify` is also called on each (re)connection, to pick up
 * whatever was committed meanwhile. Polling stays the fallback, so a missed notification only delays a delivery.
 */
export function listenForDeliveries(connectionString: string, onNotify: () => void, logger: ListenerLogger): { close(): Promise<void> } {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const reconnectLater = () => {
    if (!closed) retry = setTimeout(() => void connect(), RECONNECT_MS);
  };

  async function connect(): Promise<void> {
    const connection = new pg.Client({ connectionString });
    connection.on('notification', onNotify);
    connection.on('error', (error) => {
      logger.warn({ err: error }, 'webhook notifications: connection lost; polling until it is back');
      if (client === connection) client = undefined;
      connection.end().catch(() => {});
      reconnectLater();
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${DELIVERY_CHANNEL}`);
    } catch (error) {
      logger.warn({ err: error }, 'webhook notifications: cannot listen; polling meanwhile');
      connection.end().catch(() => {});
      reconnectLater();
      return;
    }
    if (closed) {
      await connection.end().catch(() => {});
      return;
    }
    client = connection;
    onNotify();
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
      client = undefined;
    },
  };
}
