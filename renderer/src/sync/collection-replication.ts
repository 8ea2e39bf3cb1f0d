// RxDB replication of one collection with the county server (docs/sync-api.md): pull by the
// server's `seq` checkpoint in full batches, push in rows and bytes the server accepts, live
// changes from the shared stream. A refused batch (400/403/413) waits on its own, growing backoff
// so RxDB's re-sends of the same rows never hot-loop; the local records stay as they are. A record
// the server can never store (C11, S39) is set aside before the push, so it holds back nothing else;
// a row older than the record's local copy is never sent (C13).
import type { RxCollection } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { Observable } from 'rxjs';
import { collectionSchemas, type CollectionName } from '#shared/domain/schemas/index';
import {
  checkpointParam, mayPush, PUSH_OWN_WRITES_QUERY, syncLimits, syncPaths,
  type DeviceRole, type PullResponse, type PushAnswer, type PushResponse, type SyncCheckpoint, type SyncDocument,
} from '#shared/sync/index';
import type { RetryGate } from './backoff';
import type { SyncHttp } from './server-api';
import { SyncRequestError } from './problems';
import { currentPushRows } from './current-push-rows';
import type { SetAsideStore } from './set-aside-store';
import type { UnansweredPushes } from './unanswered-pushes';
import { assumedMasterStates } from './waiting';

export type StreamItem = { documents: SyncDocument[]; checkpoint: SyncCheckpoint } | 'RESYNC';
export type CollectionReplication = RxReplicationState<SyncDocument, SyncCheckpoint>;

export interface CollectionReplicationDeps {
  name: CollectionName;
  collection: RxCollection;
  http: SyncHttp;
  role: DeviceRole;
  /** Includes the server and the enrolled device, so enrolling elsewhere starts from scratch. */
  replicationIdentifier: string;
  stream$: Observable<StreamItem>;
  /** Waits applied to this collection's refused pushes and pulls. */
  pushGate: RetryGate;
  pullGate: RetryGate;
  /** RxDB's own pause between retries; the gates do the real waiting. */
  retryMs: number;
  onRefused(name: CollectionName, error: SyncRequestError | undefined): void;
  /** [C10] States pushed without an answer yet, for the conflict handler. */
  unanswered: UnansweredPushes;
  /** [C11] Records kept back because the server cannot store their text. */
  setAside: SetAsideStore;
  /** ISO time now. */
  now(): string;
  /** Resolves once the local saves under way are whole: a record never leaves before its history entry is stored. */
  savesSettled(): Promise<void>;
}

/** Leaves the push limit some room for the JSON array around the rows. */
const PUSH_BYTES = syncLimits.maxBodyBytes - 64 * 1024;
const encoder = new TextEncoder();

/** Rows in calls of at most maxPushRows and ~8 MiB each (a long mediation case is ~20 kB). */
export function pushChunks<T>(rows: readonly T[], maxRows = syncLimits.maxPushRows, maxBytes = PUSH_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 2;
  for (const row of rows) {
    const size = encoder.encode(JSON.stringify(row)).length + 1;
    if (current.length > 0 && (current.length >= maxRows || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Drops fields this app's schema does not know (a newer server), which RxDB would refuse (trap 8). */
function knownFieldsOnly(name: CollectionName): (doc: SyncDocument) => SyncDocument {
  const known = new Set([...Object.keys(collectionSchemas[name].properties), '_deleted']);
  return (doc) => {
    if (Object.keys(doc).every((key) => known.has(key))) return doc;
    return Object.fromEntries(Object.entries(doc).filter(([key]) => known.has(key))) as SyncDocument;
  };
}

async function throughGate<T>(gate: RetryGate, deps: CollectionReplicationDeps, run: () => Promise<T>): Promise<T> {
  await gate.pass();
  try {
    const result = await run();
    gate.succeeded();
    deps.onRefused(deps.name, undefined);
    return result;
  } catch (error) {
    if (error instanceof SyncRequestError && error.kind === 'refused') {
      gate.failed();
      deps.onRefused(deps.name, error);
    }
    throw error;
  }
}

export function replicateCollection(deps: CollectionReplicationDeps): CollectionReplication {
  const { name } = deps;
  const known = knownFieldsOnly(name);
  const replication: CollectionReplication = replicateRxCollection<SyncDocument, SyncCheckpoint>({
    replicationIdentifier: deps.replicationIdentifier,
    collection: deps.collection,
    live: true,
    retryTime: deps.retryMs,
    // Web build, several tabs on one database: only the elected tab replicates, so one stream and
    // one conflict resolution per record. The desktop opens a single-instance database: no wait.
    waitForLeadership: true,
    // A minimised desktop window keeps syncing (offices leave the app open in the background).
    toggleOnDocumentVisible: false,
    autoStart: true,
    pull: {
      batchSize: syncLimits.maxPullBatch,
      handler: (checkpoint, batchSize) =>
        throughGate(deps.pullGate, deps, async () => {
          const size = Math.min(batchSize, syncLimits.maxPullBatch);
          const page = await deps.http.json<PullResponse>(`${syncPaths.pull(name)}?checkpoint=${checkpointParam(checkpoint)}&batchSize=${size}`);
          return { documents: page.documents, checkpoint: page.checkpoint };
        }),
      stream$: deps.stream$,
      modifier: known,
    },
    push: {
      batchSize: syncLimits.maxPushRows,
      handler: (rows) =>
        throughGate(deps.pushGate, deps, async () => {
          // Rows set aside here are answered with no conflict: RxDB counts them as pushed and goes
          // on with later records; the list keeps them as 有问题的记录 until fixed (decision 011).
          // A record of a save still under way goes once its search words and history are stored too (decision 029).
          await deps.savesSettled();
          // [C13] Rows older than the record now are not sent (see current-push-rows.ts).
          const { send: current, stale } = await currentPushRows(replication, rows);
          const { send } = await deps.setAside.plan(current, deps.now());
          if (send.length === 0) return stale;
          const sent = send.map((row) => row.newDocumentState);
          // [C10] Kept until RxDB notes the server's answer in its own state, which it does only after
          // this handler returns, and not at all when it was cancelled meanwhile (the app closing).
          await deps.unanswered.sending(sent, (ids) => assumedMasterStates(replication, ids));
          const conflicts: SyncDocument[] = [];
          const ownWrites: Record<string, string> = {};
          for (const chunk of pushChunks(send)) {
            // [S53] A server from before S53 ignores the question and answers with the plain array.
            const answer = await deps.http.json<PushAnswer | PushResponse>(`${syncPaths.push(name)}?${PUSH_OWN_WRITES_QUERY}`, { method: 'POST', body: chunk });
            if (Array.isArray(answer)) conflicts.push(...answer);
            else {
              conflicts.push(...answer.conflicts);
              Object.assign(ownWrites, answer.ownWrites);
            }
          }
          deps.unanswered.heard(sent.map((doc) => doc.id), ownWrites);
          await deps.setAside.answered(sent.map((doc) => doc.id), new Set(conflicts.map((doc) => doc.id)));
          return [...stale, ...conflicts];
        }),
      // What the server would refuse whatever happens is not sent (mayPush); an adopted collision entry is a new write.
      modifier: (doc) => (mayPush(deps.role, name, doc) ? doc : null),
    },
  });
  return replication;
}
