// Counters and other small shared state in RxDB local documents. `incrementalModify` runs the
// change on the latest revision and retries on a write conflict, so concurrent callers (also
// from another tab) never hand out the same number.
import type { TaizhangDatabase } from './database';

interface CounterData {
  last: number;
}

/**
 * Changes a local document on its latest revision (creating it from `initial` first) and returns
 * what `change` says. `change` may run more than once; it must be pure.
 */
export async function modifyLocal<D extends object, T>(
  db: TaizhangDatabase,
  id: string,
  initial: D,
  change: (data: D) => { data: D; result: T },
): Promise<T> {
  for (;;) {
    const existing = await db.getLocal<D>(id);
    if (!existing) {
      const { data, result } = change(initial);
      try {
        await db.insertLocal<D>(id, data);
        return result;
      } catch (error) {
        // Another caller created it first (conflict): take the incremental path.
        if ((error as { status?: number }).status === 409) continue;
        throw error;
      }
    }
    let result: T | undefined;
    await existing.incrementalModify((data: D) => {
      const next = change(data);
      result = next.result;
      return next.data;
    });
    return result as T;
  }
}

/** Reserves `count` consecutive numbers and returns the first. Counters start at 1. */
export async function reserveNumbers(db: TaizhangDatabase, counterId: string, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`COUNTER_COUNT_INVALID: 预留数量 ${count} 无效`);
  return modifyLocal<CounterData, number>(db, counterId, { last: 0 }, (data) => ({ data: { last: data.last + count }, result: data.last + 1 }));
}

/** The last number a counter handed out; 0 when it never did. */
export async function counterLast(db: TaizhangDatabase, counterId: string): Promise<number> {
  const doc = await db.getLocal<CounterData>(counterId);
  return (doc?.get('last') as number | undefined) ?? 0;
}
