// PGlite adapter: PostgreSQL compiled to WASM, kept in a data folder. One process, one
// connection; PGlite queues transactions, so they never interleave. It runs in a worker thread
// (pglite-worker.mjs, decision 046): PGlite works synchronously inside each call, and on the
// server's own thread a large write or a checkpoint held every other answer, /health included.
import { Worker } from 'node:worker_threads';
import type { Database, NotificationHandler, Queryable, QueryResult } from './database';

/** A database error as the worker sends it: its message and PostgreSQL's fields (`code` = SQLSTATE). */
interface WorkerError {
  message: string;
  code?: string;
  [field: string]: unknown;
}

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };
type Notice = { notify: number; payload: string };
type Ready = { ready: boolean; error?: WorkerError };

type Request =
  | { type: 'query'; sql: string; params: unknown[]; tx?: number }
  | { type: 'exec'; sql: string; tx?: number }
  | { type: 'begin'; tx: number }
  | { type: 'end'; tx: number; commit: boolean }
  | { type: 'listen'; channel: string; listener: number }
  | { type: 'unlisten'; listener: number }
  | { type: 'close' };

/** The worker's error as an Error with the same fields, so callers read `code` as before. */
function errorFrom(error: WorkerError): Error {
  return Object.assign(new Error(error.message), error);
}

/** Where the worker's file is: beside this one in the source, beside main.js in the built server. */
const workerUrl = new URL('./pglite-worker.mjs', import.meta.url);

/** dataDir undefined = in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const worker = new Worker(workerUrl, { workerData: { dataDir } });
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const handlers = new Map<number, NotificationHandler>();
  let nextId = 1;
  let failure: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: Answer | Notice | Ready) => {
      if ('ready' in message) {
        if (message.ready) resolve();
        else reject(errorFrom(message.error ?? { message: 'PGlite did not start' }));
      } else if ('notify' in message) {
        handlers.get(message.notify)?.(message.payload);
      } else {
        const call = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.ok) call?.resolve(message.value);
        else call?.reject(errorFrom(message.error));
      }
    });
    // The thread itself failing (out of memory, a crash in the WASM) fails every call, now and later.
    const fail = (error: Error) => {
      failure = error;
      reject(error);
      for (const call of waiting.values()) call.reject(error);
      waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`PGlite worker exited (${code})`)));
  });

  const send = <T>(request: Request): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: (value) => resolve(value as T), reject });
      worker.postMessage({ id, ...request });
    });
  };

  const queryable = (tx?: number): Queryable => ({
    query: <R>(sql: string, params: readonly unknown[] = []) => send<QueryResult<R>>({ type: 'query', sql, params: [...params], ...(tx === undefined ? {} : { tx }) }),
    exec: async (sql: string) => {
      await send({ type: 'exec', sql, ...(tx === undefined ? {} : { tx }) });
    },
  });

  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const plain = queryable();
  return {
    kind: 'pglite',
    query: (sql, params) => plain.query(sql, params),
    exec: (sql) => plain.exec(sql),
    async transaction(fn) {
      const tx = nextId++;
      await send({ type: 'begin', tx });
      let result;
      try {
        result = await fn(queryable(tx));
      } catch (error) {
        await send({ type: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await send({ type: 'end', tx, commit: true });
      return result;
    },
    async listen(channel: string, handler: NotificationHandler) {
      const listener = nextId++;
      handlers.set(listener, handler);
      await send({ type: 'listen', channel, listener });
      return async () => {
        handlers.delete(listener);
        await send({ type: 'unlisten', listener });
      };
    },
    async close() {
      await send({ type: 'close' });
      await worker.terminate();
    },
  };
}
