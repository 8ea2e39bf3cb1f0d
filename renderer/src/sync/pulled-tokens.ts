// Search words for records that arrive by sync (decision 006): the store indexes what it writes
// itself; what the replication writes (pulled records, merged conflicts) is indexed here, in
// batches, one flush at a time. A crash between the record and its words leaves a record found
// only by the bounded scan until the next index rebuild, as with the store's own writes.
// A pulled batch costs one write of the words (one row per record, nothing read: decision 045),
// never one per record. A device's first pull of more than DEFER_AFTER records writes the words of
// the new ones once, after the pull (search-token-rebuild.ts `defer`/`resume`): batch by batch they
// took ~60 % of the pull's time while they were RxDB documents. Search scans meanwhile.
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from '../store/database';
import { searchIndexOf } from '../store/search-token-rebuild';
import { removeRecordTokens, replaceRecordTokens } from '../store/search-token-writes';

type PulledRecord = Record<string, unknown> & { id: string; _deleted?: boolean; _rev?: string };

export interface TokenKeeper {
  add(kind: LedgerKind, records: readonly PulledRecord[]): void;
  /** Resolves when everything added so far is indexed (or left to the rebuild after a first pull). */
  flush(): Promise<void>;
  /** The first pull is over (or the session stops): words left out meanwhile are built now, in the background. */
  firstPullDone(): void;
}

export interface TokenKeeperOptions {
  /** This device never finished a first sync: a long pull may leave new records' words to one rebuild. */
  firstPull?: boolean;
  /** New records pulled before the words are left to the rebuild (two pull batches). */
  deferAfter?: number;
}

const DEFER_AFTER = 2_000;

/**
 * RxDB gives a document's first write on this device revision height 1: it was never here before,
 * so it has no words to remove, and during a long first pull its words wait for the rebuild.
 */
const newToThisDevice = (record: PulledRecord) => typeof record._rev === 'string' && record._rev.startsWith('1-');

export function createTokenKeeper(db: TaizhangDatabase, onError: (error: unknown) => void, options: TokenKeeperOptions = {}): TokenKeeper {
  const pending = new Map<LedgerKind, Map<string, PulledRecord>>();
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;
  const searchIndex = options.firstPull ? searchIndexOf(db) : undefined;
  let freshSeen = 0;
  /** While deferring, new records' words wait for the rebuild; changed and deleted ones are still handled here. */
  let phase: 'counting' | 'deferring' | 'over' = searchIndex ? 'counting' : 'over';

  async function index(kind: LedgerKind, records: PulledRecord[]): Promise<void> {
    const live = records.filter((record) => !record._deleted) as unknown as LedgerRecordByKind[typeof kind][];
    const changed = live.filter((record) => !newToThisDevice(record as unknown as PulledRecord));
    const gone = records.filter((record) => record._deleted && !newToThisDevice(record)).map((record) => record.id);
    await replaceRecordTokens(db, kind, phase === 'deferring' ? changed : live);
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
      if (phase === 'counting' && searchIndex) {
        freshSeen += records.filter(newToThisDevice).length;
        if (freshSeen > (options.deferAfter ?? DEFER_AFTER)) {
          phase = 'deferring';
          void searchIndex.defer();
        }
      }
      if (!scheduled) {
        scheduled = true;
        chain = chain.then(run);
      }
    },
    flush: () => chain,
    firstPullDone() {
      if (phase !== 'deferring') {
        phase = 'over';
        return;
      }
      // After the batches already queued (their records are written): the rebuild reads them all.
      chain = chain.then(() => {
        phase = 'over';
        searchIndex?.resume();
      });
    },
  };
}
