// Which local changes the server has not confirmed yet, read from RxDB's own replication state so
// it holds across restarts: a document waits while its state differs from the assumed master
// state RxDB stored when the server last confirmed it (the test RxDB's upstream itself uses).
import { getAssumedMasterState, getChangedDocumentsSince, getLastCheckpointDoc, writeDocToDocState, type RxDocumentData } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { sameContent } from '#shared/sync/content-equal';
import type { SyncCheckpoint, SyncDocument } from '#shared/sync/index';

type AnyReplication = RxReplicationState<SyncDocument, SyncCheckpoint>;

/**
 * RxDB's assumed master state of each of `ids` it has one for (what it last noted as the server's);
 * undefined before the replication started.
 */
export async function assumedMasterStates(rep: AnyReplication, ids: readonly string[]): Promise<Map<string, SyncDocument> | undefined> {
  const state = rep.internalReplicationState;
  if (!state || ids.length === 0) return state ? new Map() : undefined;
  const assumed = await getAssumedMasterState(state, [...ids]);
  return new Map(Object.entries(assumed).map(([id, master]) => [id, master.docData as SyncDocument]));
}

async function waitingAmong(rep: AnyReplication, docs: RxDocumentData<unknown>[]): Promise<Set<string>> {
  const state = rep.internalReplicationState;
  const waiting = new Set<string>();
  if (!state || docs.length === 0) return waiting;
  const primary = state.primaryPath;
  const ids = docs.map((doc) => String((doc as Record<string, unknown>)[primary]));
  const assumed = await getAssumedMasterState(state, ids);
  docs.forEach((doc, index) => {
    const id = ids[index] ?? '';
    const master = assumed[id];
    if (!master || !sameContent(master.docData, writeDocToDocState(doc, false, false))) waiting.add(id);
  });
  return waiting;
}

/** Ids among `ids` with a local change the server has not confirmed; undefined before the replication started. */
export async function unconfirmedIds(rep: AnyReplication, ids: readonly string[]): Promise<Set<string> | undefined> {
  const state = rep.internalReplicationState;
  if (!state) return undefined;
  const docs = await state.input.forkInstance.findDocumentsById([...ids], true);
  return waitingAmong(rep, docs);
}

/**
 * Local changes waiting in one collection: documents written since the upstream checkpoint whose
 * state the server has not confirmed. Reads at most `limit` documents (the count is then a floor).
 */
export async function countUnconfirmed(rep: AnyReplication, limit: number): Promise<number | undefined> {
  const state = rep.internalReplicationState;
  if (!state) return undefined;
  let checkpoint: unknown = await getLastCheckpointDoc(state, 'up');
  let count = 0;
  let read = 0;
  while (read < limit) {
    const page = await getChangedDocumentsSince(state.input.forkInstance, Math.min(200, limit - read), checkpoint);
    if (page.documents.length === 0) break;
    read += page.documents.length;
    count += (await waitingAmong(rep, page.documents)).size;
    checkpoint = page.checkpoint;
  }
  return count;
}
