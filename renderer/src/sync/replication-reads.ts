// What a session reads from RxDB's replication states (through SessionReplications.read, so no
// read outlives the replications): the waiting count, which records wait, the pull checkpoints.
import { getLastCheckpointDoc } from 'rxdb';
import type { CollectionName } from '#shared/domain/schemas/index';
import type { SyncCheckpoint, SyncDocument } from '#shared/sync/index';
import { isLedgerKind } from './conflict-handler';
import type { Replications } from './session-replications';
import { countUnconfirmed, unconfirmedIds } from './waiting';

/** Most documents one waiting count reads per collection. */
const WAITING_SCAN_LIMIT = 5_000;

export interface WaitingCounts {
  /** Records an official made that the server has not confirmed (what 待同步 N 条 shows). */
  waiting: number;
  /** Every unconfirmed document, history entries too: in sync only at 0. */
  documents: number;
}

/** 待同步 counts what an official made (cases, sessions, officers, reviews), not their 修改记录 entries. */
export async function countReplications(replications: Replications): Promise<WaitingCounts> {
  let waiting = 0;
  let documents = 0;
  for (const [name, rep] of replications) {
    const count = (await countUnconfirmed(rep, WAITING_SCAN_LIMIT)) ?? 0;
    documents += count;
    if (isLedgerKind(name)) waiting += count;
  }
  return { waiting, documents };
}

/** Ids among `ids` the server has not confirmed; undefined before the collection's replication started. */
export async function unconfirmedIn(replications: Replications, kind: CollectionName, ids: readonly string[]): Promise<Set<string> | undefined> {
  const rep = replications.get(kind);
  return rep ? unconfirmedIds(rep, ids) : undefined;
}

export async function pullCheckpointsOf(replications: Replications): Promise<Partial<Record<CollectionName, SyncCheckpoint>>> {
  const result: Partial<Record<CollectionName, SyncCheckpoint>> = {};
  for (const [name, rep] of replications) {
    const state = rep.internalReplicationState;
    const checkpoint = state ? await getLastCheckpointDoc<SyncDocument, SyncCheckpoint>(state, 'down') : undefined;
    if (checkpoint) result[name] = checkpoint;
  }
  return result;
}
