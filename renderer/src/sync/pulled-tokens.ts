// Search words for records that arrive by sync (decision 006): the store indexes what it writes
// itself; what the replication writes (pulled records, merged conflicts) is indexed here, in
// batches, one flush at a time. A crash between the record and its words leaves a record found
// only by the bounded scan until the next index rebuild, as with the store's own writes.
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from '../store/database';
import { recordTokensQuery, replaceRecordTokens } from '../store/search-token-writes';

type PulledRecord = Record<string, unknown> & { id: string; _deleted?: boolean };

export interface TokenKeeper {
  add(kind: LedgerKind, records: readonly PulledRecord[]): void;
  /** Resolves when everything added so far is indexed. */
  flush(): Promise<void>;
}

export function createTokenKeeper(db: TaizhangDatabase, onError: (error: unknown) => void): TokenKeeper {
  const pending = new Map<LedgerKind, Map<string, PulledRecord>>();
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;

  async function run(): Promise<void> {
    scheduled = false;
    const batches = [...pending.entries()];
    pending.clear();
    for (const [kind, records] of batches) {
      const live = [...records.values()].filter((record) => !record._deleted);
      const gone = [...records.values()].filter((record) => record._deleted);
      try {
        await replaceRecordTokens(db, kind, live as unknown as LedgerRecordByKind[typeof kind][]);
        for (const record of gone) await db.searchToken.find(recordTokensQuery(record.id)).remove();
      } catch (error) {
        onError(error);
      }
    }
  }

  return {
    add(kind, records) {
      if (records.length === 0) return;
      const forKind = pending.get(kind) ?? new Map<string, PulledRecord>();
      pending.set(kind, forKind);
      for (const record of records) forKind.set(record.id, record);
      if (!scheduled) {
        scheduled = true;
        chain = chain.then(run);
      }
    },
    flush: () => chain,
  };
}
