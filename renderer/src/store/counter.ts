// A counter kept in an RxDB local document. `incrementalModify` runs the change on the latest
// revision and retries on a write conflict, so concurrent reservations (also from another tab)
// never hand out the same number.
import type { TaizhangDatabase } from './database';

interface CounterData {
  last: number;
}

/** Reserves `count` consecutive numbers and returns the first. Counters start at 1. */
export async function reserveNumbers(db: TaizhangDatabase, counterId: string, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`COUNTER_COUNT_INVALID: 预留数量 ${count} 无效`);
  for (;;) {
    const existing = await db.getLocal<CounterData>(counterId);
    if (!existing) {
      try {
        await db.insertLocal<CounterData>(counterId, { last: count });
        return 1;
      } catch (error) {
        // Another caller created the counter first (conflict): take the incremental path.
        if ((error as { status?: number }).status === 409) continue;
        throw error;
      }
    }
    let first = 0;
    await existing.incrementalModify((data: CounterData) => {
      first = data.last + 1;
      return { last: data.last + count };
    });
    return first;
  }
}
