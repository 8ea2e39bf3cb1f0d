// The 待同步 count: debounced, one at a time, and nothing left running once stop() resolved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaitingCounts } from './replication-reads';
import { createWaitingCount } from './waiting-count';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp(count: () => Promise<WaitingCounts | undefined>) {
  const counted: WaitingCounts[] = [];
  const failed: unknown[] = [];
  const waiting = createWaitingCount({ debounceMs: 300, count, counted: (counts) => counted.push(counts), failed: (error) => failed.push(error) });
  return { waiting, counted, failed };
}

describe('the waiting count', () => {
  it('counts once after a burst of writes, when the writes paused for the debounce', async () => {
    const count = vi.fn(() => Promise.resolve({ waiting: 2, documents: 5 }));
    const { waiting, counted } = setUp(count);
    waiting.schedule();
    await vi.advanceTimersByTimeAsync(200);
    waiting.schedule();
    await vi.advanceTimersByTimeAsync(299);
    expect(count).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(count).toHaveBeenCalledTimes(1);
    expect(counted).toEqual([{ waiting: 2, documents: 5 }]);
  });

  it('stop() clears a scheduled count: none runs after', async () => {
    const count = vi.fn(() => Promise.resolve({ waiting: 0, documents: 0 }));
    const { waiting } = setUp(count);
    waiting.schedule();
    await waiting.stop();
    waiting.schedule();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(count).not.toHaveBeenCalled();
  });

  it('[issue 9] stop() right after a count started waits for its reads, and reports nothing from it', async () => {
    let release!: () => void;
    const reading = new Promise<void>((resolve) => {
      release = resolve;
    });
    let storeOpen = true;
    const count = vi.fn(async () => {
      await reading;
      // What the real count does: read the replication state, which closing the store ends.
      if (!storeOpen) throw new Error('RxStorageInstanceDexie is closed');
      return { waiting: 1, documents: 1 };
    });
    const { waiting, counted, failed } = setUp(count);
    waiting.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(count).toHaveBeenCalledTimes(1);
    // The session stops; the store closes as soon as stop() resolves.
    const stopped = waiting.stop().then(() => {
      storeOpen = false;
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(storeOpen).toBe(true);
    release();
    await stopped;
    expect(failed).toEqual([]);
    expect(counted).toEqual([]);
  });

  it('reports a count that failed while running, and counts again at the next change', async () => {
    const count = vi.fn()
      .mockRejectedValueOnce(new Error('QUOTA_EXCEEDED'))
      .mockResolvedValueOnce({ waiting: 3, documents: 3 });
    const { waiting, counted, failed } = setUp(count as () => Promise<WaitingCounts>);
    waiting.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(failed).toEqual([new Error('QUOTA_EXCEEDED')]);
    waiting.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(counted).toEqual([{ waiting: 3, documents: 3 }]);
  });

  it('runs one count at a time: a count due while one runs starts after it', async () => {
    let release!: () => void;
    let running = 0;
    let most = 0;
    const count = vi.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      if (count.mock.calls.length === 1) await new Promise<void>((resolve) => {
        release = resolve;
      });
      running -= 1;
      return { waiting: 0, documents: 0 };
    });
    const { waiting } = setUp(count);
    waiting.schedule();
    await vi.advanceTimersByTimeAsync(300);
    waiting.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(count).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(count).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });
});
