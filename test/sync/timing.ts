// Short waits for the sync tests: backoff in tens of milliseconds, no five-minute resync.
import type { SessionTiming } from '../../renderer/src/sync/session';

export type SyncTimingForTests = Partial<SessionTiming>;

export const fastTiming: SyncTimingForTests = {
  resyncEveryMs: 60_000,
  backoff: { initialMs: 50, maxMs: 400, factor: 2, jitter: 0.2 },
  refusedBackoff: { initialMs: 300, maxMs: 2_000, factor: 2, jitter: 0 },
  retryMs: 20,
  streamIdleMs: 10_000,
  recountMs: 20,
};
