// The running sync of one enrollment: the shared retry gate, the live stream, one RxDB
// replication per synced collection, and the facts the status is made of. Ends with stop().
import { getLastCheckpointDoc } from 'rxdb';
import { Subject, type Subscription } from 'rxjs';
import type { CollectionName, LedgerKind } from '#shared/domain/schemas/index';
import { syncedCollections, type StreamChange, type SyncCheckpoint, type SyncDocument } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';
import { createRetryGate, SyncStoppedError, type BackoffPolicy, type RetryGate } from './backoff';
import { createConflictHandler, isLedgerKind, type RecordDeriver } from './conflict-handler';
import { conflictedRecordIds, recordCollisions } from './conflict-store';
import { replicateCollection, type CollectionReplication, type StreamItem } from './collection-replication';
import type { ProblemRecord, RecordSyncState, SyncEnrollment, SyncProblem } from './contract';
import { openEventStream, type EventStream } from './event-stream';
import { createSyncHttp } from './server-api';
import { writeProgress } from './local-state';
import { problems, SyncRequestError } from './problems';
import { createTokenKeeper } from './pulled-tokens';
import type { StatusStore } from './status';
import { linkTabs } from './tab-link';
import { countUnconfirmed, unconfirmedIds } from './waiting';
import { createUnansweredPushes } from './unanswered-pushes';
import { createSetAsideStore, type SetAsideStore } from './set-aside-store';
import { problemRecordsOf } from './problem-records';

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
  enrollment: SyncEnrollment;
  token: string;
  fetch: typeof fetch;
  clock: () => Date;
  timing: SessionTiming;
  status: StatusStore;
  /** True when this device never finished a first sync: the status shows its progress. */
  firstSync: boolean;
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
  stop(): Promise<void>;
}

/** Most documents one waiting count reads per collection. */
const WAITING_SCAN_LIMIT = 5_000;

export function startSession(deps: SessionDeps): SyncSession {
  const { db, status, enrollment } = deps;
  const at = () => deps.clock().toISOString();
  const gate = createRetryGate(deps.timing.backoff);
  const perCollection: RetryGate[] = [];
  const refused = new Map<string, SyncProblem>();
  const subs: Subscription[] = [];
  let stopped = false;
  // Set before any replication can call back into scheduleRecount / scheduleInSyncCheck.
  let recountTimer: ReturnType<typeof setTimeout> | undefined;
  let recounting: Promise<void> = Promise.resolve();
  /** Every unconfirmed document (history entries too): in sync only at 0. The status shows records only. */
  let unconfirmedDocuments = 0;
  let checking = false;

  const fail = (problem: SyncProblem) => status.update({ lastError: { ...problem, at: at() } });
  const http = createSyncHttp({
    serverUrl: enrollment.serverUrl,
    token: deps.token,
    fetch: deps.fetch,
    gate,
    report(outcome) {
      if (stopped) return;
      if (outcome.ok) {
        const standing = status.facts().fatal ?? [...refused.values()][0];
        status.update({ reachable: true, fatal: undefined, lastError: standing ? status.facts().lastError : undefined });
        scheduleInSyncCheck();
        return;
      }
      const { error } = outcome;
      if (error.kind === 'fatal') status.update({ fatal: error.problem, reachable: true });
      else status.update({ reachable: error.problem.code !== problems.serverUnreachable.code });
      fail(error.problem);
    },
  });

  // A long first pull leaves new records' search words to one rebuild after it (pulled-tokens.ts).
  const tokens = createTokenKeeper(db, (error) => fail({ code: 'SEARCH_INDEX_WRITE_FAILED', message: `同步来的记录未能加入搜索索引：${String(error)}` }), { firstPull: deps.firstSync });
  const subjects = new Map<CollectionName, Subject<StreamItem>>();
  const replications = new Map<CollectionName, CollectionReplication>();
  const identifier = `taizhang|${enrollment.serverUrl}|${enrollment.deviceId}`;
  let received = 0;
  let firstSync = deps.firstSync;
  if (firstSync) status.update({ initialPull: { received: 0, done: false } });
  // RxDB reports pulled documents one by one, a batch at a time: one status update per batch.
  let progressQueued = false;
  const showProgress = () => {
    if (progressQueued) return;
    progressQueued = true;
    queueMicrotask(() => {
      progressQueued = false;
      if (firstSync && !stopped) status.update({ initialPull: { received, done: false } });
    });
  };

  // [C11] Records kept back from the push (text the server cannot store), per collection.
  const setAsideStores = new Map<CollectionName, SetAsideStore>();
  const problemIds = new Map<string, Set<string>>();
  let problemsChecking: Promise<void> = Promise.resolve();
  const checkProblems = (): void => {
    problemsChecking = problemsChecking.then(async () => {
      if (stopped) return;
      const found: ProblemRecord[] = [];
      for (const [name, store] of setAsideStores) {
        if (!isLedgerKind(name)) continue;
        found.push(...(await problemRecordsOf(name, db[name] as never, await store.records())));
      }
      if (stopped) return;
      problemIds.clear();
      for (const record of found) problemIds.set(record.kind, (problemIds.get(record.kind) ?? new Set()).add(record.recordId));
      status.update({ problemRecords: found });
    }).catch((error: unknown) => console.warn('SYNC_PROBLEM_RECORDS_FAILED: 读取有问题的记录失败', error));
  };

  const active = new Map<CollectionName, boolean>();
  const initialDone = new Set<CollectionName>();

  for (const name of syncedCollections) {
    const subject = new Subject<StreamItem>();
    subjects.set(name, subject);
    const collection = db[name];
    const unanswered = createUnansweredPushes(db, name, identifier);
    const setAside = createSetAsideStore(db, name, identifier, checkProblems);
    setAsideStores.set(name, setAside);
    // Before the replication starts: RxDB reads the handler when it starts.
    collection.conflictHandler = createConflictHandler(name, {
      derive: deps.derive,
      isOwnUnanswered: (state) => unanswered.isOwn(state),
      assumedBase: (assumed) => setAside.base(assumed),
      onCollisions: async ({ kind, merged, collisions }) => {
        // The open-conflict count below follows the collection: no recount here.
        await recordCollisions(db, kind, merged, collisions, at());
      },
    }) as never;
    const pushGate = createRetryGate(deps.timing.refusedBackoff);
    const pullGate = createRetryGate(deps.timing.refusedBackoff);
    perCollection.push(pushGate, pullGate);
    const rep = replicateCollection({
      name,
      collection: collection as never,
      http,
      role: enrollment.role,
      replicationIdentifier: identifier,
      stream$: subject.asObservable(),
      pushGate,
      pullGate,
      retryMs: deps.timing.retryMs,
      unanswered,
      setAside,
      now: at,
      onRefused(which, error) {
        if (stopped) return;
        const had = refused.has(which);
        if (error) refused.set(which, error.problem);
        else refused.delete(which);
        if (error || had) status.update({ refused: new Map(refused) });
      },
    });
    replications.set(name, rep);
    subs.push(
      rep.active$.subscribe((isActive) => {
        active.set(name, isActive);
        status.update({ active: [...active.values()].some(Boolean) });
        if (!isActive) scheduleRecount();
      }),
      rep.received$.subscribe((doc) => {
        if (isLedgerKind(name)) tokens.add(name, [doc]);
        if (firstSync) {
          received += 1;
          showProgress();
        }
      }),
      rep.conflict$.subscribe(({ output }) => {
        if (isLedgerKind(name)) tokens.add(name, [output]);
      }),
      rep.error$.subscribe((error) => {
        // Request failures were reported by http already; anything else (a pulled record this
        // app's schema refuses, a storage error) is shown too.
        const cause = (error as { parameters?: { errors?: { message?: string }[] } }).parameters?.errors?.[0]?.message ?? '';
        if (stopped || /^[A-Z_]+: /.test(cause) || cause.startsWith('SYNC_STOPPED')) return;
        fail({ code: `SYNC_${error.code ?? 'FAILED'}`, message: `同步出错（${error.code ?? '未知'}${cause ? `：${cause.slice(0, 200)}` : ''}），稍后会自动重试` });
      }),
    );
    // The count reads RxDB's replication state, which exists only once the replication started
    // (offline, it then stays active without a pause that would trigger a count).
    void rep.startPromise.then(scheduleRecount, () => undefined);
    void rep.awaitInitialReplication().then(() => {
      initialDone.add(name);
      if (initialDone.size === syncedCollections.length) tokens.firstPullDone();
      scheduleInSyncCheck();
    }, () => undefined);
  }

  const resyncAll = () => {
    for (const subject of subjects.values()) subject.next('RESYNC');
  };

  // The live stream is the leader tab's alone, like the replications (tab-link.ts).
  const openStream = (): EventStream => openEventStream({
    http,
    gate,
    idleMs: deps.timing.streamIdleMs,
    onChange(change: StreamChange) {
      // A change is a nudge to pull, never a checkpoint to jump to: a stream event's checkpoint can run
      // ahead of a document this device has not received (the fault suite lost one that way, seed
      // 0x0a285767), while a pull by checkpoint cannot skip one (S10). RxDB folds queued RESYNCs into one.
      subjects.get(change.collection as CollectionName)?.next('RESYNC');
    },
    onResync: resyncAll,
    onFatal(error) {
      status.update({ fatal: error.problem });
      fail(error.problem);
    },
    onConnected: () => undefined,
  });
  let stream: EventStream | undefined;
  const tabs = linkTabs({
    db,
    replicationIdentifier: identifier,
    status,
    onLead() {
      // What a former leader said of its own run ends with it; this tab's replications report from now on.
      status.update({ active: [...active.values()].some(Boolean), refused: new Map(refused) });
      stream = openStream();
      scheduleRecount();
    },
    onSyncNow: () => syncNow(),
    unconfirmedIds: async (kind, ids) => {
      const rep = replications.get(kind);
      return rep ? unconfirmedIds(rep, ids) : undefined;
    },
  });

  const resyncTimer = setInterval(resyncAll, deps.timing.resyncEveryMs);

  // The waiting count: after local writes (debounced) and whenever a collection goes idle.
  function scheduleRecount(): void {
    if (stopped) return;
    if (recountTimer !== undefined) clearTimeout(recountTimer);
    recountTimer = setTimeout(() => {
      recountTimer = undefined;
      recounting = recounting.then(recount, () => undefined);
    }, deps.timing.recountMs);
  }
  async function recount(): Promise<void> {
    // A follower tab has no replication to count from: it shows the leader's count.
    if (stopped || !tabs.leading()) return;
    let waiting = 0;
    let documents = 0;
    for (const [name, rep] of replications) {
      const count = (await countUnconfirmed(rep, WAITING_SCAN_LIMIT)) ?? 0;
      documents += count;
      // 待同步 N 条 counts what an official made (cases, sessions, officers, reviews), not their 修改记录 entries.
      if (isLedgerKind(name)) waiting += count;
    }
    if (stopped) return;
    // A set-aside record fixed or replaced by a pull since: recounted with the waiting records.
    checkProblems();
    unconfirmedDocuments = documents;
    status.update({ waiting });
    scheduleInSyncCheck();
  }
  // Pulled documents are confirmed by definition: a first pull of 100,000 cases triggers no count.
  subs.push(db.eventBulks$.subscribe((bulk) => {
    if (bulk.isLocal || bulk.collectionName === 'searchToken' || bulk.collectionName === 'syncConflict') return;
    if (!bulk.context.startsWith('replication-downstream')) scheduleRecount();
  }));

  // lastSyncedAt: every collection finished its first round, nothing under way, nothing waiting, no standing failure.
  function scheduleInSyncCheck(): void {
    if (checking || stopped) return;
    checking = true;
    queueMicrotask(() => {
      checking = false;
      const facts = status.facts();
      const inSync = initialDone.size === replications.size && !facts.active && facts.waiting === 0 && unconfirmedDocuments === 0
        && facts.reachable && !facts.fatal && refused.size === 0;
      if (!inSync) return;
      const lastSyncedAt = at();
      const patch: Parameters<StatusStore['update']>[0] = { lastSyncedAt, lastError: undefined };
      if (firstSync) {
        firstSync = false;
        patch.initialPull = { received, done: true };
      }
      status.update(patch);
      void writeProgress(db, { lastSyncedAt }).catch(() => undefined);
    });
  }

  // The open-conflict count, now and whenever a conflict is recorded or resolved, in this tab or another.
  subs.push(db.syncConflict.count({ selector: { status: 'open' } }).$.subscribe((conflicts) => {
    if (!stopped) status.update({ conflicts });
  }));
  scheduleRecount();

  function syncNow(): void {
    if (stopped) return;
    if (!tabs.leading()) {
      tabs.syncNow();
      return;
    }
    gate.open();
    for (const each of perCollection) each.open();
    status.update({ fatal: undefined });
    resyncAll();
  }

  return {
    syncNow,
    leading: () => tabs.leading(),
    async recordStates(kind, ids) {
      const result = new Map<string, RecordSyncState>();
      const rep = replications.get(kind);
      const unconfirmed = !tabs.leading() ? tabs.askUnconfirmed(kind, ids) : rep ? unconfirmedIds(rep, ids) : undefined;
      const [conflicted, waiting] = await Promise.all([conflictedRecordIds(db, ids), unconfirmed]);
      for (const id of ids) {
        const problem = problemIds.get(kind)?.has(id) ?? false;
        result.set(id, conflicted.has(id) ? 'conflict' : problem ? 'problem' : !waiting || waiting.has(id) ? 'waiting' : 'synced');
      }
      return result;
    },
    async pullCheckpoints() {
      const result: Partial<Record<CollectionName, SyncCheckpoint>> = {};
      for (const [name, rep] of replications) {
        const state = rep.internalReplicationState;
        const checkpoint = state ? await getLastCheckpointDoc<SyncDocument, SyncCheckpoint>(state, 'down') : undefined;
        if (checkpoint) result[name] = checkpoint;
      }
      return result;
    },
    async awaitInitialSync() {
      await Promise.all([...replications.values()].map((rep) => rep.awaitInitialReplication()));
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(resyncTimer);
      if (recountTimer !== undefined) clearTimeout(recountTimer);
      gate.close();
      for (const each of perCollection) each.close();
      stream?.close();
      tabs.stop();
      for (const sub of subs) sub.unsubscribe();
      await Promise.all([...replications.values()].map((rep) => rep.cancel()));
      for (const subject of subjects.values()) subject.complete();
      await recounting.catch(() => undefined);
      await problemsChecking;
      tokens.firstPullDone();
      await tokens.flush();
    },
  };
}

export { SyncStoppedError, SyncRequestError };
