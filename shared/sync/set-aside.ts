// [C11] Records the server can never store as they are (text with U+0000 or a lone surrogate, S39)
// are set aside by the app's push instead of being sent: the server would refuse the whole batch,
// RxDB re-sends a failed batch whole, and every later record of the collection would wait behind
// it (issue 8). A set-aside record counts as answered for RxDB, so RxDB's replication state then
// holds a state the server never had as the record's "assumed master". These functions keep the
// server state RxDB believed in before (`base`) so that the record's next, storable version is
// pushed — and, on a conflict, merged — against what the server really held.
import { unstorableTextPaths } from '../domain/text/storable-text';
import type { PushRow, SyncDocument } from './messages';

export interface SetAsideRecord {
  /** Dotted paths of the fields holding unstorable text ('' for the id or a root key). */
  paths: string[];
  /** The server's state before this record was set aside (what RxDB assumed then); null for a new record. */
  base: SyncDocument | null;
  /** ISO time it was set aside. */
  at: string;
}

/** Per record id. */
export type SetAsideRecords = Map<string, SetAsideRecord>;

/** Whether a state holds text the server refuses: then the server never had it. */
export const isUnstorableState = (doc: unknown): boolean => unstorableTextPaths(doc).length > 0;

/** What the server last held of a row's record: RxDB's assumed state, unless that is a set-aside state. */
function serverBase(records: SetAsideRecords, row: PushRow): SyncDocument | null {
  const assumed = row.assumedMasterState;
  if (assumed === undefined) return null;
  return isUnstorableState(assumed) ? (records.get(assumed.id)?.base ?? null) : assumed;
}

export interface PushPlan {
  /** Rows to push, each against the state the server really holds. */
  send: PushRow[];
  /** Ids set aside by this push (newly or again). */
  setAside: string[];
}

/** Splits RxDB's push rows: unstorable ones are set aside in `records`; the rest are sent. */
export function planPush(records: SetAsideRecords, rows: readonly PushRow[], at: string): PushPlan {
  const send: PushRow[] = [];
  const setAside: string[] = [];
  for (const row of rows) {
    const id = row.newDocumentState.id;
    const paths = unstorableTextPaths(row.newDocumentState);
    if (paths.length > 0) {
      records.set(id, { paths, base: serverBase(records, row), at });
      setAside.push(id);
      continue;
    }
    if (row.assumedMasterState === undefined || !isUnstorableState(row.assumedMasterState)) {
      send.push(row);
      continue;
    }
    const base = serverBase(records, row);
    send.push(base === null ? { newDocumentState: row.newDocumentState } : { newDocumentState: row.newDocumentState, assumedMasterState: base });
  }
  return { send, setAside };
}

/** After the server's answer: a sent record it took is no longer set aside. True when something was forgotten. */
export function settleSent(records: SetAsideRecords, sentIds: readonly string[], conflictIds: ReadonlySet<string>): boolean {
  let changed = false;
  for (const id of sentIds) {
    if (conflictIds.has(id) || !records.has(id)) continue;
    records.delete(id);
    changed = true;
  }
  return changed;
}

/**
 * The state a conflicting push merges against: RxDB passes the state it assumed, which for a record
 * once set aside is the unstorable state the server never had; the server's state before it is the base.
 */
export function conflictBase<T extends Record<string, unknown>>(records: SetAsideRecords, assumed: T | undefined): T | undefined {
  if (assumed === undefined || !isUnstorableState(assumed)) return assumed;
  const id = assumed.id;
  return typeof id === 'string' ? ((records.get(id)?.base ?? undefined) as T | undefined) : undefined;
}
