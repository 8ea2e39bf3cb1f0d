// What a sync client takes from the store it replicates, in one place: the app (boot.ts) and the
// first-pull bench (test/bench/sync-pull-page.mjs) build their clients from it, so the bench cannot
// run a client missing a part the app has (it once lacked the save journal: every push threw, the
// first round never ended and the bench waited forever with every case received).
import type { OpenedStore } from '../store/open-store';
import type { SyncClientDeps } from './sync-client';

export function storeSyncDeps(store: OpenedStore): Pick<SyncClientDeps, 'db' | 'derive' | 'saveJournal' | 'rekeyIdHashes'> {
  return {
    db: store.database,
    derive: store.derive,
    saveJournal: store.saveJournal,
    // The store opened with the county's ID-hash key already; a fresh enrollment re-keys.
    rekeyIdHashes: async (idHashKey) => {
      await store.idNumberHashes.rekey(idHashKey);
    },
  };
}
