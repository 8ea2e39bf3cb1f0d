// Issue 9, item 6: storage is closed only after the reads under way on it ended.
import { describe, expect, it } from 'vitest';
import { createPendingReads } from './pending-reads';

function held<T>() {
  let release!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  return { promise, release, fail };
}

describe('pending reads', () => {
  it('close() resolves only once the read under way has ended', async () => {
    const reads = createPendingReads();
    const read = held<number>();
    const running = reads.run(() => read.promise);
    let closed = false;
    const closing = reads.close().then(() => {
      closed = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(closed).toBe(false);
    read.release(7);
    await closing;
    expect(closed).toBe(true);
    await expect(running).resolves.toBe(7);
  });

  it('starts no read once closing began: the caller gets undefined and the storage is never touched', async () => {
    const reads = createPendingReads();
    await reads.close();
    let touched = false;
    await expect(reads.run(() => {
      touched = true;
      return Promise.resolve(1);
    })).resolves.toBeUndefined();
    expect(touched).toBe(false);
  });

  it('a read that fails still fails for its caller, and close() is not held up by it', async () => {
    const reads = createPendingReads();
    const read = held<number>();
    const running = reads.run(() => read.promise);
    const closing = reads.close();
    read.fail(new Error('DISK_FULL'));
    await expect(running).rejects.toThrow('DISK_FULL');
    await expect(closing).resolves.toBeUndefined();
  });
});
