// [C10] Keeps shared/sync/unanswered-pushes.ts's states of one collection in a local document
// (never replicated), so they survive the app being closed before a push's answer — or after the
// answer but before RxDB stored it. One write before a push call (what is sent, less what RxDB
// already notes as the server's); the answer itself forgets nothing (see settleAssumed). Each state
// is kept with a copy encrypted under the database's key (R7), so that a later conflict can merge
// against the state the server says this device last wrote (S53, decision 043).
import {
  isOwnUnanswered, notRemembered, readSentStates, rememberSent, sealedOwnWrite, sentStateOf, settleAssumed,
  type SentState, type UnansweredStates,
} from '#shared/sync/unanswered-pushes';
import type { SyncDocument } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';
import { decryptValue, encryptValue, fieldKeyOf } from '../store/field-encryption';

/** RxDB's assumed master state of each of `ids` it has one for; undefined when it cannot be read (replication stopping). */
export type AssumedStates = (ids: readonly string[]) => Promise<ReadonlyMap<string, unknown> | undefined>;

export interface UnansweredPushes {
  /** Before a push call: forgets what RxDB notes as the server's, remembers the states about to be sent. */
  sending(docs: readonly SyncDocument[], assumed: AssumedStates): Promise<void>;
  /** When the replication is quiet: forgets what RxDB now notes as the server's. */
  settle(assumed: AssumedStates): Promise<void>;
  /** Whether the server's state is one this device pushed and RxDB has not noted. */
  isOwn(serverState: Record<string, unknown>): Promise<boolean>;
  /** [S53] After a push's answer: per conflicting record, the sentHash of the state the server says this device last wrote. */
  heard(pushedIds: readonly string[], ownWrites: Readonly<Record<string, string>>): void;
  /** [S53] That state, when it is one still kept here; undefined otherwise. */
  ownLastWrite(id: string): Promise<Record<string, unknown> | undefined>;
}

interface Stored {
  /** The replication these states belong to: another enrollment starts empty. */
  identifier: string;
  /** SentState[] since decision 043; content hashes only before. */
  byId: Record<string, unknown>;
}

/** Encrypts and opens the kept copies with the database's own field key; none without a password. */
function sealerOf(password: string | undefined) {
  if (password === undefined) return undefined;
  const key = fieldKeyOf(password);
  return {
    seal: async (doc: unknown) => encryptValue(await key, doc),
    open: async (sealed: string) => decryptValue(await key, password, sealed),
  };
}

export function createUnansweredPushes(db: TaizhangDatabase, collection: string, identifier: string): UnansweredPushes {
  const localId = `syncUnanswered|${collection}`;
  const sealer = sealerOf(typeof db.password === 'string' ? db.password : undefined);
  /** Only the latest answer's names: RxDB resolves its conflicts right after the push handler returns. */
  const heardWrites = new Map<string, string>();
  let chain: Promise<void> = Promise.resolve();
  let loaded: Promise<UnansweredStates> | undefined;
  const load = () => (loaded ??= (async () => {
    const doc = await db.getLocal<Stored & Record<string, unknown>>(localId).catch(() => null);
    const stored = doc?.toJSON().data as Stored | undefined;
    if (stored?.identifier !== identifier) return new Map<string, SentState[]>();
    return new Map(Object.entries(stored.byId).map(([id, states]) => [id, readSentStates(states)]));
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
      const fresh = notRemembered(map, docs);
      const sent = await Promise.all(fresh.map(async (doc) => ({ id: doc.id, state: sentStateOf(doc, await sealer?.seal(doc)) })));
      if (rememberSent(map, sent) || forgot) await store(map);
    },
    async settle(assumed) {
      const map = await load();
      if (await forgetNoted(map, assumed)) await store(map);
    },
    async isOwn(serverState) {
      const { id } = serverState;
      return typeof id === 'string' && isOwnUnanswered(await load(), { ...serverState, id });
    },
    heard(pushedIds, ownWrites) {
      for (const id of pushedIds) heardWrites.delete(id);
      for (const [id, sent] of Object.entries(ownWrites)) heardWrites.set(id, sent);
    },
    async ownLastWrite(id) {
      const sent = heardWrites.get(id);
      const sealed = sent === undefined ? undefined : sealedOwnWrite(await load(), id, sent);
      if (sealed === undefined || !sealer) return undefined;
      // A copy that cannot be opened only loses the better base: the merge falls back to RxDB's.
      const state = await sealer.open(sealed).catch(() => undefined);
      return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : undefined;
    },
  };
}
