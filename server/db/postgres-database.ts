// PostgreSQL adapter over `pg`: a pool for requests, one dedicated client for LISTEN that
// reconnects with backoff and reports the reconnect, because NOTIFYs sent meanwhile are lost.
import pg from 'pg';
import type { Database, NotificationHandler, Queryable, QueryResult } from './database';

const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const result = await client.query(sql, [...params]);
    return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
  },
  async exec(sql: string) {
    await client.query(sql);
  },
});

export interface PostgresOptions {
  connectionString: string;
  maxConnections?: number;
  /** Errors of idle connections and of the listener go here (never thrown: they would kill the process). */
  onError?: (error: Error) => void;
}

export function openPostgres(options: PostgresOptions): Database {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
  const onError = options.onError ?? (() => undefined);
  pool.on('error', onError);
  const plain = wrap(pool);
  let closed = false;
  const listeners = new Set<() => Promise<void>>();

  return {
    kind: 'postgres',
    query: (sql, params) => plain.query(sql, params),
    exec: (sql) => plain.exec(sql),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel: string, handler: NotificationHandler, onReconnect?: () => void) {
      let client: pg.Client | undefined;
      let stopped = false;
      let delay = 250;
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString: options.connectionString });
        next.on('notification', (message) => {
          if (message.channel === channel) handler(message.payload ?? '');
        });
        next.on('error', (error) => {
          onError(error);
          void next.end().catch(() => undefined);
          if (client === next) reconnectLater();
        });
        await next.connect();
        await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        client = next;
      };
      const reconnectLater = () => {
        client = undefined;
        if (stopped || closed) return;
        setTimeout(() => {
          connect().then(
            () => {
              delay = 250;
              onReconnect?.();
            },
            (error: Error) => {
              onError(error);
              delay = Math.min(delay * 2, 10_000);
              reconnectLater();
            },
          );
        }, delay);
      };
      await connect();
      const stop = async () => {
        stopped = true;
        listeners.delete(stop);
        await client?.end().catch(() => undefined);
      };
      listeners.add(stop);
      return stop;
    },
    async close() {
      closed = true;
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}
