// [C13] RxDB's upstream takes a record's state when it reads the local changes (a change event, or
// the local database read of a resync) but reads the state it assumes the server holds only when
// that push's turn comes. A pull may write the server's newer state of the record, and note it as
// assumed, in between. The push then sends the older state over the newer one, and the server,
// finding its own state assumed, takes it: another PC's edit silently undone on every PC (issue 13,
// seed 0xbde65f68 — a PC that only ever received the record pushed its first copy back).
// Each push row is therefore checked against the record as it is now, just before it is sent.
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { sameContent } from '#shared/sync/content-equal';
import type { PushRow, SyncCheckpoint, SyncDocument } from '#shared/sync/index';
import { assumedMasterStates } from './waiting';

export interface CheckedRows {
  /** Rows whose state is the record's now: to push. */
  send: PushRow[];
  /**
   * Rows older than the record's local copy, answered to RxDB as a conflict whose server state is the
   * row itself: RxDB's write of that "merge" expects the copy it read, finds a newer one and writes
   * nothing, and the newer copy goes in a push of its own (a local edit) or is the server's already (a pull).
   */
  stale: SyncDocument[];
  /** Rows whose state RxDB now notes as the server's (a pull found it there): nothing to send, nothing to merge. */
  held: string[];
}

/**
 * Sorts RxDB's push rows by the record's local copy and RxDB's assumed state, read in that order
 * after the rows were made. A row whose assumed state moved on while its state did not only waits
 * on a pull that found the same state on the server (a pull writes the copy before the assumed
 * state, and leaves the copy alone when it equals the server's), so it is sent unchanged otherwise:
 * its assumed state is then the one its edit was made on, the right base for a merge.
 */
export function checkPushRows(
  rows: readonly PushRow[],
  local: ReadonlyMap<string, unknown>,
  assumed: ReadonlyMap<string, unknown>,
): CheckedRows {
  const checked: CheckedRows = { send: [], stale: [], held: [] };
  for (const row of rows) {
    const { id } = row.newDocumentState;
    if (!sameContent(local.get(id), row.newDocumentState)) checked.stale.push(row.newDocumentState);
    else if (assumed.has(id) && !sameContent(assumed.get(id), row.assumedMasterState) && sameContent(assumed.get(id), row.newDocumentState)) checked.held.push(id);
    else checked.send.push(row);
  }
  return checked;
}

/**
 * The same for a running replication: RxDB's assumed states first, then the local copies, so a pull
 * landing between the two reads shows as a changed copy (stale), never as an assumed state newer than
 * the copy read. Every row is sent when the replication's state cannot be read.
 */
export async function currentPushRows(replication: RxReplicationState<SyncDocument, SyncCheckpoint>, rows: readonly PushRow[]): Promise<CheckedRows> {
  const state = replication.internalReplicationState;
  if (!state || rows.length === 0) return { send: [...rows], stale: [], held: [] };
  const ids = rows.map((row) => row.newDocumentState.id);
  const assumed = await assumedMasterStates(replication, ids);
  if (!assumed) return { send: [...rows], stale: [], held: [] };
  const copies = await state.input.forkInstance.findDocumentsById(ids, true);
  const local = new Map(copies.map((doc) => [String((doc as Record<string, unknown>)[state.primaryPath]), doc as unknown]));
  return checkPushRows(rows, local, assumed);
}
