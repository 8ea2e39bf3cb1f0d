// Writes 修改记录 entries. An entry that goes with a record's write is written through the save
// journal (save-journal.ts), after the record; one that changes no record (确认知悉) directly.
import { v7 as uuidv7 } from 'uuid';
import type { LedgerKind, RecordHistory } from '#shared/domain/schemas/index';
import type { HistoryAction } from '#shared/domain/schemas/record-history';
import type { Actor } from './contract';
import type { TaizhangDatabase } from './database';
import type { HistoryChange } from './history-diff';

export interface HistoryEvent {
  recordId: string;
  recordKind: LedgerKind;
  townshipId: string;
  at: string;
  actor: Actor;
  action: HistoryAction;
  changes: HistoryChange[];
}

export const historyEntry = (event: HistoryEvent): RecordHistory => ({ id: uuidv7(), ...event, actor: { ...event.actor } });

/** Inserts entries made by `historyEntry`; one already stored (a replayed save) is kept as it is. Returns how many were new. */
export async function insertHistoryEntries(db: TaizhangDatabase, entries: readonly RecordHistory[]): Promise<number> {
  if (entries.length === 0) return 0;
  const result = await db.recordHistory.bulkInsert([...entries]);
  const failed = result.error.filter((error) => error.status !== 409);
  if (failed.length > 0) {
    throw new Error(`HISTORY_WRITE_FAILED: 修改记录写入失败（${failed.length} 条），记录已保存，重新打开程序后会补写`);
  }
  return result.success.length;
}

export async function writeHistory(db: TaizhangDatabase, events: HistoryEvent[]): Promise<void> {
  await insertHistoryEntries(db, events.map(historyEntry));
}
