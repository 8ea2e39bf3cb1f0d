// One RxDB replication per synced collection, each with its own refused-batch gates, its live
// 'RESYNC' subject and its [C10]/[C11] stores. Every read of RxDB's replication state goes through
// read(), so cancel() can wait for the reads under way before it closes their storage (pending-reads.ts).
import { Subject, type Subscription } from 'rxjs';
import type { CollectionName } from '#shared/domain/schemas/index';
import { syncedCollections, type SyncDocument } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';
import { createRetryGate, type BackoffPolicy, type RetryGate } from './backoff';
import { replicateCollection, type CollectionReplication, type StreamItem } from './collection-replication';
import type { SyncEnrollment, SyncProblem } from './contract';
import { createPendingReads } from './pending-reads';
import { replicationProblem, type SyncRequestError } from './problems';
import type { SyncHttp } from './server-api';
import { createSetAsideStore, type SetAsideStore } from './set-aside-store';
import { createUnansweredPushes, type UnansweredPushes } from './unanswered-pushes';
import { assumedMasterStates } from './waiting';

export type Replications = ReadonlyMap<CollectionName, CollectionReplication>;

export interface ReplicationEvents {
  /** Before the replication starts (RxDB reads the conflict handler when it starts). */
  prepare: (name: CollectionName, stores: { unanswered: UnansweredPushes; setAside: SetAsideStore }) => void;
  active: (name: CollectionName, active: boolean) => void;
  received: (name: CollectionName, doc: SyncDocument) => void;
  conflict: (name: CollectionName, resolved: SyncDocument) => void;
  problem: (problem: SyncProblem) => void;
  refused: (name: CollectionName, error: SyncRequestError | undefined) => void;
  /** RxDB's replication state exists from now on (what read() reads). */
  started: (name: CollectionName) => void;
  initialRoundDone: (name: CollectionName) => void;
  /** [C11] The records set aside from the push changed. */
  setAsideChanged: () => void;
}

export interface ReplicationDeps {
  db: TaizhangDatabase;
  http: SyncHttp;
  role: SyncEnrollment['role'];
  identifier: string;
  refusedBackoff: BackoffPolicy;
  retryMs: number;
  now: () => string;
  /** A push waits for the local saves under way to be whole (decision 029). */
  savesSettled: () => Promise<void>;
  on: ReplicationEvents;
}

export interface SessionReplications {
  /** 'RESYNC' to one collection, or to all. */
  resync: (name?: string) => void;
  /** Forgets every refused-batch backoff (立即同步). */
  openGates: () => void;
  setAsideStores: () => ReadonlyMap<CollectionName, SetAsideStore>;
  /** Runs a read of the replication states; undefined once cancel() began. */
  read: <T>(reading: (replications: Replications) => Promise<T>) => Promise<T | undefined>;
  awaitInitialReplication: () => Promise<void>;
  /** Waits for the reads under way, then cancels every replication (closing their storage). */
  cancel: () => Promise<void>;
}

export function startReplications(deps: ReplicationDeps): SessionReplications {
  const { db, on } = deps;
  const replications = new Map<CollectionName, CollectionReplication>();
  const subjects = new Map<CollectionName, Subject<StreamItem>>();
  const setAsideStores = new Map<CollectionName, SetAsideStore>();
  const gates: RetryGate[] = [];
  const subs: Subscription[] = [];
  const reads = createPendingReads();
  let cancelled = false;

  for (const name of syncedCollections) {
    const subject = new Subject<StreamItem>();
    const unanswered = createUnansweredPushes(db, name, deps.identifier);
    const setAside = createSetAsideStore(db, name, deps.identifier, () => on.setAsideChanged());
    const pushGate = createRetryGate(deps.refusedBackoff);
    const pullGate = createRetryGate(deps.refusedBackoff);
    gates.push(pushGate, pullGate);
    subjects.set(name, subject);
    setAsideStores.set(name, setAside);
    on.prepare(name, { unanswered, setAside });
    const rep = replicateCollection({
      name, collection: db[name] as never, http: deps.http, role: deps.role, replicationIdentifier: deps.identifier,
      stream$: subject.asObservable(), pushGate, pullGate, retryMs: deps.retryMs, unanswered, setAside, now: deps.now, savesSettled: deps.savesSettled,
      onRefused: (which, error) => on.refused(which, error),
    });
    replications.set(name, rep);
    subs.push(
      rep.active$.subscribe((active) => {
        // [C10] Quiet: RxDB has stored what it heard, so the states it notes as the server's are forgotten.
        if (!active) void reads.run(() => unanswered.settle((ids) => assumedMasterStates(rep, ids))).catch(() => undefined);
        on.active(name, active);
      }),
      rep.received$.subscribe((doc) => on.received(name, doc)),
      rep.conflict$.subscribe(({ output }) => on.conflict(name, output)),
      rep.error$.subscribe((error) => {
        const problem = replicationProblem(error);
        if (problem) on.problem(problem);
      }),
    );
    // A replication that fails to start or is cancelled first reports through error$, or has nothing to report.
    void rep.startPromise.then(() => on.started(name), () => undefined);
    void rep.awaitInitialReplication().then(() => on.initialRoundDone(name), () => undefined);
  }

  return {
    resync(name) {
      for (const [each, subject] of subjects) if (name === undefined || each === name) subject.next('RESYNC');
    },
    openGates() {
      for (const gate of gates) gate.open();
    },
    setAsideStores: () => setAsideStores,
    read: (reader) => reads.run(() => reader(replications)),
    async awaitInitialReplication() {
      await Promise.all([...replications.values()].map((rep) => rep.awaitInitialReplication()));
    },
    async cancel() {
      if (cancelled) return;
      cancelled = true;
      for (const gate of gates) gate.close();
      for (const sub of subs) sub.unsubscribe();
      await reads.close();
      await Promise.all([...replications.values()].map((rep) => rep.cancel()));
      for (const subject of subjects.values()) subject.complete();
    },
  };
}
