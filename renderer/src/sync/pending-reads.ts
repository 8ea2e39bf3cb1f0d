// Reads of storage that something is about to close. Cancelling an RxDB replication closes its
// meta storage instance, and a read still under way then rejects with "RxStorageInstanceDexie is
// closed" after the session stopped — an unhandled rejection in the test runs of issue 9. So the
// closer first stops new reads and waits for the ones under way, then closes.

export interface PendingReads {
  /** Runs `read`, unless closing began: then undefined without reading. */
  run<T>(read: () => Promise<T>): Promise<T | undefined>;
  /** Refuses new reads and resolves when every read under way has ended (however it ended). */
  close(): Promise<void>;
}

export function createPendingReads(): PendingReads {
  const underWay = new Set<Promise<unknown>>();
  let closing = false;
  return {
    async run(read) {
      if (closing) return undefined;
      const running = read();
      underWay.add(running);
      try {
        return await running;
      } finally {
        underWay.delete(running);
      }
    },
    async close() {
      closing = true;
      // Each read's failure goes to its own caller; closing only waits for the end.
      await Promise.allSettled([...underWay]);
    },
  };
}
