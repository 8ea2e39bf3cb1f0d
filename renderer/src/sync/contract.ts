// What the UI may ask of sync. The settings page enrolls, the app bar shows the status, lists
// show each record's state, the conflicts page resolves collisions. RxDB details stay in
// renderer/src/sync; the UI uses only this file's types (and `useSync()` which hands a SyncClient).
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { DeviceListResponse, DeviceRole } from '#shared/sync/index';

/** What this device learnt when it enrolled (not secret; the token is kept by the bridge). */
export interface SyncEnrollment {
  /** e.g. 'https://taizhang.suibin.gov.cn' or 'http://192.168.1.20:8787' — no trailing slash. */
  serverUrl: string;
  /** The server's id of this device (not the local DeviceSettings.deviceId). */
  deviceId: string;
  deviceName: string;
  role: DeviceRole;
  /** referenceData township code; null for the county. */
  townshipId: string | null;
  enrolledAt: string;
}

export interface EnrollInput {
  serverUrl: string;
  code: string;
  deviceName: string;
}

/** A failure an official can act on: a stable code and a Chinese message. */
export interface SyncProblem {
  code: string;
  message: string;
}

export type EnrollResult = { ok: true; enrollment: SyncEnrollment } | { ok: false; problem: SyncProblem };

/**
 * Where sync stands, as the app bar shows it.
 * - notEnrolled: no server set up (设置 → 同步).
 * - offline: the browser says offline, or the server cannot be reached; retrying with backoff.
 * - syncing: a pull or push is under way.
 * - idle: in sync, live stream open.
 * - error: the last attempt failed for a reason that retrying will not mend by itself
 *   (revoked device, app too old, refused documents); `lastError` says why.
 */
export type SyncPhase = 'notEnrolled' | 'offline' | 'syncing' | 'idle' | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  /** navigator.onLine, and the server answered the last request. */
  online: boolean;
  /** Records (cases, sessions, officers, reviews) with a local change not yet confirmed by the server; their 修改记录 entries are not counted. */
  waiting: number;
  /** ISO time of the last moment every collection was in sync with the server. */
  lastSyncedAt?: string;
  /** The most recent failure, in Chinese; cleared by the next success. */
  lastError?: SyncProblem & { at: string };
  /** Open collisions waiting in 冲突处理. */
  conflicts: number;
  /** While the first sync of this device pulls: documents received so far (per all collections). */
  initialPull?: { received: number; done: boolean };
  /** [C11] 有问题的记录: records kept back from sync because the server cannot store their text; the rest syncs. */
  problemRecords?: ProblemRecord[];
}

/** A record this device does not send until an official fixes it (text the county's database cannot store). */
export interface ProblemRecord {
  kind: LedgerKind;
  recordId: string;
  /** Case number, name, topic or matter, as the conflicts list names records. */
  title: string;
  /** Why, in Chinese, and what to do. */
  message: string;
}

/** Per record, as a list shows it: 已同步 / 待同步 / 有冲突 / 有问题的记录 (kept back, C11). */
export type RecordSyncState = 'synced' | 'waiting' | 'conflict' | 'problem';

/** One field both sides changed differently since the version they shared. */
export interface ConflictField {
  /** Top-level field name of the record (e.g. 'status', 'personal', 'agreement'). */
  field: string;
  /** The value on this device before the merge (JSON value, undefined when absent). */
  local: unknown;
  /** The value on the server, which the merged record carries until the official chooses. */
  server: unknown;
}

export interface SyncConflict {
  id: string;
  kind: LedgerKind;
  recordId: string;
  /** The PC whose push lost (its value is `local`): server id and name; '' for an entry not yet adopted. */
  foundOn: { deviceId: string; deviceName: string };
  /** For the list: case number, name or title of the record at detection. */
  title: string;
  fields: ConflictField[];
  detectedAt: string;
}

export type ConflictChoice = Record<string, 'local' | 'server'>;

/** The county's list of every PC, or why it could not be had; `offline` when the server could not be reached. */
export type CountyDevicesAnswer = { ok: true; list: DeviceListResponse } | { ok: false; offline: boolean; problem: SyncProblem };

export interface SyncClient {
  getStatus(): SyncStatus;
  /** Calls `listener` on every status change; returns the unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  enrollment(): Promise<SyncEnrollment | null>;
  /** Calls the server's /v1/enroll, keeps the token through the bridge, starts syncing. */
  enroll(input: EnrollInput): Promise<EnrollResult>;
  /** Stops syncing and forgets the token and enrollment; local records stay. */
  leave(): Promise<void>;
  /** Try now (the 立即同步 button): resets the backoff and resyncs every collection. */
  syncNow(): void;
  recordStates(kind: LedgerKind, ids: readonly string[]): Promise<Map<string, RecordSyncState>>;
  /** Open conflicts, oldest first. */
  conflicts(): Promise<SyncConflict[]>;
  /** Applies the official's choice per field (fields not named keep the server's value) and closes the conflict. */
  resolveConflict(conflictId: string, choice: ConflictChoice, actor: { person: string; deviceId: string }): Promise<void>;
  /** The county asks the server for every PC's sync health (decision 026); a township PC is refused. */
  countyDevices(): Promise<CountyDevicesAnswer>;
  stop(): Promise<void>;
}
