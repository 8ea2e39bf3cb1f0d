// 原子保存 (docs/decisions/029): a record, its search words and its 修改记录 entry are written
// together or not at all. RxDB has no transaction across collections (Dexie keeps each collection
// in its own IndexedDB database), so a save first writes its intent — the history entries it will
// add, nothing else — to a journal in an RxDB local document (never replicated), then the records,
// then the search words and the entries side by side. The record is the commit point: at open,
// before anything reads, `replaySaveJournal` completes each entry whose record is in the journaled
// state and drops the others (nothing after the record was written either).
import type { LedgerKind, LedgerRecordByKind, RecordHistory } from '#shared/domain/schemas/index';
import { modifyLocal } from './counter';
import type { TaizhangDatabase } from './database';
import { insertHistoryEntries } from './history-log';
import { replaceRecordTokens } from './search-token-writes';

/** The local document holding the journal: entries by history id. */
export const SAVE_JOURNAL_ID = 'saveJournal';

interface JournalData {
  entries: Record<string, RecordHistory>;
}

const empty: JournalData = { entries: {} };

/**
 * A save's records are written between `begin` and `finish`. Finished entries leave the journal with
 * the next save's `begin` (or at `flush`), so a save costs one journal write, not two.
 */
export interface SaveJournal {
  /** Durable before the records are written. Called again with the same ids, it replaces them. */
  begin(entries: readonly RecordHistory[]): Promise<void>;
  /** The records were written: their search words and the history entries, then the entries are done. */
  finish<K extends LedgerKind>(kind: K, records: LedgerRecordByKind[K][], entries: readonly RecordHistory[]): Promise<void>;
  /** The records were not written (refused): the entries have nothing to complete. */
  abandon(entries: readonly RecordHistory[]): void;
  /** Resolves once every save begun so far has finished or failed (sync pushes after it). */
  settled(): Promise<void>;
  /** Removes the finished entries now (close). */
  flush(): Promise<void>;
}

export function createSaveJournal(db: TaizhangDatabase): SaveJournal {
  const done = new Set<string>();
  const running = new Set<string>();
  let waiters: (() => void)[] = [];

  /** The entries are no longer running; `removable` ones leave the stored journal with the next write. */
  const settle = (entries: readonly RecordHistory[], removable: boolean) => {
    for (const entry of entries) {
      running.delete(entry.id);
      if (removable) done.add(entry.id);
    }
    if (running.size > 0) return;
    const wake = waiters;
    waiters = [];
    wake.forEach((resolve) => resolve());
  };

  const write = async (added: readonly RecordHistory[]) => {
    const removed = [...done];
    await modifyLocal<JournalData, void>(db, SAVE_JOURNAL_ID, empty, (data) => {
      const entries = { ...data.entries };
      for (const id of removed) delete entries[id];
      for (const entry of added) entries[entry.id] = entry;
      return { data: { entries }, result: undefined };
    });
    for (const id of removed) done.delete(id);
  };

  return {
    async begin(entries) {
      for (const entry of entries) running.add(entry.id);
      try {
        await write(entries);
      } catch (error) {
        // Stored or not, an entry whose record is never written is dropped by the replay.
        settle(entries, true);
        throw error;
      }
    },
    async finish(kind, records, entries) {
      try {
        await Promise.all([
          replaceRecordTokens(db, kind, records),
          insertHistoryEntries(db, entries),
        ]);
      } catch (error) {
        // The entries stay in the stored journal: the next open completes them.
        settle(entries, false);
        throw error;
      }
      settle(entries, true);
    },
    abandon: (entries) => settle(entries, true),
    settled: () => (running.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    async flush() {
      if (done.size > 0) await write([]);
    },
  };
}

export interface ReplayReport {
  /** Entries whose record was written but whose history entry was not: written now, with the search words. */
  completed: number;
  /** Entries of saves that had finished (left for the next save to clear): nothing was missing. */
  whole: number;
  /** Entries whose record was never written: nothing of them was kept. */
  dropped: number;
}

/** Written: a created record exists; an edit's record carries the entry's time as its last change. */
function wasWritten(entry: RecordHistory, record: { updatedAt: string } | undefined): boolean {
  if (!record) return false;
  return entry.action === 'create' || record.updatedAt === entry.at;
}

/**
 * Completes or drops what a save interrupted by a crash left in the journal. Runs at open, before
 * anything reads. Idempotent: the history entries keep their ids (one already there is skipped) and
 * the search words are recomputed from the record as it is, so a replay interrupted in turn is
 * simply run again at the next open.
 */
export async function replaySaveJournal(db: TaizhangDatabase): Promise<ReplayReport> {
  const doc = await db.getLocal<JournalData>(SAVE_JOURNAL_ID);
  const entries = Object.values((doc?.get('entries') as JournalData['entries'] | undefined) ?? {});
  if (entries.length === 0) return { completed: 0, whole: 0, dropped: 0 };

  const written: RecordHistory[] = [];
  const byKind = new Map<LedgerKind, RecordHistory[]>();
  for (const entry of entries) {
    const kind = entry.recordKind as LedgerKind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), entry]);
  }
  for (const [kind, kindEntries] of byKind) {
    const found = await db[kind].findByIds([...new Set(kindEntries.map((entry) => entry.recordId))]).exec();
    const records = new Map([...found.values()].map((record) => [record.id, record.toMutableJSON()]));
    const completed = kindEntries.filter((entry) => wasWritten(entry, records.get(entry.recordId)));
    written.push(...completed);
    const touched = [...new Set(completed.map((entry) => entry.recordId))].flatMap((id) => records.get(id) ?? []);
    await replaceRecordTokens(db, kind, touched);
  }
  const completed = await insertHistoryEntries(db, written);
  const replayed = new Set(entries.map((entry) => entry.id));
  await modifyLocal<JournalData, void>(db, SAVE_JOURNAL_ID, empty, (data) => ({
    data: { entries: Object.fromEntries(Object.entries(data.entries).filter(([id]) => !replayed.has(id))) },
    result: undefined,
  }));
  return { completed, whole: written.length - completed, dropped: entries.length - written.length };
}

/** What `journaledModify` needs of an RxDB document (a union of the kinds' documents fits no narrower type). */
interface ModifiableRecord {
  incrementalModify(modify: (latest: unknown) => Promise<unknown>): Promise<{ toMutableJSON(): unknown }>;
}

/**
 * An edit through `incrementalModify` as a journaled save. `change` gives the next state and its
 * history entry from the latest revision, or undefined for nothing to write; the entry is journaled
 * inside the write, so when RxDB runs `change` again after a write conflict, the journal holds the
 * entry of the revision actually written. Returns the written record and its entry (for `finish`),
 * or undefined.
 */
export async function journaledModify<K extends LedgerKind>(
  journal: SaveJournal,
  doc: { incrementalModify: unknown },
  change: (latest: LedgerRecordByKind[K]) => { next: LedgerRecordByKind[K]; entry: RecordHistory } | undefined,
): Promise<{ record: LedgerRecordByKind[K]; entry: RecordHistory } | undefined> {
  let begun: RecordHistory | undefined;
  let entry: RecordHistory | undefined;
  let updated: { toMutableJSON(): unknown };
  try {
    updated = await (doc as ModifiableRecord).incrementalModify(async (latest) => {
      const planned = change(latest as LedgerRecordByKind[K]);
      entry = planned?.entry;
      if (begun && begun.id !== planned?.entry.id) journal.abandon([begun]);
      begun = undefined;
      if (!planned) return latest;
      await journal.begin([planned.entry]);
      begun = planned.entry;
      return planned.next;
    });
  } catch (error) {
    if (begun) journal.abandon([begun]);
    throw error;
  }
  if (!entry) return undefined;
  return { record: updated.toMutableJSON() as LedgerRecordByKind[K], entry };
}
