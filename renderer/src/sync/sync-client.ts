// createSyncClient: the SyncClient of contract.ts over one local database. Enrolls with the
// county server, keeps the token through the injected secrets (the bridge), and runs a session
// (session.ts) while enrolled — started by itself when the app opens an enrolled database.
import type { CollectionName, LedgerKind } from '#shared/domain/schemas/index';
import type { SyncCheckpoint } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';
import type { SaveJournal } from '../store/save-journal';
import { defaultBackoff } from './backoff';
import type { RecordDeriver } from './conflict-handler';
import { conflictedRecordIds, countOpenConflicts, listOpenConflicts } from './conflict-store';
import { resolveConflict } from './conflict-resolve';
import type { EnrollInput, EnrollResult, RecordSyncState, SyncClient, SyncEnrollment, SyncProblem } from './contract';
import { requestEnrollment } from './enroll-request';
import { readEnrollment, readProgress, writeEnrollment, writeProgress } from './local-state';
import { browserOnlineSource, type OnlineSource } from './online-source';
import { problems } from './problems';
import { checkServerUrl } from './server-url';
import { fetchCountyDevices } from './county-devices';
import { startSession, type SessionTiming, type SyncSession } from './session';
import { createStatusStore, initialFacts } from './status';

export interface SyncSecretsPort {
  get(): Promise<{ token: string; idHashKey?: string } | null>;
  set(secrets: { token: string; idHashKey?: string } | null): Promise<void>;
}

export interface SyncClientDeps {
  db: TaizhangDatabase;
  /** The store's deriver (OpenedStore.derive): merged records get their derived fields recomputed. */
  derive: RecordDeriver;
  /** The store's save journal (OpenedStore.saveJournal): merges are saves; pushes wait for whole saves. */
  saveJournal: SaveJournal;
  secrets: SyncSecretsPort;
  fetch?: typeof fetch;
  clock?: () => Date;
  online?: OnlineSource;
  timing?: Partial<SessionTiming>;
  /** This app's version, reported to the county with the waiting count (decision 026). */
  appVersion?: string;
  /** Re-keys the ID-number hashes with the county's key after enrolling (when the store offers it). */
  rekeyIdHashes?: (idHashKey: string) => Promise<void>;
}

/** The contract, plus what tests and the fault suite wait on. */
export interface SyncClientHandle extends SyncClient {
  /** Resolves when the client has read its enrollment and started syncing if enrolled. */
  ready: Promise<void>;
  /** Resolves once every collection finished its first round with the server. */
  awaitInitialSync(): Promise<void>;
  /** The pull checkpoint each collection has stored; empty when not syncing. */
  pullCheckpoints(): Promise<Partial<Record<CollectionName, SyncCheckpoint>>>;
  /** A problem met beside the replications (case-number reservations) shown as 上次错误 until the next sync succeeds. */
  reportProblem(problem: SyncProblem): void;
  /** This tab runs the sync (false while not enrolled, and in a web tab that follows another). */
  leading(): boolean;
}

export const defaultTiming: SessionTiming = {
  resyncEveryMs: 5 * 60_000,
  backoff: defaultBackoff,
  refusedBackoff: { initialMs: 30_000, maxMs: 30 * 60_000, factor: 2, jitter: 0.3 },
  retryMs: 1_000,
  streamIdleMs: 45_000,
  recountMs: 300,
};

export function createSyncClient(deps: SyncClientDeps): SyncClientHandle {
  const { db } = deps;
  const fetchFn = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const clock = deps.clock ?? (() => new Date());
  const online = deps.online ?? browserOnlineSource();
  const timing: SessionTiming = { ...defaultTiming, ...deps.timing };
  const status = createStatusStore();
  status.update({ networkUp: online.isOnline() });
  let session: SyncSession | undefined;
  let closed = false;
  // enroll, leave, stop and the start-up run one after another, never interleaved.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function refreshConflictCount(): Promise<void> {
    status.update({ conflicts: await countOpenConflicts(db) });
  }

  async function begin(enrollment: SyncEnrollment, firstSync: boolean): Promise<void> {
    const secrets = await deps.secrets.get().catch(() => null);
    status.update({ ...initialFacts, networkUp: online.isOnline(), enrolled: true });
    if (!secrets?.token) {
      status.update({ fatal: problems.tokenMissing, lastError: { ...problems.tokenMissing, at: clock().toISOString() } });
      return;
    }
    const progress = await readProgress(db);
    if (progress.lastSyncedAt) status.update({ lastSyncedAt: progress.lastSyncedAt });
    session = startSession({
      db, derive: deps.derive, savesSettled: () => deps.saveJournal.settled(), enrollment, token: secrets.token, fetch: fetchFn, clock, timing, status,
      firstSync: firstSync || !progress.lastSyncedAt, appVersion: deps.appVersion,
    });
  }

  async function end(): Promise<void> {
    const running = session;
    session = undefined;
    await running?.stop();
  }

  const unsubscribeOnline = online.subscribe((up) => {
    status.update({ networkUp: up });
    if (up) session?.syncNow();
  });

  const ready = serial(async () => {
    await refreshConflictCount();
    const enrollment = await readEnrollment(db);
    if (enrollment && !closed) await begin(enrollment, false);
  });

  return {
    ready,
    getStatus: () => status.get(),
    subscribe: (listener) => status.subscribe(listener),
    enrollment: () => readEnrollment(db),

    enroll: (input: EnrollInput): Promise<EnrollResult> => serial(async () => {
      const address = checkServerUrl(input.serverUrl);
      if (!address.ok) return { ok: false, problem: address.problem === 'plain-http' ? problems.serverUrlNotEncrypted : problems.serverUrlInvalid };
      const serverUrl = address.url;
      const code = input.code.trim();
      const deviceName = input.deviceName.trim();
      if (!code) return { ok: false, problem: problems.codeMissing };
      if (!deviceName) return { ok: false, problem: problems.deviceNameMissing };
      const answer = await requestEnrollment(fetchFn, serverUrl, code, deviceName);
      if (!answer.ok) return answer;
      const { deviceId, token, role, townshipId, idHashKey } = answer.response;
      await end();
      try {
        await deps.secrets.set(typeof idHashKey === 'string' && idHashKey ? { token, idHashKey } : { token });
      } catch {
        return { ok: false, problem: problems.secretsUnavailable };
      }
      const enrollment: SyncEnrollment = { serverUrl, deviceId, deviceName, role, townshipId, enrolledAt: clock().toISOString() };
      await writeEnrollment(db, enrollment);
      await writeProgress(db, null);
      if (typeof idHashKey === 'string' && idHashKey && deps.rekeyIdHashes) await deps.rekeyIdHashes(idHashKey);
      await begin(enrollment, true);
      return { ok: true, enrollment };
    }),

    leave: () => serial(async () => {
      await end();
      await deps.secrets.set(null);
      await writeEnrollment(db, null);
      await writeProgress(db, null);
      status.update({ ...initialFacts, networkUp: online.isOnline(), conflicts: status.facts().conflicts });
    }),

    syncNow() {
      session?.syncNow();
    },

    async recordStates(kind: LedgerKind, ids: readonly string[]) {
      if (session) return session.recordStates(kind, ids);
      const conflicted = await conflictedRecordIds(db, ids);
      return new Map(ids.map((id): [string, RecordSyncState] => [id, conflicted.has(id) ? 'conflict' : 'waiting']));
    },

    conflicts: () => listOpenConflicts(db),

    async resolveConflict(conflictId, choice, actor) {
      const enrollment = await readEnrollment(db);
      if (!enrollment) throw new Error('NOT_ENROLLED: 本机尚未登记到县服务器，不能处理冲突');
      await resolveConflict({ db, role: enrollment.role, derive: deps.derive, clock, journal: deps.saveJournal }, conflictId, choice, actor);
      await refreshConflictCount();
    },

    async awaitInitialSync() {
      await ready;
      await session?.awaitInitialSync();
    },

    pullCheckpoints: async () => (session ? session.pullCheckpoints() : {}),

    leading: () => session?.leading() ?? false,

    reportProblem(problem) {
      status.update({ lastError: { ...problem, at: clock().toISOString() } });
    },

    async countyDevices() {
      const [enrollment, secrets] = await Promise.all([readEnrollment(db), deps.secrets.get().catch(() => null)]);
      return fetchCountyDevices(fetchFn, enrollment, secrets?.token);
    },

    stop: () => serial(async () => {
      closed = true;
      unsubscribeOnline();
      await end();
    }),
  };
}
