// [C10] Keeps shared/sync/unanswered-pushes.ts's states of one collection in a local document
// (never replicated), so they survive the app being closed before a push's answer — or after the
// answer but before RxDB stored it. One write before a push call (what is sent, less what RxDB
// already notes as the server's); the answer itself forgets nothing (see settleAssumed).
import { isOwnUnanswered, rememberSent, settleAssumed, type UnansweredStates } from '#shared/sync/unanswered-pushes';
import type { SyncDocument } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';

/** RxDB's assumed master state of each of `ids` it has one for; undefined when it cannot be read (replication stopping). */
export type AssumedStates = (ids: readonly string[]) => Promise<ReadonlyMap<string, unknown> | undefined>;

export interface UnansweredPushes {
  /** Before a push call: forgets what RxDB notes as the server's, remembers the states about to be sent. */
  sending(docs: readonly SyncDocument[], assumed: AssumedStates): Promise<void>;
  /** When the replication is quiet: forgets what RxDB now notes as the server's. */
  settle(assumed: AssumedStates): Promise<void>;
  /** Whether the server's state is one this device pushed and RxDB has not noted. */
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

  /** Not reading RxDB's state only keeps states longer, which is always safe. */
  async function forgetNoted(map: UnansweredStates, assumed: AssumedStates): Promise<boolean> {
    if (map.size === 0) return false;
    const states = await assumed([...map.keys()]).catch(() => undefined);
    return states ? settleAssumed(map, states) : false;
  }

  return {
    async sending(docs, assumed) {
      const map = await load();
      const forgot = await forgetNoted(map, assumed);
      if (rememberSent(map, docs) || forgot) await store(map);
    },
    async settle(assumed) {
      const map = await load();
      if (await forgetNoted(map, assumed)) await store(map);
    },
    async isOwn(serverState) {
      const { id } = serverState;
      return typeof id === 'string' && isOwnUnanswered(await load(), { ...serverState, id });
    },
  };
}
