// One database interface with two adapters: embedded PGlite (default, no install) and
// PostgreSQL over `pg` (DATABASE_URL). Everything above this file speaks only this interface.

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type NotificationHandler = (payload: string) => void;

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel. NOTIFY is sent inside write transactions (`pg_notify`), so a
   * notification arrives only after commit, in commit order. `onReconnect` fires when the
   * listener lost its connection and notifications may have been missed.
   */
  listen(channel: string, handler: NotificationHandler, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
