// Writes 修改记录 entries. RxDB has no transaction across collections, so the entry is written
// right after the record; a crash between the two leaves a record without its last entry, never
// an entry without its record.
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

export async function writeHistory(db: TaizhangDatabase, events: HistoryEvent[]): Promise<void> {
  if (events.length === 0) return;
  const result = await db.recordHistory.bulkInsert(events.map(historyEntry));
  if (result.error.length > 0) {
    throw new Error(`HISTORY_WRITE_FAILED: 修改记录写入失败（${result.error.length} 条）`);
  }
}
