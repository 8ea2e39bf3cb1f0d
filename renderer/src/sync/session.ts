// The running sync of one enrollment, put together from its parts: the status it reports
// (session-status), the replications (session-replications), the stream and tabs (session-leader),
// conflicts (session-conflicts), the waiting count (waiting-count) and 有问题的记录 (problem-check).
// stop() ends them in an order that leaves no timer or read behind when the store closes.
import type { Subscription } from 'rxjs';
import { syncedCollections } from '#shared/sync/index';
import { createRetryGate, SyncStoppedError } from './backoff';
import { isLedgerKind } from './conflict-handler';
import { adoptEarlierConflicts, conflictedRecordIds } from './conflict-store';
import { createDeviceReporter } from './device-report';
import { writeProgress } from './local-state';
import { createProblemCheck } from './problem-check';
import { SyncRequestError } from './problems';
import { createTokenKeeper } from './pulled-tokens';
import { recordStatesOf } from './record-states';
import { createSyncHttp } from './server-api';
import { followOpenConflicts, installConflictHandler } from './session-conflicts';
import { startLeading } from './session-leader';
import { startReplications } from './session-replications';
import { createSessionStatus } from './session-status';
import type { SessionDeps, SyncSession } from './session-types';
import { countReplications, pullCheckpointsOf, unconfirmedIn } from './replication-reads';
import { createWaitingCount } from './waiting-count';

export type { SessionDeps, SessionTiming, SyncSession } from './session-types';

export function startSession(deps: SessionDeps): SyncSession {
  const { db, status, enrollment, timing } = deps;
  const at = () => deps.clock().toISOString();
  const foundOn = { deviceId: enrollment.deviceId, deviceName: enrollment.deviceName };
  const identifier = `taizhang|${enrollment.serverUrl}|${enrollment.deviceId}`;
  const gate = createRetryGate(timing.backoff);
  const facts = createSessionStatus({
    status, at, collections: syncedCollections.length, firstSync: deps.firstSync,
    saveProgress: (lastSyncedAt) => writeProgress(db, { lastSyncedAt }),
  });
  const http = createSyncHttp({ serverUrl: enrollment.serverUrl, token: deps.token, fetch: deps.fetch, gate, report: (outcome) => facts.requestSettled(outcome) });
  const reporter = createDeviceReporter(http, deps.appVersion);
  // A long first pull leaves new records' search words to one rebuild after it (pulled-tokens.ts).
  const tokens = createTokenKeeper(db, (error) => facts.fail({ code: 'SEARCH_INDEX_WRITE_FAILED', message: `同步来的记录未能加入搜索索引：${String(error)}` }), { firstPull: deps.firstSync });
  const problems = createProblemCheck({ db, stores: () => replications.setAsideStores(), found: (problemRecords) => status.update({ problemRecords }) });
  const waiting = createWaitingCount({
    debounceMs: timing.recountMs,
    // A follower tab has no replication to count from: it shows the leader's count.
    count: async () => (leader.leading() ? replications.read(countReplications) : undefined),
    counted({ waiting: count, documents }) {
      // A set-aside record fixed or replaced by a pull since: rechecked with the waiting records.
      problems.check();
      facts.counted(count, documents);
      reporter.counted(count);
    },
    failed: (error) => console.warn('SYNC_WAITING_COUNT_FAILED: 未能统计待同步的记录', error),
  });
  const replications = startReplications({
    db, http, role: enrollment.role, identifier, savesSettled: deps.savesSettled, refusedBackoff: timing.refusedBackoff, retryMs: timing.retryMs, now: at,
    on: {
      prepare: (name, stores) => installConflictHandler({ db, derive: deps.derive, at, foundOn }, name, stores),
      active(name, active) {
        facts.activity(name, active);
        if (!active) waiting.schedule();
      },
      received(name, doc) {
        if (isLedgerKind(name)) tokens.add(name, [doc]);
        facts.received();
      },
      conflict(name, resolved) {
        if (isLedgerKind(name)) tokens.add(name, [resolved]);
      },
      problem: (problem) => facts.fail(problem),
      refused: (name, error) => facts.refusal(name, error),
      // The count reads RxDB's replication state, which exists only once the replication started
      // (offline, it then stays active without a pause that would trigger a count).
      started: () => waiting.schedule(),
      initialRoundDone(name) {
        if (facts.initialRoundDone(name)) tokens.firstPullDone();
      },
      setAsideChanged: () => problems.check(),
    },
  });
  const leader = startLeading({
    db, replicationIdentifier: identifier, status, http, gate, streamIdleMs: timing.streamIdleMs,
    resync: (collection) => replications.resync(collection),
    onFatal: (error) => facts.fatal(error.problem),
    onLead() {
      facts.lead();
      waiting.schedule();
    },
    onSyncNow: () => syncNow(),
    unconfirmedIds: (kind, ids) => replications.read((reps) => unconfirmedIn(reps, kind, ids)),
  });
  const resyncTimer = setInterval(() => replications.resync(), timing.resyncEveryMs);
  const subs: Subscription[] = [
    // Pulled documents are confirmed by definition: a first pull of 100,000 cases triggers no count.
    db.eventBulks$.subscribe((bulk) => {
      if (bulk.isLocal) return;
      if (!bulk.context.startsWith('replication-downstream')) waiting.schedule();
    }),
    followOpenConflicts(db, (conflicts) => status.update({ conflicts })),
  ];
  waiting.schedule();
  adoptEarlierConflicts(db, foundOn, enrollment.townshipId).catch((error: unknown) => console.warn('SYNC_CONFLICT_ADOPT_FAILED: 未能整理本机以前的同步冲突', error));

  function syncNow(): void {
    if (!leader.leading()) {
      leader.syncNow();
      return;
    }
    gate.open();
    replications.openGates();
    status.update({ fatal: undefined });
    replications.resync();
  }

  let stopping: Promise<void> | undefined;
  return {
    syncNow: () => {
      if (!stopping) syncNow();
    },
    leading: () => leader.leading(),
    async recordStates(kind, ids) {
      const unconfirmed = leader.leading() ? replications.read((reps) => unconfirmedIn(reps, kind, ids)) : leader.askUnconfirmed(kind, ids);
      const [conflicted, waitingIds] = await Promise.all([conflictedRecordIds(db, ids), unconfirmed]);
      return recordStatesOf(ids, { conflicted, unconfirmed: waitingIds, problem: (id) => problems.has(kind, id) });
    },
    pullCheckpoints: async () => (await replications.read(pullCheckpointsOf)) ?? {},
    awaitInitialSync: () => replications.awaitInitialReplication(),
    stop() {
      stopping ??= (async () => {
        // Timers and new work first, then the reads under way, and only then the replications,
        // whose cancel closes the storage those reads use.
        clearInterval(resyncTimer);
        gate.close();
        leader.stop();
        for (const sub of subs) sub.unsubscribe();
        // Nothing is reported from here on; their last write and check end below.
        const ending = [facts.stop(), problems.stop()];
        await waiting.stop();
        await reporter.stop();
        await replications.cancel();
        await Promise.all(ending);
        tokens.firstPullDone();
        await tokens.flush();
      })();
      return stopping;
    },
  };
}

export { SyncStoppedError, SyncRequestError };
