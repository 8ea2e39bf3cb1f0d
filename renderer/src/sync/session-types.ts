// What a sync session needs and offers (session.ts puts it together).
import type { CollectionName, LedgerKind } from '#shared/domain/schemas/index';
import type { SyncCheckpoint } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';
import type { BackoffPolicy } from './backoff';
import type { RecordDeriver } from './conflict-handler';
import type { RecordSyncState, SyncEnrollment } from './contract';
import type { StatusStore } from './status';

export interface SessionTiming {
  /** Safety-net resync of every collection (rxdb-17 note, trap 4). */
  resyncEveryMs: number;
  backoff: BackoffPolicy;
  /** Backoff of a collection whose batch the server refused (400/403/413). */
  refusedBackoff: BackoffPolicy;
  /** RxDB's pause between its own retries (the gates do the real waiting). */
  retryMs: number;
  /** A stream silent this long is dead (keep-alives come every 15 s). */
  streamIdleMs: number;
  /** Debounce of the waiting count after writes. */
  recountMs: number;
}

export interface SessionDeps {
  db: TaizhangDatabase;
  derive: RecordDeriver;
  /** Resolves once the local saves under way are whole (record, search words, history): a push waits for it. */
  savesSettled: () => Promise<void>;
  enrollment: SyncEnrollment;
  token: string;
  fetch: typeof fetch;
  clock: () => Date;
  timing: SessionTiming;
  status: StatusStore;
  /** True when this device never finished a first sync: the status shows its progress. */
  firstSync: boolean;
  /** Reported to the county with the waiting count (decision 026); without it nothing is reported. */
  appVersion?: string;
}

export interface SyncSession {
  syncNow(): void;
  /** This tab runs the replications (the desktop window always does; among web tabs, the elected one). */
  leading(): boolean;
  recordStates(kind: LedgerKind, ids: readonly string[]): Promise<Map<string, RecordSyncState>>;
  /** Resolves once every collection finished its first round (tests, fault suite). */
  awaitInitialSync(): Promise<void>;
  /** The pull checkpoint each collection has stored (persisted), for diagnostics and the fault suite. */
  pullCheckpoints(): Promise<Partial<Record<CollectionName, SyncCheckpoint>>>;
  /** Ends timers, then the reads under way, then the replications; resolves when nothing of it touches the store. */
  stop(): Promise<void>;
}
