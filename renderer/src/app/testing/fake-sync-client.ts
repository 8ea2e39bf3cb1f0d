// An honest in-memory SyncClient for component tests and previews: enrollment by a table of
// codes, a status the test can move, per-record states and conflicts that resolve for real.
// It follows renderer/src/sync/contract.ts; only the network and RxDB are left out.
import type { LedgerKind } from '#shared/domain/schemas/index';
import type {
  ConflictChoice, CountyDevicesAnswer, EnrollInput, EnrollResult, RecordSyncState, SyncClient, SyncConflict, SyncEnrollment, SyncStatus,
} from '../../sync/contract';

export interface FakeSyncOptions {
  /** Code (normalised, with dashes) → what the server answers for it. */
  codes?: Record<string, { role: 'township' | 'county'; townshipId: string | null }>;
  enrollment?: SyncEnrollment | null;
  status?: Partial<SyncStatus>;
  conflicts?: SyncConflict[];
  states?: Partial<Record<LedgerKind, Record<string, RecordSyncState>>>;
  /** Answers every enroll with this problem (e.g. the server cannot be reached). */
  enrollProblem?: { code: string; message: string };
  /** What countyDevices answers (default: the server cannot be reached). */
  countyDevices?: CountyDevicesAnswer;
}

export interface FakeSyncClient extends SyncClient {
  setStatus(patch: Partial<SyncStatus>): void;
  /** What recordStates answers from now on (ids not named: 'synced'); lists ask again when the status moves. */
  setStates(kind: LedgerKind, states: Record<string, RecordSyncState>): void;
  readonly calls: { enroll: EnrollInput[]; syncNow: number; leave: number; resolved: { id: string; choice: ConflictChoice; actor: { person: string; deviceId: string } }[] };
}

export function createFakeSyncClient(options: FakeSyncOptions = {}): FakeSyncClient {
  let enrollment = options.enrollment ?? null;
  let status: SyncStatus = {
    phase: enrollment ? 'idle' : 'notEnrolled', online: true, waiting: 0, conflicts: options.conflicts?.length ?? 0, ...options.status,
  };
  let conflicts = [...(options.conflicts ?? [])];
  const states = new Map<LedgerKind, Record<string, RecordSyncState>>(Object.entries(options.states ?? {}) as [LedgerKind, Record<string, RecordSyncState>][]);
  const listeners = new Set<(status: SyncStatus) => void>();
  const calls: FakeSyncClient['calls'] = { enroll: [], syncNow: 0, leave: 0, resolved: [] };
  const emit = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    for (const listener of [...listeners]) listener(status);
  };
  return {
    calls,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enrollment: () => Promise.resolve(enrollment),
    enroll(input) {
      calls.enroll.push(input);
      if (options.enrollProblem) return Promise.resolve<EnrollResult>({ ok: false, problem: options.enrollProblem });
      const answer = options.codes?.[input.code];
      if (!answer) {
        return Promise.resolve<EnrollResult>({ ok: false, problem: { code: 'ENROLLMENT_CODE_INVALID', message: '登记码无效、已过期或已使用，请向县司法局索取新的登记码。' } });
      }
      enrollment = {
        serverUrl: input.serverUrl, deviceId: 'server-device-1', deviceName: input.deviceName, ...answer, enrolledAt: '2026-11-30T04:00:00.000Z',
      };
      emit({ phase: 'idle', lastSyncedAt: '2026-11-30T04:00:05.000Z' });
      return Promise.resolve<EnrollResult>({ ok: true, enrollment });
    },
    leave() {
      calls.leave += 1;
      enrollment = null;
      emit({ phase: 'notEnrolled', waiting: 0, lastSyncedAt: undefined, lastError: undefined });
      return Promise.resolve();
    },
    syncNow() {
      calls.syncNow += 1;
    },
    recordStates(kind, ids) {
      const known = states.get(kind) ?? {};
      return Promise.resolve(new Map(ids.map((id) => [id, known[id] ?? 'synced'])));
    },
    conflicts: () => Promise.resolve(conflicts.map((conflict) => structuredClone(conflict))),
    resolveConflict(id, choice, actor) {
      if (!conflicts.some((conflict) => conflict.id === id)) return Promise.reject(new Error(`CONFLICT_NOT_FOUND: 没有这个冲突 ${id}`));
      calls.resolved.push({ id, choice, actor });
      conflicts = conflicts.filter((conflict) => conflict.id !== id);
      emit({ conflicts: conflicts.length });
      return Promise.resolve();
    },
    setStatus: emit,
    setStates: (kind, next) => {
      states.set(kind, next);
    },
    countyDevices: () => Promise.resolve(options.countyDevices ?? { ok: false, offline: true, problem: { code: 'SERVER_UNREACHABLE', message: '无法连接县服务器，请检查服务器地址和网络' } }),
    stop: () => Promise.resolve(),
  };
}
