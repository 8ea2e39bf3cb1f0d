// The embedded database in a thread of its own (decision 046). PGlite runs PostgreSQL compiled to WASM
// synchronously inside each call: on the server's own thread a large write or a checkpoint blocked the
// event loop for a quarter of a second, and every answer (/health included) waited. Here it blocks only
// this thread. Plain JavaScript on purpose: a worker thread does not inherit the TypeScript loader, and
// the built server copies this file beside main.js (build/build-server.mjs). The messages are typed in
// pglite-database.ts, which is the only thing that talks to this file.
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { keepChmodsPrivate } from './private-chmod.mjs';

const port = parentPort;
if (!port) throw new Error('pglite-worker.mjs runs as a worker thread');

/** What survives structured cloning of a database error: its message and PostgreSQL's fields. */
function errorOf(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = {};
  for (const key of ['code', 'detail', 'hint', 'severity', 'constraint', 'table', 'column', 'schema', 'position', 'where']) {
    if (typeof error[key] === 'string' || typeof error[key] === 'number') fields[key] = error[key];
  }
  return { message: error.message, ...fields };
}

const resultOf = (result) => ({ rows: result.rows, rowCount: result.affectedRows || result.rows.length });

/** Rolls a transaction back without it being an error to report. */
const ROLLBACK = Symbol('rollback');

// The folder was made private by the server's thread (data-folder.ts); this thread writes its files.
if (workerData.dataDir !== undefined) keepChmodsPrivate(resolve(workerData.dataDir));
const db = workerData.dataDir === undefined ? new PGlite() : new PGlite(workerData.dataDir);
/** Open transactions by id: their handle, and how to end them. */
const transactions = new Map();
/** Listeners by id: how to stop them. */
const listeners = new Map();

const answer = (id, work) =>
  work.then(
    (value) => port.postMessage({ id, ok: true, value }),
    (error) => port.postMessage({ id, ok: false, error: errorOf(error) }),
  );

function begin(id, tx) {
  const open = { handle: undefined, end: undefined, done: undefined };
  const ended = new Promise((resolve) => (open.end = resolve));
  transactions.set(tx, open);
  open.done = db.transaction(async (handle) => {
    open.handle = handle;
    port.postMessage({ id, ok: true, value: null });
    if (!(await ended)) throw ROLLBACK;
  });
  // A failed BEGIN is answered here; a failed COMMIT is answered to 'end'.
  open.done.catch((error) => {
    if (open.handle === undefined) {
      transactions.delete(tx);
      port.postMessage({ id, ok: false, error: errorOf(error) });
    }
  });
}

async function endTransaction(tx, commit) {
  const open = transactions.get(tx);
  if (!open) throw new Error(`no open transaction ${tx}`);
  open.end(commit);
  try {
    await open.done;
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  } finally {
    transactions.delete(tx);
  }
  return null;
}

port.on('message', (message) => {
  const { id, type } = message;
  switch (type) {
    case 'query': {
      const target = message.tx === undefined ? db : transactions.get(message.tx)?.handle;
      if (!target) return answer(id, Promise.reject(new Error(`no open transaction ${message.tx}`)));
      return answer(id, target.query(message.sql, message.params).then(resultOf));
    }
    case 'exec': {
      const target = message.tx === undefined ? db : transactions.get(message.tx)?.handle;
      if (!target) return answer(id, Promise.reject(new Error(`no open transaction ${message.tx}`)));
      return answer(id, target.exec(message.sql).then(() => null));
    }
    case 'begin':
      return begin(id, message.tx);
    case 'end':
      return answer(id, endTransaction(message.tx, message.commit));
    case 'listen':
      return answer(id, db.listen(message.channel, (payload) => port.postMessage({ notify: message.listener, payload })).then((stop) => {
        listeners.set(message.listener, stop);
        return null;
      }));
    case 'unlisten': {
      const stop = listeners.get(message.listener);
      listeners.delete(message.listener);
      return answer(id, stop ? stop() : Promise.resolve());
    }
    case 'close':
      return answer(id, db.close().then(() => null));
    default:
      return answer(id, Promise.reject(new Error(`unknown message ${type}`)));
  }
});

db.waitReady.then(
  () => port.postMessage({ ready: true }),
  (error) => port.postMessage({ ready: false, error: errorOf(error) }),
);
