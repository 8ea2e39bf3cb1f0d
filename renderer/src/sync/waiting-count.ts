// The 待同步 count: recounted after local writes (debounced) and whenever a collection goes idle,
// one count at a time. stop() clears the pending timer and waits for a count under way, so no
// count reads the replications after the session went on to close them.
import type { WaitingCounts } from './replication-reads';

export interface WaitingCountDeps {
  debounceMs: number;
  /** Counts now; undefined when there is nothing to count from (a follower tab, replications stopped). */
  count: () => Promise<WaitingCounts | undefined>;
  counted: (counts: WaitingCounts) => void;
  failed: (error: unknown) => void;
}

export interface WaitingCount {
  schedule(): void;
  stop(): Promise<void>;
}

export function createWaitingCount(deps: WaitingCountDeps): WaitingCount {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let counting: Promise<void> = Promise.resolve();
  const countOnce = async (): Promise<void> => {
    if (stopped) return;
    try {
      const counts = await deps.count();
      if (counts && !stopped) deps.counted(counts);
    } catch (error) {
      deps.failed(error);
    }
  };
  return {
    schedule() {
      if (stopped) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        counting = counting.then(countOnce);
      }, deps.debounceMs);
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await counting;
    },
  };
}
