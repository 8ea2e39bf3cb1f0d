// [C10] Keeps shared/sync/unanswered-pushes.ts's states of one collection in a local document
// (never replicated), so they survive the app being closed before a push's answer: one write
// before a push call and one after its answer, both in order, the map in memory in between.
import { isOwnUnanswered, rememberSent, settleAnswer, type UnansweredStates } from '#shared/sync/unanswered-pushes';
import type { SyncDocument } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';

export interface UnansweredPushes {
  /** Before a push call: remembers the states about to be sent. */
  sending(docs: readonly SyncDocument[]): Promise<void>;
  /** After the answer: confirmed records are forgotten; `conflicts` are the server's states of refused rows. */
  answered(docs: readonly SyncDocument[], conflicts: readonly SyncDocument[]): Promise<void>;
  /** Whether the server's state is one this device pushed without hearing the answer. */
  isOwn(serverState: Record<string, unknown>): Promise<boolean>;
}

interface Stored {
  /** The replication these states belong to: another enrollment starts empty. */
  identifier: string;
  byId: Record<string, string[]>;
}

export function createUnansweredPushes(db: TaizhangDatabase, collection: string, identifier: string): UnansweredPushes {
  const localId = `syncUnanswered|${collection}`;
  let chain: Promise<void> = Promise.resolve();
  let loaded: Promise<UnansweredStates> | undefined;
  const load = () => (loaded ??= (async () => {
    const doc = await db.getLocal<Stored & Record<string, unknown>>(localId).catch(() => null);
    const stored = doc?.toJSON().data as Stored | undefined;
    return new Map(stored?.identifier === identifier ? Object.entries(stored.byId) : []);
  })());

  // Writes one after another, so the last one stored is the map as it is now. A failed write
  // never holds up the push: the map in memory still serves this run.
  const store = (map: UnansweredStates): Promise<void> => {
    const byId = Object.fromEntries(map);
    chain = chain.then(() => db.upsertLocal(localId, { identifier, byId } satisfies Stored)).then(() => undefined, () => undefined);
    return chain;
  };

  return {
    async sending(docs) {
      const map = await load();
      if (rememberSent(map, docs)) await store(map);
    },
    async answered(docs, conflicts) {
      const map = await load();
      if (settleAnswer(map, docs, new Set(conflicts.map((doc) => doc.id)))) await store(map);
    },
    async isOwn(serverState) {
      const { id } = serverState;
      return typeof id === 'string' && isOwnUnanswered(await load(), { ...serverState, id });
    },
  };
}
