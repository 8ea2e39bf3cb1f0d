// Search words for records that arrive by sync (decision 006): the store indexes what it writes
// itself; what the replication writes (pulled records, merged conflicts) is indexed here, in
// batches, one flush at a time. A crash between the record and its words leaves a record found
// only by the bounded scan until the next index rebuild, as with the store's own writes.
// A first pull brings thousands of records in batches of 1,000: each batch costs one token write
// (and no read for records new to this device), never one per record.
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from '../store/database';
import { indexNewRecords, removeRecordTokens, replaceRecordTokens } from '../store/search-token-writes';

type PulledRecord = Record<string, unknown> & { id: string; _deleted?: boolean; _rev?: string };

export interface TokenKeeper {
  add(kind: LedgerKind, records: readonly PulledRecord[]): void;
  /** Resolves when everything added so far is indexed. */
  flush(): Promise<void>;
}

/**
 * RxDB gives a document's first write on this device revision height 1: it was never here before,
 * so it has no token rows to read or remove (a merged conflict carries no revision: read).
 */
const newToThisDevice = (record: PulledRecord) => typeof record._rev === 'string' && record._rev.startsWith('1-');

export function createTokenKeeper(db: TaizhangDatabase, onError: (error: unknown) => void): TokenKeeper {
  const pending = new Map<LedgerKind, Map<string, PulledRecord>>();
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;

  async function index(kind: LedgerKind, records: PulledRecord[]): Promise<void> {
    const live = records.filter((record) => !record._deleted) as unknown as LedgerRecordByKind[typeof kind][];
    const fresh = live.filter((record) => newToThisDevice(record as unknown as PulledRecord));
    const changed = live.filter((record) => !newToThisDevice(record as unknown as PulledRecord));
    const gone = records.filter((record) => record._deleted && !newToThisDevice(record)).map((record) => record.id);
    await indexNewRecords(db, kind, fresh);
    await replaceRecordTokens(db, kind, changed);
    await removeRecordTokens(db, gone);
  }

  async function run(): Promise<void> {
    scheduled = false;
    const batches = [...pending.entries()];
    pending.clear();
    for (const [kind, records] of batches) {
      try {
        await index(kind, [...records.values()]);
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
