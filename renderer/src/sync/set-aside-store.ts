// [C11] The records of one collection set aside from the push because the server cannot store them
// (shared/sync/set-aside.ts), kept in a local document (never replicated): RxDB counts them as
// answered, so after a restart only this list still knows them and the state the server held before.
import { conflictBase, planPush, settleSent, type PushPlan, type SetAsideRecord, type SetAsideRecords } from '#shared/sync/set-aside';
import type { PushRow } from '#shared/sync/index';
import type { TaizhangDatabase } from '../store/database';

export interface SetAsideStore {
  /** Before a push: sets unstorable rows aside and says what to send. */
  plan(rows: readonly PushRow[], at: string): Promise<PushPlan>;
  /** After the answer: records the server took are no longer set aside. */
  answered(sentIds: readonly string[], conflictIds: ReadonlySet<string>): Promise<void>;
  /** The state a conflict merges against (see conflictBase). */
  base<T extends Record<string, unknown>>(assumed: T | undefined): Promise<T | undefined>;
  records(): Promise<ReadonlyMap<string, SetAsideRecord>>;
}

interface Stored {
  /** The replication these records belong to: another enrollment starts empty. */
  identifier: string;
  byId: Record<string, SetAsideRecord>;
}

export function createSetAsideStore(db: TaizhangDatabase, collection: string, identifier: string, onChange: () => void): SetAsideStore {
  const localId = `syncSetAside|${collection}`;
  let chain: Promise<void> = Promise.resolve();
  let loaded: Promise<SetAsideRecords> | undefined;
  const load = () => (loaded ??= (async () => {
    const doc = await db.getLocal<Stored & Record<string, unknown>>(localId).catch(() => null);
    const stored = doc?.toJSON().data as Stored | undefined;
    return new Map(stored?.identifier === identifier ? Object.entries(stored.byId) : []);
  })());

  // Writes one after another, so the last one stored is the map as it is now. Unlike the unanswered
  // states, this list must be stored before RxDB hears the push answered: it then forgets the rows.
  const store = (map: SetAsideRecords): Promise<void> => {
    const byId = Object.fromEntries(map);
    chain = chain.then(() => db.upsertLocal(localId, { identifier, byId } satisfies Stored)).then(() => undefined);
    const written = chain;
    chain = chain.catch(() => undefined);
    return written.finally(onChange);
  };

  return {
    async plan(rows, at) {
      const map = await load();
      const plan = planPush(map, rows, at);
      if (plan.setAside.length > 0) await store(map);
      return plan;
    },
    async answered(sentIds, conflictIds) {
      const map = await load();
      if (settleSent(map, sentIds, conflictIds)) await store(map);
    },
    async base(assumed) {
      return conflictBase(await load(), assumed);
    },
    async records() {
      return load();
    },
  };
}
