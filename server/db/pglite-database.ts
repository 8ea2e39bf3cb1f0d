// PGlite adapter: PostgreSQL compiled to WASM, kept in a data folder. One process, one
// connection; PGlite queues transactions, so they never interleave.
import { PGlite } from '@electric-sql/pglite';
import type { Database, NotificationHandler, Queryable, QueryResult } from './database';

interface PgliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

const wrap = (q: PgliteLike): Queryable => ({
  async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const result = await q.query<R>(sql, [...params]);
    return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
  },
  async exec(sql: string) {
    await q.exec(sql);
  },
});

/** dataDir undefined = in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const plain = wrap(db);
  return {
    kind: 'pglite',
    query: (sql, params) => plain.query(sql, params),
    exec: (sql) => plain.exec(sql),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async listen(channel: string, handler: NotificationHandler) {
      const unlisten = await db.listen(channel, handler);
      return unlisten;
    },
    close: () => db.close(),
  };
}
