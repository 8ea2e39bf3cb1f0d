// Whether the database answers, known from the work it already does: every query that succeeds
// marks it alive. `/health` asks this instead of queueing its own `SELECT 1` behind the writes in
// flight (PGlite runs one transaction at a time; a pool can be busy), so a busy server still says
// at once that it is up, and a dead or stuck database is still found: with no success for
// `recentMs`, the check runs `SELECT 1` with a deadline (decision 012, rule S52).
import type { Database, Queryable } from './database';

export interface LiveDatabase extends Database {
  /** When a query last succeeded (ms since the epoch; 0 = never). */
  lastSuccessAt(): number;
}

/** The same database, with every successful query (in or out of a transaction) noted. */
export function trackLiveness(db: Database, now: () => number = Date.now): LiveDatabase {
  let lastSuccess = 0;
  const noted = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    lastSuccess = now();
    return result;
  };
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params) => noted(q.query(sql, params)),
    exec: (sql) => noted(q.exec(sql)),
  });
  return {
    kind: db.kind,
    ...wrap(db),
    transaction: (fn) => noted(db.transaction((tx) => fn(wrap(tx)))),
    listen: (channel, handler, onReconnect) => db.listen(channel, handler, onReconnect),
    close: () => db.close(),
    lastSuccessAt: () => lastSuccess,
  };
}

export interface LivenessPolicy {
  /** A success this recent proves the database alive without asking it again. */
  recentMs: number;
  /** How long a `SELECT 1` may take before the database counts as not answering. */
  deadlineMs: number;
}

export const livenessPolicy: LivenessPolicy = { recentMs: 2_000, deadlineMs: 1_500 };

/** True when the database answered lately or answers `SELECT 1` within the deadline. */
export async function databaseAnswers(db: LiveDatabase, policy: LivenessPolicy = livenessPolicy, now: () => number = Date.now): Promise<boolean> {
  if (now() - db.lastSuccessAt() < policy.recentMs) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), policy.deadlineMs);
  });
  try {
    return await Promise.race([db.query('SELECT 1').then(() => true, () => false), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
