// What only the tab that runs the replications does (tab-link.ts): the live stream, opened when this
// tab is elected (the desktop window always is), and 立即同步 passed on by a follower tab.
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { StreamChange } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';
import type { RetryGate } from './backoff';
import { openEventStream, type EventStream } from './event-stream';
import type { SyncRequestError } from './problems';
import type { SyncHttp } from './server-api';
import type { StatusStore } from './status';
import { linkTabs, type TabLeadership } from './tab-link';

export interface LeaderDeps {
  db: Pick<TaizhangDatabase, 'name' | 'multiInstance' | 'waitForLeadership'>;
  replicationIdentifier: string;
  status: StatusStore;
  http: SyncHttp;
  gate: RetryGate;
  streamIdleMs: number;
  /** 'RESYNC' to one collection, or to every one. */
  resync(collection?: string): void;
  onFatal(error: SyncRequestError): void;
  /** This tab was elected (the stream opens right after). */
  onLead(): void;
  /** Leader: a follower pressed 立即同步. */
  onSyncNow(): void;
  unconfirmedIds(kind: LedgerKind, ids: readonly string[]): Promise<Set<string> | undefined>;
}

export type Leadership = TabLeadership;

export function startLeading(deps: LeaderDeps): Leadership {
  let stream: EventStream | undefined;
  const tabs = linkTabs({
    db: deps.db,
    replicationIdentifier: deps.replicationIdentifier,
    status: deps.status,
    onLead() {
      deps.onLead();
      stream = openEventStream({
        http: deps.http,
        gate: deps.gate,
        idleMs: deps.streamIdleMs,
        // A change is a nudge to pull, never a checkpoint to jump to: a stream event's checkpoint can run
        // ahead of a document this device has not received (the fault suite lost one that way, seed
        // 0x0a285767), while a pull by checkpoint cannot skip one (S10). RxDB folds queued RESYNCs into one.
        onChange: (change: StreamChange) => deps.resync(change.collection),
        onResync: () => deps.resync(),
        onFatal: (error) => deps.onFatal(error),
        onConnected: () => undefined,
      });
    },
    onSyncNow: () => deps.onSyncNow(),
    unconfirmedIds: (kind, ids) => deps.unconfirmedIds(kind, ids),
  });
  return {
    ...tabs,
    stop() {
      stream?.close();
      tabs.stop();
    },
  };
}
