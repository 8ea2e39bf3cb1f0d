// [S52] /health's database check: a recent success proves the database alive without queueing a
// query behind the writes in flight; without one, `SELECT 1` must answer within the deadline.
import { describe, expect, it } from 'vitest';
import type { Database, QueryResult } from './database';
import { databaseAnswers, trackLiveness } from './liveness';

type Answer = 'ok' | 'fail' | 'hang';

/** A database whose every query answers as `answer()` says, counting the queries it is asked. */
function fakeDatabase(answer: () => Answer) {
  const asked: string[] = [];
  const run = (sql: string): Promise<QueryResult<never>> => {
    asked.push(sql);
    const now = answer();
    if (now === 'hang') return new Promise(() => undefined);
    return now === 'ok' ? Promise.resolve({ rows: [], rowCount: 0 }) : Promise.reject(new Error('connection lost'));
  };
  const db: Database = {
    kind: 'pglite',
    query: (sql) => run(sql),
    exec: async (sql) => {
      await run(sql);
    },
    transaction: async (fn) => fn({ query: (sql) => run(sql), exec: async (sql) => void (await run(sql)) }),
    listen: () => Promise.resolve(() => Promise.resolve()),
    close: () => Promise.resolve(),
  };
  return { db, asked };
}

const policy = { recentMs: 2_000, deadlineMs: 50 };

describe('[S52] database liveness for /health', () => {
  it('notes successes inside and outside transactions, never failures', async () => {
    let answer: Answer = 'ok';
    let clock = 1_000;
    const { db } = fakeDatabase(() => answer);
    const live = trackLiveness(db, () => clock);
    expect(live.lastSuccessAt()).toBe(0);
    await live.query('SELECT 1');
    expect(live.lastSuccessAt()).toBe(1_000);
    clock = 5_000;
    await live.transaction(async (tx) => {
      clock = 6_000;
      await tx.query('INSERT …');
      expect(live.lastSuccessAt()).toBe(6_000);
      clock = 7_000;
    });
    expect(live.lastSuccessAt()).toBe(7_000);
    answer = 'fail';
    clock = 9_000;
    await expect(live.query('SELECT 1')).rejects.toThrow('connection lost');
    expect(live.lastSuccessAt()).toBe(7_000);
  });

  it('a database busy with writes is alive at once: no query of its own is queued behind them', async () => {
    let answer: Answer = 'ok';
    const { db, asked } = fakeDatabase(() => answer);
    const live = trackLiveness(db);
    await live.query('INSERT …');
    answer = 'hang'; // every further query would wait, as behind a long write transaction
    expect(await databaseAnswers(live, policy)).toBe(true);
    expect(asked).toEqual(['INSERT …']);
  });

  it('without a recent success it asks SELECT 1: answered is alive, refused or silent past the deadline is not', async () => {
    let answer: Answer = 'ok';
    let clock = 100_000;
    const { db, asked } = fakeDatabase(() => answer);
    const live = trackLiveness(db, () => clock);
    expect(await databaseAnswers(live, policy, () => clock)).toBe(true);
    expect(asked).toEqual(['SELECT 1']);
    clock += policy.recentMs;
    answer = 'fail';
    expect(await databaseAnswers(live, policy, () => clock)).toBe(false);
    answer = 'hang';
    expect(await databaseAnswers(live, policy, () => clock)).toBe(false);
    expect(asked).toEqual(['SELECT 1', 'SELECT 1', 'SELECT 1']);
  });
});
